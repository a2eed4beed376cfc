import { useTranslation } from "react-i18next";
import { periodText } from "../lib/format";
import { useLanguage } from "../lib/use-language";

/** The age and standing of a latest value, in words: "voorlopig", and "laatste waarde 2022,
 *  verwacht 2024" when a newer figure should have been published by now. */
export function ValueMarkers({
  latest,
  stale,
  expectedLatestPeriod,
}: {
  latest: { period: string; status: string } | null;
  stale: boolean;
  expectedLatestPeriod: string | null;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (!latest) return null;
  return (
    <>
      {latest.status === "provisional" && (
        <span className="marker marker-provisional" data-marker="provisional">
          {t("markers.provisional")}
        </span>
      )}
      {stale && (
        <span className="marker marker-stale" data-marker="stale">
          {expectedLatestPeriod
            ? t("markers.stale", {
                latest: periodText(latest.period, language),
                expected: periodText(expectedLatestPeriod, language),
              })
            : t("markers.staleShort", { latest: periodText(latest.period, language) })}
        </span>
      )}
    </>
  );
}
