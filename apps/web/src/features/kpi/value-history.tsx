import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { errorDetails, formText } from "../../lib/messages";
import { useSession } from "../../lib/session";
import { useTranslation } from "react-i18next";
import { Dialog } from "../../components/dialog";
import { QueryState } from "../../components/query-state";
import { ValueSource } from "../../components/value-source";
import { dateTimeText, periodText, valueText } from "../../lib/format";
import { useTRPC } from "../../lib/trpc";
import { labelKey } from "../../i18n/keys";
import { useLanguage } from "../../lib/use-language";

interface Props {
  kpi: string;
  series: string;
  period: string;
  unit: string;
  decimals: number;
}

/** A button that opens the versions of one value: who recorded what, when, and why. */
export function ValueHistory(props: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
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
  const { t } = useTranslation();
  const language = useLanguage();
  const trpc = useTRPC();
  const history = useQuery(trpc.measurement.history.queryOptions({ kpi, series, period }));
  const session = useSession();
  const queryClient = useQueryClient();
  const restore = useMutation(trpc.measurement.restore.mutationOptions());
  const [error, setError] = useState<string | null>(null);
  return (
    <QueryState query={history} skeletonRows={3}>
      {(versions) => (
        <>
          {error && (
            <p role="alert" className="field-error">
              {error}
            </p>
          )}
          <table className="data-table" data-testid="value-history">
            <thead>
              <tr>
                <th scope="col">{t("history.version")}</th>
                <th scope="col">{t("kpi.actual")}</th>
                <th scope="col">{t("history.recorded")}</th>
                <th scope="col">{t("history.by")}</th>
                <th scope="col">{t("history.why")}</th>
                {session.isAdmin && <th scope="col">{t("history.restore")}</th>}
              </tr>
            </thead>
            <tbody>
              {versions.map((v) => (
                <tr key={v.version} data-version={v.version}>
                  <th scope="row">{v.version}</th>
                  <td>
                    {v.withdrawn ? t("history.withdrawn") : valueText(v.value, unit, decimals, language)} (
                    {t(labelKey("valueStatus", v.status))}, {t(labelKey("workflow", v.workflow))})
                  </td>
                  <td>{dateTimeText(v.recordedAt, language)}</td>
                  <td>{v.author ?? t("history.import")}</td>
                  <td>
                    {[v.reason, v.comment].filter(Boolean).join(" · ")}
                    {(v.source || v.sourceUrl || unsourcedPublished(v)) && (
                      <>
                        {v.reason || v.comment ? " · " : ""}
                        <ValueSource label={v.source} url={v.sourceUrl} />
                      </>
                    )}
                    {!v.reason && !v.comment && !v.source && !v.sourceUrl && !unsourcedPublished(v) && "–"}
                  </td>
                  {session.isAdmin && (
                    <td>
                      {v.version !== versions[0]?.version && !v.withdrawn && (
                        <RestoreForm
                          version={v.version}
                          onRestore={(reason) =>
                            restore.mutate(
                              {
                                kpi,
                                series,
                                period,
                                version: v.version,
                                expectedVersion: versions[0]!.version,
                                reason,
                              },
                              {
                                onSuccess: () => void queryClient.invalidateQueries(),
                                onError: (e) => setError(errorDetails(e).message),
                              },
                            )
                          }
                        />
                      )}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </QueryState>
  );
}

/** An admin's restore of one earlier version, with the reason it asks for. */
function RestoreForm({ version, onRestore }: { version: number; onRestore: (reason: string) => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [missing, setMissing] = useState(false);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const reason = formText(new FormData(event.currentTarget), "reason").trim();
    setMissing(!reason);
    if (reason) onRestore(reason);
  };
  if (!open)
    return (
      <button type="button" onClick={() => setOpen(true)}>
        {t("history.restoreVersion", { version })}
      </button>
    );
  return (
    <form onSubmit={submit} className="inline-form">
      <label htmlFor={`restore-${version}`}>{t("entry.reason")}</label>
      <input id={`restore-${version}`} name="reason" aria-invalid={missing} />
      <button type="submit" className="primary">
        {t("history.confirmRestore")}
      </button>
      {missing && <p className="field-error">{t("history.reasonRequired")}</p>}
    </form>
  );
}

/** A published value stored without a source (before every published value needed one): the
 *  history says so rather than leaving the source out. A withdrawal has no value to source. */
const unsourcedPublished = (v: {
  withdrawn: boolean;
  workflow: string;
  source: string | null;
  sourceUrl: string | null;
}) => !v.withdrawn && v.workflow === "validated" && !v.source?.trim() && !v.sourceUrl;
