import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { QueryState } from "../../components/query-state";
import { SourceLink } from "../../components/source-link";
import { dateTimeText } from "../../lib/format";
import { useTRPC } from "../../lib/trpc";
import { useLanguage } from "../../lib/use-language";
import { scrollRegion } from "../../components/table-scroll";

/** Who changed this KPI, its values or its targets, when and why (for the people who work on
 *  it; the public sees each value's published versions). */
export function KpiChanges({ code }: { code: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const trpc = useTRPC();
  const changes = useQuery(trpc.audit.kpi.queryOptions({ code }));
  return (
    <section aria-labelledby="changes-heading" className="panel">
      <h2 id="changes-heading">{t("changes.title")}</h2>
      <QueryState query={changes} skeletonRows={3}>
        {(rows) =>
          rows.length === 0 ? (
            <p className="empty">{t("changes.none")}</p>
          ) : (
            <div className="table-scroll" {...scrollRegion({ labelledBy: "changes-heading" })}>
              <table className="data-table" data-testid="kpi-changes">
                <thead>
                  <tr>
                    <th scope="col">{t("changes.when")}</th>
                    <th scope="col">{t("changes.who")}</th>
                    <th scope="col">{t("changes.what")}</th>
                    <th scope="col">{t("history.why")}</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((r) => (
                    <tr key={r.id}>
                      <td>{dateTimeText(r.at, language)}</td>
                      <td>{r.actorName ?? r.actorLabel}</td>
                      <td>
                        {t(`changes.action.${r.action}`, { defaultValue: r.action })} · {r.entityId}
                      </td>
                      <td>
                        <WhyText reason={r.reason} comment={r.comment} />
                        {(r.source || r.sourceUrl) && (
                          <>
                            {" · "}
                            {t("changes.source")} <SourceLink label={r.source} url={r.sourceUrl} />
                          </>
                        )}
                        {!r.reason && !r.comment && !r.source && !r.sourceUrl && "–"}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )
        }
      </QueryState>
    </section>
  );
}

/** The reason of a change and the comment the value was entered with, as one line. */
function WhyText({ reason, comment }: { reason: string | null; comment: string | null }) {
  return <>{[reason, comment].filter(Boolean).join(" · ")}</>;
}
