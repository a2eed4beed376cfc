import type { ProposalDto } from "@boordtabel/api";
import { useMutation } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { FormStatus } from "../../components/form-status";
import { useFocusFirstInvalid } from "../../lib/focus-invalid";
import { errorDetails, formText } from "../../lib/messages";
import { useTRPC } from "../../lib/trpc";
import { Field } from "../entry/field";
import { STANCE_LABEL } from "./labels";
import { useProposalMutationDone } from "./use-proposal-done";

/** A reviewer's position on an open proposal. The form stays after saving, so focus stays on its
 *  button (aria-disabled while saving, never disabled) and the result is said in the form's status
 *  region, which is in the page before it speaks. */
export function PositionForm({ proposal, admin }: { proposal: ProposalDto; admin: boolean }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const done = useProposalMutationDone();
  const position = useMutation(trpc.proposal.position.mutationOptions());
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<string | null>(null);
  const form = useFocusFirstInvalid(errors);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (position.isPending) return;
    const data = new FormData(event.currentTarget);
    const stance = (formText(data, "stance") || "agree") as keyof typeof STANCE_LABEL;
    const body = formText(data, "body").trim();
    const organisation = formText(data, "organisation").trim();
    setNotice(null);
    if (stance !== "agree" && !body) return setErrors({ body: t("targetCycle.required") });
    setErrors({});
    position.mutate(
      { id: proposal.id, stance, ...(body ? { body } : {}), ...(organisation ? { organisation } : {}) },
      {
        onSuccess: () => {
          setNotice(t("targetCycle.positionSaved"));
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
    <section aria-labelledby="position-heading" className="panel">
      <h2 id="position-heading">{t("targetCycle.positionTitle")}</h2>
      <form ref={form} onSubmit={submit} noValidate className="entry-form" data-form="position">
        <fieldset className="field">
          <legend>{t("targetCycle.stance")}</legend>
          {(Object.keys(STANCE_LABEL) as (keyof typeof STANCE_LABEL)[]).map((stance, i) => (
            <label key={stance}>
              <input type="radio" name="stance" value={stance} defaultChecked={i === 0} /> {t(STANCE_LABEL[stance])}
            </label>
          ))}
        </fieldset>
        <Field id="position-body" label={t("targetCycle.reservationOrMotivation")} error={errors["body"]}>
          {(props) => <textarea {...props} name="body" rows={3} />}
        </Field>
        {admin && (
          <Field
            id="position-organisation"
            label={t("targetCycle.positionOrganisation")}
            error={errors["organisation"]}
          >
            {(props) => <input {...props} name="organisation" autoComplete="off" />}
          </Field>
        )}
        <FormStatus error={errors["form"]} />
        <p role="status" className={notice ? "success" : undefined} data-testid="position-notice">
          {notice}
        </p>
        <button type="submit" className="primary" aria-disabled={position.isPending}>
          {t("targetCycle.savePosition")}
        </button>
      </form>
    </section>
  );
}
