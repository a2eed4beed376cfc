import { useQuery } from "@tanstack/react-query";
import { Link, useNavigate, useParams, useSearch } from "@tanstack/react-router";
import { useMemo, useRef } from "react";
import { useTranslation } from "react-i18next";
import { QueryState } from "../../components/query-state";
import { StatusBadge } from "../../components/status-badge";
import { useTRPC } from "../../lib/trpc";
import { ExplainStatus } from "./explain-status";
import { KpiChanges } from "./kpi-changes";
import { KpiMetadata } from "./kpi-metadata";
import { KpiTable } from "./kpi-table";
import { ReviewNotes } from "./review-notes";
import { KpiTargetCycle } from "../target-cycle/kpi-target-cycle";
import { TargetChart } from "./target-chart";
import { TargetForm } from "./target-form";
import { useSession } from "../../lib/session";
import { toChartRows } from "./to-chart-rows";
import type { KpiDetail } from "@boordtabel/api";
import { AsOfPicker } from "../../components/as-of-picker";
import { dateText, localIsoDate } from "../../lib/dates";
import { sourceText } from "./chart-export";
import { KpiDownloads } from "./kpi-downloads";
import { LatestValue } from "./latest-value";
import { labelKey } from "../../i18n/keys";
import { useLanguage } from "../../lib/use-language";
import { PrintLine } from "../../components/print-line";
import { useMediaQuery, usePrinting } from "../../lib/use-media";
import { useDocumentSubject } from "../../lib/announce";

/** The chart on an A4 page (the printable width at 12 mm margins) and on a wide screen. */
const PRINT_CHART = { width: 700, height: 250 };
const WIDE_CHART_HEIGHT = 520;

export function KpiPage() {
  const { code } = useParams({ from: "/kpis/$code" });
  const search = useSearch({ from: "/kpis/$code" });
  const trpc = useTRPC();
  const detail = useQuery(trpc.kpi.detail.queryOptions({ code, series: search.series, asOf: search.asOf }));
  return (
    <QueryState query={detail} skeletonRows={12}>
      {(data) => <KpiView detail={data} />}
    </QueryState>
  );
}

function KpiView({ detail }: { detail: KpiDetail }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const search = useSearch({ from: "/kpis/$code" });
  const navigate = useNavigate({ from: "/kpis/$code" });
  const rows = useMemo(() => toChartRows(detail), [detail]);
  const session = useSession();
  const chart = useRef<HTMLDivElement>(null);
  const printing = usePrinting();
  const wide = useMediaQuery("(min-width: 1600px)");
  const source = sourceText(detail.kpi.source, detail.kpi.sourceOrganisation?.name[language]);
  const asOf = t("print.asOf", { date: dateText(detail.asOf ?? localIsoDate(new Date())) });
  useDocumentSubject(detail.kpi.name[language]);
  return (
    <>
      <p className="back-link">
        <Link to="/plans/$code" params={{ code: detail.kpi.plan }} search={{ asOf: search.asOf }}>
          ← {t("kpi.backToPlan")}
        </Link>
      </p>
      <h1>{detail.kpi.name[language]}</h1>
      <PrintLine asOf={detail.asOf} source={source} />
      <div className="kpi-head">
        <StatusBadge status={detail.assessment.status} />
        <LatestValue detail={detail} />
        {detail.asOf && <span className="muted">{t("overview.knownOn", { date: dateText(detail.asOf) })}</span>}
        {detail.series.length > 1 && (
          <label>
            {t("kpi.series")}{" "}
            <select
              value={detail.selectedSeries}
              onChange={(e) => void navigate({ search: { ...search, series: e.target.value } })}
            >
              {detail.series.map((s) => (
                <option key={s.key} value={s.key}>
                  {s.label[language]}
                  {s.frequency !== detail.kpi.frequency && ` (${t(labelKey("frequency", s.frequency))})`}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      {session.canEnter && (
        <div className="actions kpi-actions">
          <Link to="/kpis/$code/entry" params={{ code: detail.kpi.code }} search={{ series: detail.selectedSeries }}>
            {t("kpiActions.enter")}
          </Link>
          <TargetForm detail={detail} />
        </div>
      )}
      <AsOfPicker value={search.asOf} onChange={(asOf) => void navigate({ search: { ...search, asOf } })} />
      <div className="kpi-main">
        <div ref={chart} className="kpi-chart">
          <TargetChart detail={detail} {...(printing ? PRINT_CHART : wide ? { height: WIDE_CHART_HEIGHT } : {})} />
        </div>
        <ExplainStatus detail={detail} />
      </div>
      <KpiTable rows={rows} detail={detail} />
      <KpiDownloads
        code={detail.kpi.code}
        asOf={detail.asOf}
        {...(rows.length > 0 ? { chart } : {})}
        title={detail.kpi.name[language]}
        subtitle={`${asOf} · ${t("print.source", { source })}`}
      />
      <KpiTargetCycle detail={detail} />
      <ReviewNotes notes={detail.reviewNotes} />
      <KpiMetadata detail={detail} />
      {(session.canEnter || session.canReview) && <KpiChanges code={detail.kpi.code} />}
    </>
  );
}
