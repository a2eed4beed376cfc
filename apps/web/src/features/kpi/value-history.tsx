import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Dialog } from "../../components/dialog";
import { QueryState } from "../../components/query-state";
import type { Language } from "../../i18n";
import { dateTimeText, periodText, valueText } from "../../lib/format";
import { useTRPC } from "../../lib/trpc";

interface Props {
  kpi: string;
  series: string;
  period: string;
  unit: string;
  decimals: number;
}

/** A button that opens the versions of one value: who recorded what, when, and why. */
export function ValueHistory(props: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const period = periodText(props.period, language);
  return (
    <Dialog
      title={t("history.title", { period })}
      trigger={
        <button type="button" className="link-button" aria-label={t("history.open", { period })}>
          {t("history.button")}
        </button>
      }
    >
      <HistoryTable {...props} />
    </Dialog>
  );
}

function HistoryTable({ kpi, series, period, unit, decimals }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const trpc = useTRPC();
  const history = useQuery(trpc.measurement.history.queryOptions({ kpi, series, period }));
  return (
    <QueryState query={history} skeletonRows={3}>
      {(versions) => (
        <table className="data-table" data-testid="value-history">
          <thead>
            <tr>
              <th scope="col">{t("history.version")}</th>
              <th scope="col">{t("kpi.actual")}</th>
              <th scope="col">{t("history.recorded")}</th>
              <th scope="col">{t("history.by")}</th>
              <th scope="col">{t("history.why")}</th>
            </tr>
          </thead>
          <tbody>
            {versions.map((v) => (
              <tr key={v.version} data-version={v.version}>
                <th scope="row">{v.version}</th>
                <td>
                  {v.withdrawn ? t("history.withdrawn") : valueText(v.value, unit, decimals, language)} (
                  {t(`valueStatus.${v.status}`)}, {t(`workflow.${v.workflow}`)})
                </td>
                <td>{dateTimeText(v.recordedAt, language)}</td>
                <td>{v.author ?? t("history.import")}</td>
                <td>{[v.reason, v.comment, v.source].filter(Boolean).join(" · ") || "–"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </QueryState>
  );
}
