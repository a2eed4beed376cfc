import type { KpiDetail } from "@boordtabel/api";
import { useTranslation } from "react-i18next";
import { labelKey } from "../../i18n/keys";
import { useLanguage } from "../../lib/use-language";

/** The KPI's series, the headline first; each has its own frequency and periods. */
export function SeriesPicker({ detail, onChange }: { detail: KpiDetail; onChange: (series: string) => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const series = [...detail.series].sort((a, b) => Number(b.isHeadline) - Number(a.isHeadline));
  return (
    <div className="field">
      <label htmlFor="entry-series">{t("entryLoop.series")}</label>
      <select id="entry-series" value={detail.selectedSeries} onChange={(e) => onChange(e.target.value)}>
        {series.map((s) => (
          <option key={s.key} value={s.key}>
            {s.label[language]} ({t(labelKey("frequency", s.frequency))})
          </option>
        ))}
      </select>
    </div>
  );
}
