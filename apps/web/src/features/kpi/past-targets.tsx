import type { KpiDetail } from "@boordtabel/api";
import { useTranslation } from "react-i18next";
import { valueText } from "../../lib/format";
import { useLanguage } from "../../lib/use-language";

/** Each passed target on its own line: "Pact 2020 (76 %): niet gehaald (74,7 %)", or "niet
 *  gemeten" when no value exists for that period. */
export function PastTargets({ detail }: { detail: KpiDetail }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const past = detail.assessment.pastTargets;
  if (past.length === 0) return null;
  const v = (value: number) =>
    valueText(value, detail.kpi.unit, Number.isInteger(value) ? 0 : detail.kpi.decimals, language);
  return (
    <>
      <h3>{t("pastTargets.title")}</h3>
      <ul className="past-targets" data-testid="past-targets">
        {past.map((p) => (
          <li key={`${p.period}-${p.target}`} data-past-target={p.period} data-achieved={String(p.achieved)}>
            {t("pastTargets.line", {
              target: p.source ?? t("pastTargets.unnamed", { period: p.period }),
              value: v(p.target),
              verdict:
                p.achieved === null || p.actual === null
                  ? t("pastTargets.notMeasured")
                  : t(p.achieved ? "pastTargets.achieved" : "pastTargets.notAchieved", { actual: v(p.actual) }),
            })}
          </li>
        ))}
      </ul>
    </>
  );
}
