import type { KpiDetail } from "@boordtabel/api";
import { formatPeriod, periodContaining, shiftPeriod, type PeriodFrequency } from "@boordtabel/domain";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Link, useNavigate, useParams, useSearch } from "@tanstack/react-router";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { QueryState } from "../../components/query-state";
import { valueText } from "../../lib/format";
import { errorDetails, useMessage } from "../../lib/messages";
import { useTRPC } from "../../lib/trpc";
import { ConflictDialog, type Conflict } from "./conflict-dialog";
import { EntryFacts } from "./entry-facts";
import { Field } from "./field";
import { OTHER_PERIOD, PeriodPicker, periodGroups, today } from "./period-picker";
import { ReturnedNotice, type EntryContextData } from "./returned-notice";
import { SeriesPicker } from "./series-picker";
import { validateEntry } from "./validate-entry";
import { labelKey } from "../../i18n/keys";
import { useLanguage } from "../../lib/use-language";

export function EntryPage() {
  const { code } = useParams({ from: "/kpis/$code/entry" });
  const search = useSearch({ from: "/kpis/$code/entry" });
  const trpc = useTRPC();
  const detail = useQuery(trpc.kpi.detail.queryOptions({ code, series: search.series }));
  const series = detail.data?.selectedSeries ?? search.series ?? "total";
  const context = useQuery(trpc.due.entry.queryOptions({ kpi: code, series }, { enabled: detail.isSuccess }));
  return (
    <QueryState query={detail}>
      {(data) => (
        <QueryState query={context}>
          {(ctx) => (
            <EntryForm
              key={`${data.kpi.code}-${data.selectedSeries}`}
              detail={data}
              context={ctx}
              initialPeriod={search.period ?? ""}
            />
          )}
        </QueryState>
      )}
    </QueryState>
  );
}

type Workflow = "draft" | "submitted";

/** A number as the editor would type it in the page's language: "77,1" in Dutch. */
const typedNumber = (value: number | null, language: string) =>
  value === null ? "" : language === "nl" ? String(value).replace(".", ",") : String(value);

/** One value for one series: period picked from the series' frequency, checked before sending,
 *  saved as a draft or submitted for review with its source; a value sent back opens as it was
 *  returned, with the reviewer's reason; only a change to a published value asks for a reason. */
function EntryForm({
  detail,
  context,
  initialPeriod,
}: {
  detail: KpiDetail;
  context: EntryContextData;
  initialPeriod: string;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const message = useMessage();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate({ from: "/kpis/$code/entry" });
  const key = { kpi: detail.kpi.code, series: detail.selectedSeries };
  const [{ groups, preselect }] = useState(() => periodGroups(context, initialPeriod));
  const prefill = (period: string) => {
    const returned = context.returned.find((r) => r.period === period);
    const version = returned && context.periods.find((p) => p.period === period);
    return version
      ? { value: typedNumber(version.value, language), source: version.source ?? "", comment: version.comment ?? "" }
      : { value: "", source: "", comment: "" };
  };
  const [choice, setChoice] = useState(preselect);
  const [typed, setTyped] = useState(initialPeriod);
  const [form, setForm] = useState({ status: "final", reason: "", ...prefill(preselect) });
  const [tried, setTried] = useState<Workflow | null>(null);
  const [serverFields, setServerFields] = useState<Record<string, string>>({});
  const [serverError, setServerError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [seen, setSeen] = useState<{ period: string; version: number } | null>(null);

  const kpi = {
    code: detail.selectedSeries === "total" ? detail.kpi.code : `${detail.kpi.code} (${detail.selectedSeries})`,
    unit: detail.kpi.unit,
    decimals: detail.kpi.decimals,
    kind: detail.kpi.kind,
    frequency: detail.selectedFrequency,
  } as Parameters<typeof validateEntry>[1]["kpi"];
  const rawPeriod = choice === OTHER_PERIOD ? typed : choice;
  const base = { kpi, history: detail.chart.points, today: today(), locale: language };
  const period = validateEntry(
    { period: rawPeriod, value: "", comment: "", reason: "" },
    { ...base, revising: false },
  ).period;
  const history = useQuery(
    trpc.measurement.history.queryOptions({ ...key, period: period ?? "" }, { enabled: period !== undefined }),
  );
  const latest = history.data?.[0];
  // The version the user saw when choosing the period: what a change replaces.
  useEffect(() => {
    if (period && history.data && seen?.period !== period) setSeen({ period, version: history.data[0]?.version ?? 0 });
  }, [history.data, period, seen?.period]);
  const published = (history.data ?? []).some((v) => v.workflow === "validated");
  const returned = context.returned.find((r) => r.period === period && r.version === latest?.version);
  const check = validateEntry(
    { period: rawPeriod, ...form },
    { ...base, revising: published, ...(tried ? { workflow: tried } : {}) },
  );
  const fieldError = (name: string) =>
    serverFields[name] ??
    (tried && check.issues[name] ? message(check.issues[name].key, check.issues[name].params) : undefined);

  const record = useMutation(trpc.measurement.record.mutationOptions());
  const save = (
    workflow: Workflow,
    expectedVersion = seen && seen.period === period ? seen.version : (latest?.version ?? 0),
  ) => {
    if (record.isPending) return;
    setTried(workflow);
    setServerFields({});
    setServerError(null);
    setNotice(null);
    const result = validateEntry({ period: rawPeriod, ...form }, { ...base, revising: published, workflow });
    const first = Object.keys(result.issues)[0];
    if (first || result.value === undefined || result.period === undefined) {
      const id = first === "period" && choice === OTHER_PERIOD ? "entry-period-typed" : `entry-${first ?? "value"}`;
      document.getElementById(id)?.focus();
      return;
    }
    const value = result.value;
    const target = result.period;
    record.mutate(
      {
        ...key,
        period: target,
        value,
        status: form.status as "final" | "provisional" | "estimate",
        workflow,
        ...(form.source.trim() ? { source: form.source.trim() } : {}),
        ...(form.comment.trim() ? { comment: form.comment.trim() } : {}),
        ...(published && form.reason.trim() ? { reason: form.reason.trim() } : {}),
        ...(expectedVersion > 0 ? { expectedVersion } : {}),
      },
      {
        onSuccess: (saved) => {
          setSeen({ period: target, version: saved.version });
          setForm((f) => ({ ...f, reason: "" }));
          setTried(null);
          setNotice(t(workflow === "draft" ? "entry.savedDraft" : "entry.savedSubmitted", { version: saved.version }));
          void queryClient.invalidateQueries({
            queryKey: trpc.measurement.history.queryKey({ ...key, period: target }),
          });
          void queryClient.invalidateQueries({ queryKey: trpc.due.pathKey() });
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
  const choose = (next: string) => {
    setChoice(next);
    setNotice(null);
    if (context.returned.some((r) => r.period === next)) setForm((f) => ({ ...f, ...prefill(next) }));
  };
  const frequency = detail.selectedFrequency.toUpperCase() as PeriodFrequency;
  const example = formatPeriod(shiftPeriod(periodContaining(frequency, today()), -1), language);
  const rulesKey =
    detail.kpi.decimals === 0
      ? "entryLoop.rulesWhole"
      : detail.kpi.decimals === 1
        ? "entryLoop.rulesOne"
        : "entryLoop.rules";

  return (
    <>
      <p>
        <Link to="/kpis/$code" params={{ code: detail.kpi.code }}>
          ← {detail.kpi.name[language]}
        </Link>
      </p>
      <h1>{t("entry.title", { kpi: detail.kpi.name[language] })}</h1>
      <p className="muted">
        {t(rulesKey, {
          unit: detail.kpi.unitLabel ?? detail.kpi.unit,
          decimals: detail.kpi.decimals,
          frequency: t(labelKey("frequency", detail.selectedFrequency)),
        })}
      </p>
      <div className="entry-layout">
        <form className="entry-form panel" noValidate onSubmit={(e) => e.preventDefault()} aria-label={t("entry.form")}>
          <SeriesPicker
            detail={detail}
            onChange={(series) => void navigate({ search: (s) => ({ ...s, series, period: undefined }) })}
          />
          <PeriodPicker
            groups={groups}
            choice={choice}
            typed={typed}
            error={fieldError("period")}
            hint={t("entryLoop.periodHint", { example })}
            onChoose={choose}
            onType={setTyped}
          />
          {returned && <ReturnedNotice returned={returned} />}
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
          <Field
            id="entry-source"
            label={t("entry.source")}
            error={fieldError("source")}
            hint={t("entryLoop.sourceHint")}
          >
            {(props) => <input {...props} value={form.source} onChange={set("source")} aria-required="true" />}
          </Field>
          <Field id="entry-comment" label={t("entry.comment")} error={fieldError("comment")}>
            {(props) => <textarea {...props} value={form.comment} onChange={set("comment")} rows={2} />}
          </Field>
          {published && (
            <Field
              id="entry-reason"
              label={t("entry.reason")}
              error={fieldError("reason")}
              hint={t("entry.reasonHint")}
            >
              {(props) => <textarea {...props} value={form.reason} onChange={set("reason")} rows={2} />}
            </Field>
          )}
          {/* Live regions exist before they speak, so screen readers announce what comes. */}
          <p role="alert" className="field-error" data-testid="entry-error">
            {serverError}
          </p>
          <p role="status" className={notice ? "success" : undefined} data-testid="entry-notice">
            {notice}
          </p>
          <div className="actions">
            <button type="button" onClick={() => save("draft")} aria-disabled={record.isPending}>
              {t("entry.saveDraft")}
            </button>
            <button
              type="button"
              className="primary"
              onClick={() => save("submitted")}
              aria-disabled={record.isPending}
            >
              {t("entry.submit")}
            </button>
          </div>
        </form>
        <EntryFacts detail={detail} period={period ?? null} />
      </div>
      {conflict && (
        <ConflictDialog
          conflict={conflict}
          unit={detail.kpi.unit}
          decimals={detail.kpi.decimals}
          onKeepMine={() => {
            setConflict(null);
            setSeen({ period: period ?? "", version: conflict.theirs.version });
            save(conflict.workflow, conflict.theirs.version);
          }}
          onKeepTheirs={() => {
            setConflict(null);
            setSeen({ period: period ?? "", version: conflict.theirs.version });
            setForm((f) => ({ ...f, value: typedNumber(conflict.theirs.value, language), reason: "" }));
            setNotice(t("entry.keptTheirs"));
          }}
        />
      )}
    </>
  );
}
