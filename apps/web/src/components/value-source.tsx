import { useTranslation } from "react-i18next";
import { SourceLink } from "./source-link";

/** The source of a published value, as a link or text; a value stored without one (recorded
 *  before every published value needed a source) says so in words, never a bare dash. On paper
 *  (`plain`) the source is text: a link cannot be followed there, and a column of small links
 *  fails the 24 px target size on screen. */
export function ValueSource({
  label,
  url,
  plain = false,
}: {
  label: string | null | undefined;
  url: string | null | undefined;
  plain?: boolean;
}) {
  const { t } = useTranslation();
  if (plain && (label?.trim() || url)) return <>{label?.trim() ? label : url}</>;
  if (label?.trim() || url) return <SourceLink label={label?.trim() ? label : null} url={url} />;
  return (
    <span className="flag" data-flag="no-source">
      {t("valueSource.missing")}
    </span>
  );
}
