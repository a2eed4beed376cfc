import { useTranslation } from "react-i18next";
import { SourceLink } from "./source-link";

/** The source of a published value, as a link or text; a value stored without one (recorded
 *  before every published value needed a source) says so in words, never a bare dash. */
export function ValueSource({ label, url }: { label: string | null | undefined; url: string | null | undefined }) {
  const { t } = useTranslation();
  if (label?.trim() || url) return <SourceLink label={label?.trim() ? label : null} url={url} />;
  return (
    <span className="flag" data-flag="no-source">
      {t("valueSource.missing")}
    </span>
  );
}
