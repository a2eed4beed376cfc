import type { KpiDetail } from "@boordtabel/api";
import { isPeriod, parseDecimal, unitRangeIssue, type Unit } from "@boordtabel/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { FormStatus } from "../../components/form-status";
import { useFocusFirstInvalid } from "../../lib/focus-invalid";
import { errorDetails, useMessage } from "../../lib/messages";
import { useTRPC } from "../../lib/trpc";
import { Field } from "../entry/field";

interface TargetRow {
  period: string;
  value: string;
  source: string;
}

const decimal = (n: number | null | undefined) => (n === null || n === undefined ? "" : String(n).replace(".", ","));

/** A new revision of the target path, with the justification it requires; earlier revisions
 *  stay in the history shown under "About this indicator". */
export function TargetForm({ detail }: { detail: KpiDetail }) {
  const { t } = useTranslation();
  const message = useMessage();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const path = detail.targetPath;
  const [open, setOpen] = useState(false);
  const [baseline, setBaseline] = useState({
    period: path?.baseline?.period ?? "",
    value: decimal(path?.baseline?.value),
    source: path?.baseline?.source ?? "",
  });
  const [targets, setTargets] = useState<TargetRow[]>(
    path?.targets.map((p) => ({ period: p.period, value: decimal(p.value), source: p.source })) ?? [
      { period: "", value: "", source: "" },
    ],
  );
  const [tolerance, setTolerance] = useState(decimal(path?.tolerance));
  const [justification, setJustification] = useState("");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<string | null>(null);
  const revise = useMutation(trpc.target.revise.mutationOptions());
  const formRef = useFocusFirstInvalid(errors);

  const submit = () => {
    if (revise.isPending) return;
    const found: Record<string, string> = {};
    // A number within the unit's range (a percentage within 0–100, no negative counts), as the
    // server checks it, so the message appears at the field.
    const valueError = (text: string): string | undefined => {
      const value = parseDecimal(text);
      if (value === undefined || Number.isNaN(value)) return message("measurement.notANumber");
      const range = unitRangeIssue({ unit: detail.kpi.unit as Unit, kind: detail.kpi.kind }, value);
      return range && message(range);
    };
    targets.forEach((row, i) => {
      if (!isPeriod(row.period.trim())) found[`target-${i}-period`] = message("period.invalidFormat");
      const valueProblem = valueError(row.value);
      if (valueProblem) found[`target-${i}-value`] = valueProblem;
      if (!row.source.trim()) found[`target-${i}-source`] = t("target.sourceRequired");
    });
    if (baseline.period && !isPeriod(baseline.period.trim()))
      found["baseline-period"] = message("period.invalidFormat");
    const baselineValue = parseDecimal(baseline.value);
    const baselineProblem = baseline.period ? valueError(baseline.value) : undefined;
    if (baselineProblem) found["baseline-value"] = baselineProblem;
    const tol = parseDecimal(tolerance);
    if (tol !== undefined && (Number.isNaN(tol) || tol < 0)) found["tolerance"] = t("target.toleranceInvalid");
    if (!justification.trim()) found["justification"] = t("target.justificationRequired");
    setErrors(found);
    setNotice(null);
    if (Object.keys(found).length > 0) return;
    revise.mutate(
      {
        kpi: detail.kpi.code,
        series: detail.selectedSeries,
        ...(baseline.period.trim()
          ? {
              baseline: {
                period: baseline.period.trim(),
                value: baselineValue!,
                ...(baseline.source.trim() ? { source: baseline.source.trim() } : {}),
              },
            }
          : {}),
        targets: targets.map((row) => ({
          period: row.period.trim(),
          value: parseDecimal(row.value)!,
          source: row.source.trim(),
        })),
        ...(tol !== undefined ? { tolerance: tol } : {}),
        justification: justification.trim(),
      },
      {
        onSuccess: (saved) => {
          setNotice(t("target.saved", { revision: saved.revision }));
          setJustification("");
          void queryClient.invalidateQueries();
        },
        onError: (e) => {
          const details = errorDetails(e);
          setErrors({ ...fieldIds(details.fields), form: details.message });
        },
      },
    );
  };

  if (!open)
    return (
      <button type="button" onClick={() => setOpen(true)}>
        {t("target.edit")}
      </button>
    );
  const setRow = (i: number, field: keyof TargetRow, value: string) =>
    setTargets((rows) => rows.map((r, j) => (j === i ? { ...r, [field]: value } : r)));
  return (
    <form
      ref={formRef}
      className="panel entry-form"
      noValidate
      onSubmit={(e) => e.preventDefault()}
      aria-labelledby="target-heading"
    >
      <h2 id="target-heading">{t("target.title")}</h2>
      <fieldset className="target-row">
        <legend>{t("target.baseline")}</legend>
        <Field id="baseline-period" label={t("entry.period")} error={errors["baseline-period"]}>
          {(p) => (
            <input
              {...p}
              value={baseline.period}
              onChange={(e) => setBaseline({ ...baseline, period: e.target.value })}
            />
          )}
        </Field>
        <Field id="baseline-value" label={t("entry.value")} error={errors["baseline-value"]}>
          {(p) => (
            <input
              {...p}
              value={baseline.value}
              onChange={(e) => setBaseline({ ...baseline, value: e.target.value })}
            />
          )}
        </Field>
        <Field id="baseline-source" label={t("entry.source")}>
          {(p) => (
            <input
              {...p}
              value={baseline.source}
              onChange={(e) => setBaseline({ ...baseline, source: e.target.value })}
            />
          )}
        </Field>
      </fieldset>
      {targets.map((row, i) => (
        <fieldset key={i} className="target-row">
          <legend>{t("target.point", { n: i + 1 })}</legend>
          <Field id={`target-${i}-period`} label={t("entry.period")} error={errors[`target-${i}-period`]}>
            {(p) => <input {...p} value={row.period} onChange={(e) => setRow(i, "period", e.target.value)} />}
          </Field>
          <Field id={`target-${i}-value`} label={t("entry.value")} error={errors[`target-${i}-value`]}>
            {(p) => <input {...p} value={row.value} onChange={(e) => setRow(i, "value", e.target.value)} />}
          </Field>
          <Field id={`target-${i}-source`} label={t("entry.source")} error={errors[`target-${i}-source`]}>
            {(p) => <input {...p} value={row.source} onChange={(e) => setRow(i, "source", e.target.value)} />}
          </Field>
          {targets.length > 1 && (
            <button type="button" onClick={() => setTargets((rows) => rows.filter((_, j) => j !== i))}>
              {t("target.remove", { n: i + 1 })}
            </button>
          )}
        </fieldset>
      ))}
      <p>
        <button type="button" onClick={() => setTargets((rows) => [...rows, { period: "", value: "", source: "" }])}>
          {t("target.add")}
        </button>
      </p>
      <Field
        id="tolerance"
        label={t("kpi.tolerancePlain")}
        error={errors["tolerance"]}
        hint={t("target.toleranceHint")}
      >
        {(p) => <input {...p} value={tolerance} onChange={(e) => setTolerance(e.target.value)} />}
      </Field>
      <Field
        id="justification"
        label={t("kpi.justification")}
        error={errors["justification"]}
        hint={t("target.justificationHint")}
      >
        {(p) => <textarea {...p} rows={3} value={justification} onChange={(e) => setJustification(e.target.value)} />}
      </Field>
      <FormStatus error={errors["form"]} notice={notice} testId="target-notice" />
      <div className="actions">
        <button type="button" className="primary" onClick={submit} aria-disabled={revise.isPending}>
          {t("target.save")}
        </button>
        <button type="button" onClick={() => setOpen(false)}>
          {t("common.close")}
        </button>
      </div>
    </form>
  );
}

/** The server's issue paths (`targets.0.period`, `baseline.value`) as this form's field ids. */
function fieldIds(fields: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(fields).map(([path, text]) => [
      path.replace(/^targets\.(\d+)\./, "target-$1-").replace(/^baseline\./, "baseline-"),
      text,
    ]),
  );
}
