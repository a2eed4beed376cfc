import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { safeUrl } from "../../components/source-link";
import { errorDetails, formText } from "../../lib/messages";
import { useTRPC } from "../../lib/trpc";
import { Field } from "../entry/field";

const STATUSES = ["not_started", "in_progress", "done", "delayed", "dropped"] as const;
type Status = (typeof STATUSES)[number];

/** An editor's dated update of a commitment: status, progress, a note and a link to the
 *  evidence. The sheet, the plan page and the lists show it once saved. */
export function SheetUpdateForm({ code, status }: { code: string; status: Status | "unknown" }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const update = useMutation(trpc.commitment.updateStatus.mutationOptions());
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const progressText = formText(data, "progress").trim();
    const progress = progressText === "" ? undefined : Number(progressText);
    const note = formText(data, "note").trim();
    const evidenceUrl = formText(data, "evidenceUrl").trim();
    const found: Record<string, string> = {};
    if (progress !== undefined && !(Number.isInteger(progress) && progress >= 0 && progress <= 100))
      found["progress"] = t("statusUpdate.progressInvalid");
    if (evidenceUrl && !safeUrl(evidenceUrl)) found["evidenceUrl"] = t("agenda.evidenceInvalid");
    setErrors(found);
    setSaved(false);
    if (Object.keys(found).length > 0) return;
    update.mutate(
      {
        code,
        date: formText(data, "date"),
        status: formText(data, "status") as Status,
        ...(progress !== undefined ? { progress } : {}),
        ...(note ? { note } : {}),
        ...(evidenceUrl ? { evidenceUrl } : {}),
      },
      {
        onSuccess: () => {
          form.reset();
          setSaved(true);
          void queryClient.invalidateQueries(trpc.commitment.pathFilter());
          void queryClient.invalidateQueries(trpc.plan.pathFilter());
        },
        onError: (e) => {
          const details = errorDetails(e);
          setErrors({ ...details.fields, form: details.message });
        },
      },
    );
  };

  return (
    <section aria-labelledby="sheet-update-heading" className="panel">
      <h2 id="sheet-update-heading">{t("agenda.postUpdate")}</h2>
      <form onSubmit={submit} noValidate className="entry-form" data-testid="sheet-update">
        <Field id="su-date" label={t("statusUpdate.date")}>
          {(p) => (
            <input {...p} name="date" type="date" required defaultValue={new Date().toISOString().slice(0, 10)} />
          )}
        </Field>
        <Field id="su-status" label={t("commitments.status")}>
          {(p) => (
            <select {...p} name="status" defaultValue={status === "unknown" ? "in_progress" : status}>
              {STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`commitmentStatus.${s}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="su-progress" label={t("statusUpdate.progress")} error={errors["progress"]}>
          {(p) => <input {...p} name="progress" inputMode="numeric" />}
        </Field>
        <Field id="su-note" label={t("agenda.note")} error={errors["note"]}>
          {(p) => <textarea {...p} name="note" rows={3} />}
        </Field>
        <Field
          id="su-evidence"
          label={t("agenda.evidenceUrl")}
          error={errors["evidenceUrl"]}
          hint={t("agenda.evidenceHint")}
        >
          {(p) => <input {...p} name="evidenceUrl" type="url" inputMode="url" />}
        </Field>
        {errors["form"] && (
          <p role="alert" className="field-error">
            {errors["form"]}
          </p>
        )}
        <button type="submit" className="primary" disabled={update.isPending}>
          {t("statusUpdate.save")}
        </button>
        <p role="status">{saved ? t("agenda.saved") : ""}</p>
      </form>
    </section>
  );
}
