import type { KpiDetail } from "@boordtabel/api";
import type { MeasurementRulesKpi } from "@boordtabel/domain";
import { isPeriod } from "@boordtabel/domain";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Link, useParams, useSearch } from "@tanstack/react-router";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { FormStatus } from "../../components/form-status";
import { QueryState } from "../../components/query-state";
import { valueText } from "../../lib/format";
import { errorDetails, useMessage } from "../../lib/messages";
import { useTRPC } from "../../lib/trpc";
import { ConflictDialog, type Conflict } from "./conflict-dialog";
import { Field } from "./field";
import { validateEntry } from "./validate-entry";
import { labelKey } from "../../i18n/keys";
import { useLanguage } from "../../lib/use-language";

export function EntryPage() {
  const { code } = useParams({ from: "/kpis/$code/entry" });
  const search = useSearch({ from: "/kpis/$code/entry" });
  const trpc = useTRPC();
  const detail = useQuery(trpc.kpi.detail.queryOptions({ code, series: search.series }));
  return (
    <QueryState query={detail}>
      {(data) => (
        <EntryForm key={`${data.kpi.code}-${data.selectedSeries}`} detail={data} initialPeriod={search.period ?? ""} />
      )}
    </QueryState>
  );
}

type Workflow = "draft" | "submitted";

/** One value for one KPI: checked before sending, saved as a draft or submitted for review;
 *  a change to an existing value asks for a reason and never overwrites someone else's. */
function EntryForm({ detail, initialPeriod }: { detail: KpiDetail; initialPeriod: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const message = useMessage();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const key = { kpi: detail.kpi.code, series: detail.selectedSeries };
  const [form, setForm] = useState({
    period: initialPeriod,
    value: "",
    status: "final",
    source: "",
    comment: "",
    reason: "",
  });
  const [tried, setTried] = useState(false);
  const [serverFields, setServerFields] = useState<Record<string, string>>({});
  const [serverError, setServerError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [seen, setSeen] = useState<{ period: string; version: number } | null>(null);

  const period = form.period.trim();
  const history = useQuery(trpc.measurement.history.queryOptions({ ...key, period }, { enabled: isPeriod(period) }));
  const latest = history.data?.[0];
  // The version the user saw when choosing the period: what a change replaces.
  useEffect(() => {
    if (history.data && seen?.period !== period) setSeen({ period, version: history.data[0]?.version ?? 0 });
  }, [history.data, period, seen?.period]);
  const revising = (seen?.period === period ? seen.version : (latest?.version ?? 0)) > 0;

  const kpi = {
    unit: detail.kpi.unit,
    decimals: detail.kpi.decimals,
    kind: detail.kpi.kind,
    frequency: detail.kpi.frequency,
  };
  const check = validateEntry(form, {
    kpi: kpi as MeasurementRulesKpi & { frequency: string },
    history: detail.observations,
    revising,
  });
  const fieldError = (name: string) =>
    serverFields[name] ??
    (tried && check.issues[name] ? message(check.issues[name].key, check.issues[name].params) : undefined);

  const record = useMutation(trpc.measurement.record.mutationOptions());
  const save = (workflow: Workflow, expectedVersion = seen?.version ?? 0) => {
    setTried(true);
    setServerFields({});
    setServerError(null);
    setNotice(null);
    if (Object.keys(check.issues).length > 0 || check.value === undefined) {
      const first = Object.keys(check.issues)[0];
      if (first) document.getElementById(`entry-${first}`)?.focus();
      return;
    }
    const value = check.value;
    record.mutate(
      {
        ...key,
        period,
        value,
        status: form.status as "final" | "provisional" | "estimate",
        workflow,
        ...(form.source.trim() ? { source: form.source.trim() } : {}),
        ...(form.comment.trim() ? { comment: form.comment.trim() } : {}),
        ...(revising && form.reason.trim() ? { reason: form.reason.trim() } : {}),
        ...(revising ? { expectedVersion } : {}),
      },
      {
        onSuccess: (saved) => {
          setSeen({ period, version: saved.version });
          setForm((f) => ({ ...f, reason: "" }));
          setTried(false);
          setNotice(t(workflow === "draft" ? "entry.savedDraft" : "entry.savedSubmitted", { version: saved.version }));
          void queryClient.invalidateQueries({ queryKey: trpc.measurement.history.queryKey({ ...key, period }) });
        },
        onError: (error) => {
          const details = errorDetails(error);
          if (details.messageKey === "measurement.stale") {
            void history.refetch().then((fresh) => {
              const theirs = fresh.data?.[0];
              if (theirs) setConflict({ mine: value, theirs, workflow });
            });
            return;
          }
          setServerFields(details.fields);
          setServerError(details.message);
        },
      },
    );
  };

  const set = (name: keyof typeof form) => (e: { target: { value: string } }) =>
    setForm((f) => ({ ...f, [name]: e.target.value }));

  return (
    <>
      <p>
        <Link to="/kpis/$code" params={{ code: detail.kpi.code }}>
          ← {detail.kpi.name[language]}
        </Link>
      </p>
      <h1>{t("entry.title", { kpi: detail.kpi.name[language] })}</h1>
      <p className="muted">
        {t("entry.rules", {
          unit: detail.kpi.unitLabel ?? detail.kpi.unit,
          decimals: detail.kpi.decimals,
          frequency: t(labelKey("frequency", detail.kpi.frequency)),
        })}
      </p>
      <form className="entry-form panel" noValidate onSubmit={(e) => e.preventDefault()} aria-label={t("entry.form")}>
        <Field id="entry-period" label={t("entry.period")} error={fieldError("period")} hint={t("entry.periodHint")}>
          {(props) => <input {...props} value={form.period} onChange={set("period")} autoComplete="off" />}
        </Field>
        {latest && (
          <p className="notice" data-testid="current-value">
            {t("entry.current", {
              value: latest.withdrawn
                ? t("history.withdrawn")
                : valueText(latest.value, detail.kpi.unit, detail.kpi.decimals, language),
              version: latest.version,
              workflow: t(labelKey("workflow", latest.workflow)),
            })}
          </p>
        )}
        <Field
          id="entry-value"
          label={t("entry.value")}
          error={fieldError("value")}
          hint={detail.kpi.unitLabel ?? undefined}
        >
          {(props) => (
            <input {...props} value={form.value} onChange={set("value")} inputMode="decimal" autoComplete="off" />
          )}
        </Field>
        <Field id="entry-status" label={t("entry.status")}>
          {(props) => (
            <select {...props} value={form.status} onChange={set("status")}>
              {["final", "provisional", "estimate"].map((s) => (
                <option key={s} value={s}>
                  {t(labelKey("valueStatus", s))}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="entry-source" label={t("entry.source")} error={fieldError("source")}>
          {(props) => <input {...props} value={form.source} onChange={set("source")} />}
        </Field>
        <Field id="entry-comment" label={t("entry.comment")} error={fieldError("comment")}>
          {(props) => <textarea {...props} value={form.comment} onChange={set("comment")} rows={2} />}
        </Field>
        {revising && (
          <Field id="entry-reason" label={t("entry.reason")} error={fieldError("reason")} hint={t("entry.reasonHint")}>
            {(props) => <textarea {...props} value={form.reason} onChange={set("reason")} rows={2} />}
          </Field>
        )}
        <FormStatus error={serverError} notice={notice} testId="entry-notice" />
        <div className="actions">
          <button type="button" onClick={() => save("draft")} disabled={record.isPending}>
            {t("entry.saveDraft")}
          </button>
          <button type="button" className="primary" onClick={() => save("submitted")} disabled={record.isPending}>
            {t("entry.submit")}
          </button>
        </div>
      </form>
      {conflict && (
        <ConflictDialog
          conflict={conflict}
          unit={detail.kpi.unit}
          decimals={detail.kpi.decimals}
          onKeepMine={() => {
            setConflict(null);
            setSeen({ period, version: conflict.theirs.version });
            save(conflict.workflow, conflict.theirs.version);
          }}
          onKeepTheirs={() => {
            setConflict(null);
            setSeen({ period, version: conflict.theirs.version });
            setForm((f) => ({
              ...f,
              value: conflict.theirs.value === null ? "" : String(conflict.theirs.value),
              reason: "",
            }));
            setNotice(t("entry.keptTheirs"));
          }}
        />
      )}
    </>
  );
}
