import type { PlanOverview } from "@boordtabel/api";
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { StatusBadge } from "../../components/status-badge";
import { useSession } from "../../lib/session";
import { StatusUpdate } from "./status-update";
import { useLanguage } from "../../lib/use-language";
import { scrollRegion } from "../../components/table-scroll";

interface Row {
  code: string;
  title: { nl: string; en: string };
  status: "unknown" | "not_started" | "in_progress" | "done" | "delayed" | "dropped";
  late: boolean;
  deadline: string | null;
  actors: { role: string; label: string }[];
  kpis: string[];
}

export function CommitmentTable({
  rows,
  kpiStatuses,
  contradictions,
}: {
  rows: Row[];
  kpiStatuses: PlanOverview["kpiStatuses"];
  contradictions: PlanOverview["contradictions"];
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const statusOf = new Map(kpiStatuses.map((k) => [k.code, k.status]));
  const canUpdate = useSession().canEnter;
  return (
    <div className="table-scroll" {...scrollRegion(t("commitments.title"))}>
      <table className="data-table commitments">
        <caption>{t("commitments.count", { count: rows.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t("commitments.code")}</th>
            <th scope="col">{t("commitments.commitment")}</th>
            <th scope="col">{t("commitments.status")}</th>
            <th scope="col">{t("commitments.responsible")}</th>
            <th scope="col">{t("commitments.kpis")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((c) => {
            const flags = contradictions.filter((x) => x.commitment === c.code);
            return (
              <tr key={c.code} data-commitment={c.code} data-late={c.late ? "true" : undefined}>
                <th scope="row">{c.code}</th>
                <td>
                  <Link to="/commitments/$code" params={{ code: c.code }}>
                    {c.title[language]}
                  </Link>
                </td>
                <td>
                  {t(`commitmentStatus.${c.status}`)}
                  {c.late && <strong className="late"> · {t("commitments.late", { date: c.deadline })}</strong>}
                  {canUpdate && (
                    <>
                      <br />
                      <StatusUpdate code={c.code} status={c.status} />
                    </>
                  )}
                </td>
                <td>
                  {c.actors
                    .filter((a) => a.role === "responsible")
                    .map((a) => a.label)
                    .join(", ") || "–"}
                </td>
                <td>
                  {c.kpis.map((k) => (
                    <span key={k} className="kpi-link">
                      <Link to="/kpis/$code" params={{ code: k }}>
                        {k}
                      </Link>{" "}
                      {statusOf.get(k) && <StatusBadge status={statusOf.get(k)!} />}
                    </span>
                  ))}
                  {flags.map((f) => (
                    <p key={`${f.kind}-${f.kpi}`} className="flag" data-flag={f.kind}>
                      ⚠ {t(`contradiction.${f.kind}`, { kpi: f.kpi })}
                    </p>
                  ))}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
