import type { KpiDetail } from "@boordtabel/api";
import { useTranslation } from "react-i18next";
import { dateTimeText, valueText } from "../../lib/format";
import { SourceLink } from "../../components/source-link";
import { OrganisationLinks } from "../../components/organisation-link";
import { Localized } from "../../components/localized";
import type { ReactNode } from "react";
import { labelKey } from "../../i18n/keys";
import { useLanguage } from "../../lib/use-language";

/** Definition, unit, source, frequency, next release, and how the target path was revised. */
export function KpiMetadata({ detail }: { detail: KpiDetail }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { kpi } = detail;
  // The last three rows are for the screen: on paper the explanation already names the method.
  const rows: [string, ReactNode][] = [
    [t("kpi.definition"), <Localized value={kpi.definition} />],
    [t("kpi.unit"), kpi.unitLabel ?? kpi.unit],
    [t("kpi.direction"), t(labelKey("direction", kpi.direction))],
    [t("kpi.source"), kpi.source ?? "–"],
    [t("kpi.organisation"), kpi.sourceOrganisation?.name[language] ?? "–"],
    [
      t("organisationLinks.stewards"),
      kpi.stewards.length === 0 ? (
        "–"
      ) : (
        <OrganisationLinks organisations={kpi.stewards.map((s) => ({ code: s.code, label: s.name[language] }))} />
      ),
    ],
    [t("kpi.frequency"), t(labelKey("frequency", kpi.frequency))],
    [t("kpi.nextRelease"), kpi.nextRelease ?? "–"],
    [
      t("kpi.publicationLag"),
      kpi.publicationLagMonths === null
        ? t("kpi.publicationLagDefault")
        : t("kpi.publicationLagMonths", { count: kpi.publicationLagMonths }),
    ],
    [t("kpi.method"), kpi.method ?? "–"],
    [t("kpi.statusMethod"), t(labelKey("method", kpi.statusMethod))],
  ];
  return (
    <section aria-labelledby="meta-heading" className="panel">
      <h2 id="meta-heading">{t("kpi.metadata")}</h2>
      <dl className="metadata">
        {rows.map(([label, value], i) => (
          <div key={label} className={i >= 8 ? "screen-only" : undefined}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <KpiFacts detail={detail} />
      {detail.targetHistory.length > 0 && (
        <>
          <h3 className="target-history-heading">{t("kpi.targetHistory")}</h3>
          <ol className="target-history" data-testid="target-history">
            {[...detail.targetHistory].reverse().map((p) => (
              <li key={p.revision}>
                <p>
                  {t("kpi.revision", { revision: p.revision, date: dateTimeText(p.recordedAt, language) })}
                  {p.supersededAt === null && ` (${t("kpi.current")})`}
                </p>
                <p>
                  {p.targets
                    .map((x) => `${x.period}: ${valueText(x.value, kpi.unit, kpi.decimals, language)} (${x.source})`)
                    .join("; ")}
                  {p.tolerance
                    ? ` · ${t("kpi.tolerancePlain")} ±${valueText(p.tolerance, kpi.unit, kpi.decimals, language)}`
                    : ""}
                </p>
                {p.justification && (
                  <p className="muted">
                    {t("kpi.justification")}: {p.justification}
                  </p>
                )}
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

interface Fact {
  fact?: string;
  text?: string;
  url?: string;
}
interface QualitativeTarget {
  target_text?: string | null;
  evidence?: { quote?: string } | null;
}

/** What the plan and published sources say that is not a number in a series: the qualitative
 *  targets as the plan words them (Dutch) and the published facts (recorded in English). */
function KpiFacts({ detail }: { detail: KpiDetail }) {
  const { t } = useTranslation();
  const facts = (Array.isArray(detail.kpi.facts) ? (detail.kpi.facts as Fact[]) : []).filter((f) => f.fact ?? f.text);
  const targets = (
    Array.isArray(detail.kpi.qualitativeTargets) ? (detail.kpi.qualitativeTargets as QualitativeTarget[]) : []
  ).filter((q) => q.target_text);
  return (
    <>
      {targets.length > 0 && (
        <>
          <h3>{t("kpi.qualitativeTargets")}</h3>
          <ul data-testid="qualitative-targets">
            {targets.map((q, i) => (
              <li key={i} lang="nl-BE">
                {q.target_text}
                {q.evidence?.quote && <q className="muted"> {q.evidence.quote}</q>}
              </li>
            ))}
          </ul>
        </>
      )}
      {facts.length > 0 && (
        <div className="kpi-facts">
          <h3>{t("kpi.facts")}</h3>
          <ul data-testid="facts">
            {facts.map((f, i) => (
              <li key={i} lang="en">
                <SourceLink label={f.fact ?? f.text} url={f.url} />
              </li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
