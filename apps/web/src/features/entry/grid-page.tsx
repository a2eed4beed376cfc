import type { MeasurementRulesKpi } from "@boordtabel/domain";
import { isPeriod, readPeriod } from "@boordtabel/domain";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useNavigate, useSearch } from "@tanstack/react-router";
import { useState, type KeyboardEvent } from "react";
import { useTranslation } from "react-i18next";
import { FormStatus } from "../../components/form-status";
import type { EntryGrid } from "@boordtabel/api";
import { PlanSelect } from "../../components/plan-select";
import { QueryState } from "../../components/query-state";
import { periodText, valueText } from "../../lib/format";
import { useFocusFirstInvalid } from "../../lib/focus-invalid";
import { errorDetails, useMessage } from "../../lib/messages";
import { useTRPC } from "../../lib/trpc";
import { Field } from "./field";
import { validateEntry } from "./validate-entry";
import { labelKey } from "../../i18n/keys";
import { useLanguage } from "../../lib/use-language";
import { DEFAULT_PLAN } from "../../lib/default-plan";
import { scrollRegion } from "../../components/table-scroll";

type Row = EntryGrid[number];
type Cell = { value: string; comment: string; reason: string };
const EMPTY: Cell = { value: "", comment: "", reason: "" };

/** Many KPIs × one period, like a spreadsheet: Enter and the arrow keys move between values;
 *  each row is checked before sending; all rows are saved together or none. */
export function GridPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const search = useSearch({ from: "/entry" });
  const navigate = useNavigate({ from: "/entry" });
  const trpc = useTRPC();
  const plan = search.plan ?? DEFAULT_PLAN;
  const period = search.period ?? String(new Date().getFullYear() - 1);
  const grid = useQuery(trpc.measurement.grid.queryOptions({ plan, period }, { enabled: isPeriod(period) }));
  return (
    <>
      <h1>{t("grid.title")}</h1>
      <div className="filters">
        <PlanSelect value={plan} onChange={(next) => void navigate({ search: { ...search, plan: next } })} />
        <label>
          {t("entry.period")}{" "}
          <input
            defaultValue={period}
            onBlur={(e) =>
              void navigate({ search: { ...search, period: readPeriod(e.target.value) ?? e.target.value.trim() } })
            }
            onKeyDown={(e) => e.key === "Enter" && e.currentTarget.blur()}
            aria-describedby="grid-period-hint"
          />
        </label>
        <span id="grid-period-hint" className="field-hint">
          {t("entry.periodHint")}
        </span>
      </div>
      {!isPeriod(period) ? (
        <p role="alert" className="field-error">
          {t("grid.badPeriod")}
        </p>
      ) : (
        <QueryState query={grid}>
          {(rows) =>
            rows.length === 0 ? (
              <p className="empty">{t("grid.empty", { period: periodText(period, language) })}</p>
            ) : (
              <GridForm key={`${plan}-${period}`} rows={rows} period={period} />
            )
          }
        </QueryState>
      )}
    </>
  );
}

function GridForm({ rows, period }: { rows: Row[]; period: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const message = useMessage();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [cells, setCells] = useState<Record<string, Cell>>({});
  const [tried, setTried] = useState(false);
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const save = useMutation(trpc.measurement.recordMany.mutationOptions());
  const [source, setSource] = useState("");
  const [sourceError, setSourceError] = useState<string | null>(null);
  const today = new Date().toISOString().slice(0, 10);

  const cell = (kpi: string) => cells[kpi] ?? EMPTY;
  const edit = (kpi: string, field: keyof Cell, value: string) =>
    setCells((c) => ({ ...c, [kpi]: { ...(c[kpi] ?? EMPTY), [field]: value } }));
  const filled = rows.filter((r) => cell(r.kpi).value.trim() !== "");
  const checks = new Map(
    filled.map((r) => [
      r.kpi,
      validateEntry(
        { period, ...cell(r.kpi) },
        {
          kpi: {
            code: r.kpi,
            unit: r.unit,
            decimals: r.decimals,
            kind: r.kind,
            frequency: r.frequency,
          } as MeasurementRulesKpi & { code: string; frequency: string },
          history: r.history,
          revising: r.current !== null,
          today,
          locale: language,
        },
      ),
    ]),
  );
  const problem = (kpi: string) => {
    if (serverErrors[kpi]) return serverErrors[kpi];
    const issue = tried ? Object.values(checks.get(kpi)?.issues ?? {})[0] : undefined;
    return issue ? message(issue.key, issue.params) : undefined;
  };

  const move = (index: number) => (event: KeyboardEvent<HTMLInputElement>) => {
    const to =
      event.key === "ArrowDown" || event.key === "Enter" ? index + 1 : event.key === "ArrowUp" ? index - 1 : -1;
    if (to < 0 || to >= rows.length || (event.key.startsWith("Arrow") === false && event.key !== "Enter")) return;
    event.preventDefault();
    document.getElementById(`grid-value-${rows[to]!.kpi}`)?.focus();
  };

  // Rows the server refused are marked at their value; focus goes to the first of them.
  const formRef = useFocusFirstInvalid(serverErrors);

  const submit = (workflow: "draft" | "submitted") => {
    if (save.isPending) return;
    setTried(true);
    setServerErrors({});
    setNotice(null);
    setFailure(null);
    setSourceError(null);
    if (filled.length === 0) return setFailure(t("grid.nothing"));
    if (workflow === "submitted" && !source.trim()) {
      setSourceError(message("measurement.sourceRequired"));
      document.getElementById("grid-source")?.focus();
      return;
    }
    const invalid = filled.filter((r) => Object.keys(checks.get(r.kpi)!.issues).length > 0);
    if (invalid.length > 0) {
      document.getElementById(`grid-value-${invalid[0]!.kpi}`)?.focus();
      return setFailure(t("grid.fix", { count: invalid.length }));
    }
    save.mutate(
      {
        rows: filled.map((r) => {
          const c = cell(r.kpi);
          return {
            kpi: r.kpi,
            series: r.series,
            period,
            value: checks.get(r.kpi)!.value!,
            status: "final" as const,
            workflow,
            ...(source.trim() ? { source: source.trim() } : {}),
            ...(c.comment.trim() ? { comment: c.comment.trim() } : {}),
            ...(r.current ? { reason: c.reason.trim(), expectedVersion: r.current.version } : {}),
          };
        }),
      },
      {
        onSuccess: (result) => {
          if (result.errors.length > 0) {
            setServerErrors(
              Object.fromEntries(
                result.errors.map((e) => [
                  filled[e.index]!.kpi,
                  message(e.messageKey, e.params as Record<string, string>),
                ]),
              ),
            );
            return setFailure(t("grid.fix", { count: result.errors.length }));
          }
          setCells({});
          setTried(false);
          setNotice(
            t(workflow === "draft" ? "grid.savedDraft" : "grid.savedSubmitted", { count: result.saved.length }),
          );
          void queryClient.invalidateQueries({ queryKey: trpc.measurement.grid.queryKey() });
        },
        onError: (e) => setFailure(errorDetails(e).message),
      },
    );
  };

  return (
    <form ref={formRef} noValidate onSubmit={(e) => e.preventDefault()} aria-label={t("grid.title")}>
      <Field id="grid-source" label={t("entryLoop.gridSource")} error={sourceError ?? undefined}>
        {(props) => <input {...props} value={source} onChange={(e) => setSource(e.target.value)} />}
      </Field>
      <div className="table-scroll" {...scrollRegion(t("grid.title"))}>
        <table className="data-table grid">
          <thead>
            <tr>
              <th scope="col">{t("commitments.kpis")}</th>
              <th scope="col">{t("grid.current")}</th>
              <th scope="col">{t("entry.value")}</th>
              <th scope="col">{t("entry.comment")}</th>
              <th scope="col">{t("entry.reason")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r, index) => {
              const error = problem(r.kpi);
              const label = `${r.name[language]} (${r.unitLabel ?? r.unit})`;
              return (
                <tr key={r.kpi} data-grid-row={r.kpi}>
                  <th scope="row" id={`grid-name-${r.kpi}`}>
                    {label}
                  </th>
                  <td>
                    {r.current
                      ? `${r.current.withdrawn ? t("history.withdrawn") : valueText(r.current.value, r.unit, r.decimals, language)} (v${r.current.version}, ${t(labelKey("workflow", r.current.workflow))})`
                      : "–"}
                  </td>
                  <td>
                    <input
                      id={`grid-value-${r.kpi}`}
                      aria-label={`${t("entry.value")}: ${label}`}
                      aria-invalid={Boolean(error)}
                      aria-describedby={error ? `grid-error-${r.kpi}` : undefined}
                      inputMode="decimal"
                      autoComplete="off"
                      value={cell(r.kpi).value}
                      onChange={(e) => edit(r.kpi, "value", e.target.value)}
                      onKeyDown={move(index)}
                    />
                    {error && (
                      <p id={`grid-error-${r.kpi}`} className="field-error">
                        {error}
                      </p>
                    )}
                  </td>
                  <td>
                    <input
                      aria-label={`${t("entry.comment")}: ${label}`}
                      value={cell(r.kpi).comment}
                      onChange={(e) => edit(r.kpi, "comment", e.target.value)}
                    />
                  </td>
                  <td>
                    {r.current && (
                      <input
                        aria-label={`${t("entry.reason")}: ${label}`}
                        value={cell(r.kpi).reason}
                        onChange={(e) => edit(r.kpi, "reason", e.target.value)}
                      />
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <FormStatus error={failure} notice={notice} testId="grid-notice" />
      <div className="actions">
        <button type="button" onClick={() => submit("draft")} aria-disabled={save.isPending}>
          {t("entry.saveDraft")}
        </button>
        <button type="button" className="primary" onClick={() => submit("submitted")} aria-disabled={save.isPending}>
          {t("entry.submit")}
        </button>
      </div>
    </form>
  );
}
