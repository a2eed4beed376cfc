import { isPeriod } from "@boordtabel/domain";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Link, useNavigate, useParams } from "@tanstack/react-router";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { FormStatus } from "../../components/form-status";
import { QueryState } from "../../components/query-state";
import { useFocusFirstInvalid } from "../../lib/focus-invalid";
import { errorDetails, formText, useMessage } from "../../lib/messages";
import { useTRPC } from "../../lib/trpc";
import { useLanguage } from "../../lib/use-language";
import { Field } from "../entry/field";
import { KIND_LABEL } from "./labels";

type Kind = "target" | "milestone" | "indicative";
const KINDS: Kind[] = ["target", "milestone", "indicative"];
const number = (text: string): number | null => {
  const n = Number(text.trim().replace(",", "."));
  return text.trim() === "" || !Number.isFinite(n) ? null : n;
};

/** An editor proposes a target path for a KPI series (`/kpis/:code/voorstel`). */
export function ProposalFormPage() {
  const { code } = useParams({ from: "/kpis/$code/voorstel" });
  const trpc = useTRPC();
  const detail = useQuery(trpc.kpi.detail.queryOptions({ code }));
  return <QueryState query={detail}>{(data) => <ProposalForm code={code} detail={data} />}</QueryState>;
}

function ProposalForm({
  code,
  detail,
}: {
  code: string;
  detail: {
    kpi: { name: { nl: string; en: string } };
    series: { key: string; label: { nl: string; en: string } }[];
    selectedSeries: string;
  };
}) {
  const { t } = useTranslation();
  const message = useMessage();
  const language = useLanguage();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const create = useMutation(trpc.proposal.create.mutationOptions());
  const [rows, setRows] = useState<number[]>([1]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const name = detail.kpi.name[language];
  const formRef = useFocusFirstInvalid(errors);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (create.isPending) return;
    const data = new FormData(event.currentTarget);
    const found: Record<string, string> = {};
    const targets = rows.map((row, i) => {
      const period = formText(data, `period-${row}`).trim();
      const value = number(formText(data, `value-${row}`));
      if (!isPeriod(period)) found[`targets.${i}.period`] = message("period.invalidFormat");
      if (value === null) found[`targets.${i}.value`] = t("targetCycle.required");
      return { period, value: value ?? 0, kind: (formText(data, `kind-${row}`) || "target") as Kind };
    });
    const baselinePeriod = formText(data, "baselinePeriod").trim();
    const baselineValue = number(formText(data, "baselineValue"));
    if (baselinePeriod && !isPeriod(baselinePeriod)) found["baseline.period"] = message("period.invalidFormat");
    if (baselinePeriod && baselineValue === null) found["baseline.value"] = t("targetCycle.required");
    const justification = formText(data, "justification").trim();
    if (!justification) found["justification"] = t("targetCycle.required");
    const tolerance = number(formText(data, "tolerance"));
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const capacity = formText(data, "capacity").trim();
    const budget = formText(data, "budget").trim();
    create.mutate(
      {
        kpi: code,
        series: formText(data, "series") || "total",
        targets,
        interpolation: "linear",
        justification,
        ...(baselinePeriod && baselineValue !== null
          ? { baseline: { period: baselinePeriod, value: baselineValue } }
          : {}),
        ...(tolerance !== null ? { tolerance } : {}),
        ...(capacity ? { capacityAssumption: capacity } : {}),
        ...(budget ? { budgetAssumption: budget } : {}),
      },
      {
        onSuccess: (proposal) => {
          void queryClient.invalidateQueries(trpc.proposal.pathFilter());
          void navigate({ to: "/voorstellen/$id", params: { id: String(proposal.id) } });
        },
        onError: (e) => {
          const details = errorDetails(e);
          setErrors({ ...details.fields, form: details.message });
        },
      },
    );
  };

  return (
    <>
      <p className="back-link">
        <Link to="/kpis/$code" params={{ code }}>
          ← {name}
        </Link>
      </p>
      <h1>{t("targetCycle.proposeTitle", { kpi: name })}</h1>
      <form ref={formRef} onSubmit={submit} noValidate className="entry-form">
        {detail.series.length > 1 && (
          <Field id="proposal-series" label={t("targetCycle.series")}>
            {(props) => (
              <select {...props} name="series" defaultValue={detail.selectedSeries}>
                {detail.series.map((s) => (
                  <option key={s.key} value={s.key}>
                    {s.label[language]}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
        <Field id="proposal-baseline-period" label={t("targetCycle.baselinePeriod")} error={errors["baseline.period"]}>
          {(props) => <input {...props} name="baselinePeriod" autoComplete="off" />}
        </Field>
        <Field id="proposal-baseline-value" label={t("targetCycle.baselineValue")} error={errors["baseline.value"]}>
          {(props) => <input {...props} name="baselineValue" inputMode="decimal" autoComplete="off" />}
        </Field>
        <fieldset>
          <legend>{t("targetCycle.targets")}</legend>
          {rows.map((row, i) => (
            <fieldset key={row} className="proposal-target-row">
              <legend>{t("targetCycle.targetRow", { n: i + 1 })}</legend>
              <Field
                id={`proposal-period-${row}`}
                label={t("targetCycle.period")}
                error={errors[`targets.${i}.period`]}
              >
                {(props) => <input {...props} name={`period-${row}`} autoComplete="off" />}
              </Field>
              <Field id={`proposal-value-${row}`} label={t("targetCycle.value")} error={errors[`targets.${i}.value`]}>
                {(props) => <input {...props} name={`value-${row}`} inputMode="decimal" autoComplete="off" />}
              </Field>
              <Field id={`proposal-kind-${row}`} label={t("targetCycle.kind")}>
                {(props) => (
                  <select {...props} name={`kind-${row}`} defaultValue="target">
                    {KINDS.map((k) => (
                      <option key={k} value={k}>
                        {t(KIND_LABEL[k])}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              {rows.length > 1 && (
                <button type="button" onClick={() => setRows(rows.filter((r) => r !== row))}>
                  {t("targetCycle.removeTarget", { n: i + 1 })}
                </button>
              )}
            </fieldset>
          ))}
          <button type="button" onClick={() => setRows([...rows, Math.max(...rows) + 1])}>
            {t("targetCycle.addTarget")}
          </button>
        </fieldset>
        <Field id="proposal-tolerance" label={t("targetCycle.tolerance")} error={errors["tolerance"]}>
          {(props) => <input {...props} name="tolerance" inputMode="decimal" autoComplete="off" />}
        </Field>
        <Field id="proposal-justification" label={t("targetCycle.justification")} error={errors["justification"]}>
          {(props) => <textarea {...props} name="justification" rows={3} />}
        </Field>
        <Field id="proposal-capacity" label={t("targetCycle.capacity")}>
          {(props) => <textarea {...props} name="capacity" rows={2} />}
        </Field>
        <Field id="proposal-budget" label={t("targetCycle.budget")}>
          {(props) => <textarea {...props} name="budget" rows={2} />}
        </Field>
        <FormStatus error={errors["form"]} />
        <button type="submit" className="primary" aria-disabled={create.isPending}>
          {t("targetCycle.submitProposal")}
        </button>
      </form>
    </>
  );
}
