import type { ProposalDto } from "@boordtabel/api";
import { useMutation } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { FormStatus } from "../../components/form-status";
import { parseDayMonthYear } from "../../lib/dates";
import { useFocusFirstInvalid } from "../../lib/focus-invalid";
import { errorDetails, formText } from "../../lib/messages";
import { useTRPC } from "../../lib/trpc";
import { Field } from "../entry/field";
import { STATE_LABEL } from "./labels";
import { useProposalMutationDone } from "./use-proposal-done";

const OUTCOMES = ["adopted", "adoptedAmended", "rejected"] as const;

/** "2027=3" per line → targets; null when a line does not read. */
function amendedTargets(text: string): { period: string; value: number; kind: "target" }[] | null {
  const lines = text
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);
  const targets = lines.map((line) => {
    const [period, value] = line.split("=").map((s) => s.trim());
    const n = Number((value ?? "").replace(",", "."));
    return period && value && Number.isFinite(n) ? { period, value: n, kind: "target" as const } : null;
  });
  return targets.length > 0 && targets.every(Boolean)
    ? (targets as { period: string; value: number; kind: "target" }[])
    : null;
}

/** The admin's decision on an open proposal. A decided proposal has no forms any more, so the
 *  page says the result and takes focus (`onDecided`) before this form leaves. */
export function DecisionForm({ proposal, onDecided }: { proposal: ProposalDto; onDecided: (text: string) => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const done = useProposalMutationDone();
  const decide = useMutation(trpc.proposal.decide.mutationOptions());
  const [errors, setErrors] = useState<Record<string, string>>({});
  const form = useFocusFirstInvalid(errors);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (decide.isPending) return;
    const data = new FormData(event.currentTarget);
    const outcome = (formText(data, "outcome") || "adopted") as (typeof OUTCOMES)[number];
    const decisionDate = parseDayMonthYear(formText(data, "decisionDate"));
    const reference = formText(data, "reference").trim();
    const note = formText(data, "note").trim();
    const targets = outcome === "adoptedAmended" ? amendedTargets(formText(data, "targets")) : undefined;
    const found: Record<string, string> = {};
    if (!decisionDate) found["decisionDate"] = t("targetCycle.required");
    if (!reference) found["reference"] = t("targetCycle.required");
    if (targets === null) found["targets"] = t("targetCycle.required");
    setErrors(found);
    if (Object.keys(found).length > 0 || !decisionDate) return;
    decide.mutate(
      {
        id: proposal.id,
        outcome,
        decisionDate,
        reference,
        ...(note ? { note } : {}),
        ...(targets ? { targets } : {}),
      },
      {
        onSuccess: () => {
          onDecided(t("targetCycle.decisionSaved"));
          done();
        },
        onError: (e) => {
          const details = errorDetails(e);
          setErrors({ ...details.fields, form: details.message });
        },
      },
    );
  };
  return (
    <section aria-labelledby="decision-heading" className="panel">
      <h2 id="decision-heading">{t("targetCycle.decisionTitle")}</h2>
      <form ref={form} onSubmit={submit} noValidate className="entry-form" data-form="decision">
        <fieldset className="field">
          <legend>{t("targetCycle.outcome")}</legend>
          {OUTCOMES.map((outcome, i) => (
            <label key={outcome}>
              <input type="radio" name="outcome" value={outcome} defaultChecked={i === 0} /> {t(STATE_LABEL[outcome])}
            </label>
          ))}
        </fieldset>
        <Field
          id="decision-date"
          label={t("targetCycle.decisionDate")}
          error={errors["decisionDate"]}
          hint={t("asOf.placeholder")}
        >
          {(props) => <input {...props} name="decisionDate" autoComplete="off" />}
        </Field>
        <Field
          id="decision-reference"
          label={t("targetCycle.reference")}
          error={errors["reference"]}
          hint={t("targetCycle.referenceHint")}
        >
          {(props) => <input {...props} name="reference" autoComplete="off" />}
        </Field>
        <Field id="decision-note" label={t("targetCycle.decisionNote")}>
          {(props) => <textarea {...props} name="note" rows={2} />}
        </Field>
        <Field id="decision-targets" label={t("targetCycle.amendedTargets")} error={errors["targets"]}>
          {(props) => <textarea {...props} name="targets" rows={2} />}
        </Field>
        <FormStatus error={errors["form"]} />
        <button type="submit" className="primary" aria-disabled={decide.isPending}>
          {t("targetCycle.saveDecision")}
        </button>
      </form>
    </section>
  );
}
