import type { KpiDetail } from "@boordtabel/api";
import { comparePeriods, isPeriod } from "@boordtabel/domain";
import { useTranslation } from "react-i18next";
import { periodText, valueText } from "../../lib/format";
import { useLanguage } from "../../lib/use-language";

/** The target in force for a period: the first target at or after it, else the last one. */
function targetFor(detail: KpiDetail, period: string | null) {
  const targets = [...(detail.targetPath?.targets ?? [])].sort((a, b) => comparePeriods(a.period, b.period));
  if (!period || !isPeriod(period)) return targets.at(-1);
  return targets.find((t) => comparePeriods(t.period, period) >= 0) ?? targets.at(-1);
}

/** What an editor checks a new value against, shown before anything is typed: the series'
 *  latest published values and the target in force. */
export function EntryFacts({ detail, period }: { detail: KpiDetail; period: string | null }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { unit, decimals } = detail.kpi;
  const latest = [...detail.chart.points].sort((a, b) => comparePeriods(b.period, a.period)).slice(0, 3);
  const target = targetFor(detail, period);
  return (
    <aside className="entry-facts panel" aria-labelledby="entry-facts-title" data-testid="entry-facts">
      <h2 id="entry-facts-title">{t("entryLoop.factsTitle")}</h2>
      {latest.length === 0 ? (
        <p className="muted">{t("entryLoop.noValues")}</p>
      ) : (
        <dl>
          {latest.map((o) => (
            <div key={o.period}>
              <dt>{periodText(o.period, language)}</dt>
              <dd>{valueText(o.value, unit, decimals, language)}</dd>
            </div>
          ))}
        </dl>
      )}
      <p data-testid="entry-target">
        {target
          ? t("entryLoop.target", {
              value: valueText(target.value, unit, decimals, language),
              period: periodText(target.period, language),
            })
          : t("entryLoop.noTarget")}
      </p>
    </aside>
  );
}
