import { isPeriod } from "@boordtabel/domain";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { FormStatus } from "../../components/form-status";
import { useFocusFirstInvalid } from "../../lib/focus-invalid";
import { errorDetails, formText, useMessage } from "../../lib/messages";
import { useTRPC } from "../../lib/trpc";
import { Field } from "../entry/field";
import { DEFAULT_PLAN } from "../../lib/default-plan";

/** A comment or a reservation on a KPI, optionally for one period. */
export function NoteForm() {
  const { t } = useTranslation();
  const message = useMessage();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const plans = useQuery(trpc.plan.list.queryOptions());
  const [plan, setPlan] = useState<string>(DEFAULT_PLAN);
  const overview = useQuery(trpc.plan.overview.queryOptions({ code: plan }));
  const create = useMutation(trpc.review.create.mutationOptions());
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<string | null>(null);
  const formRef = useFocusFirstInvalid(errors);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (create.isPending) return;
    const form = event.currentTarget;
    const data = new FormData(form);
    const kpi = formText(data, "kpi");
    const period = formText(data, "period").trim();
    const kind = (formText(data, "kind") || "comment") as "comment" | "reservation";
    const body = formText(data, "body").trim();
    const found: Record<string, string> = {};
    if (period && !isPeriod(period)) found["period"] = message("period.invalidFormat");
    if (!body) found["body"] = t("review.bodyRequired");
    setErrors(found);
    setNotice(null);
    if (Object.keys(found).length > 0) return;
    create.mutate(
      { kpi, kind, body, ...(period ? { period } : {}) },
      {
        onSuccess: () => {
          form.reset();
          setNotice(t(kind === "reservation" ? "review.reservationSaved" : "review.commentSaved"));
          void queryClient.invalidateQueries({ queryKey: trpc.review.queue.queryKey() });
        },
        onError: (e) => {
          const details = errorDetails(e);
          setErrors({ ...details.fields, form: details.message });
        },
      },
    );
  };

  return (
    <section aria-labelledby="note-heading" className="panel">
      <h2 id="note-heading">{t("review.noteTitle")}</h2>
      <form ref={formRef} onSubmit={submit} noValidate className="entry-form">
        <Field id="note-plan" label={t("commitments.plan")}>
          {(props) => (
            <select {...props} value={plan} onChange={(e) => setPlan(e.target.value)}>
              {(plans.data ?? [{ code: DEFAULT_PLAN }]).map((p) => (
                <option key={p.code}>{p.code}</option>
              ))}
            </select>
          )}
        </Field>
        <Field id="note-kpi" label={t("review.kpi")}>
          {(props) => (
            <select {...props} name="kpi">
              {(overview.data?.kpiStatuses ?? []).map((k) => (
                <option key={k.code}>{k.code}</option>
              ))}
            </select>
          )}
        </Field>
        <Field id="note-period" label={t("entry.period")} error={errors["period"]} hint={t("review.periodHint")}>
          {(props) => <input {...props} name="period" autoComplete="off" />}
        </Field>
        <fieldset className="field">
          <legend>{t("review.kind")}</legend>
          <label>
            <input type="radio" name="kind" value="comment" defaultChecked /> {t("notes.kind.comment")}
          </label>{" "}
          <label>
            <input type="radio" name="kind" value="reservation" /> {t("notes.kind.reservation")}
          </label>
        </fieldset>
        <Field id="note-body" label={t("review.body")} error={errors["body"]}>
          {(props) => <textarea {...props} name="body" rows={3} />}
        </Field>
        <FormStatus error={errors["form"]} notice={notice} />
        <button type="submit" className="primary" aria-disabled={create.isPending}>
          {t("review.save")}
        </button>
      </form>
    </section>
  );
}
