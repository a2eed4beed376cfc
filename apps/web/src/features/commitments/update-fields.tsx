import { useMutation } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { safeUrl } from "../../components/source-link";
import { useFocusFirstInvalid } from "../../lib/focus-invalid";
import { errorDetails, formText } from "../../lib/messages";
import { useTRPC } from "../../lib/trpc";
import { Field } from "../entry/field";

const STATUSES = ["not_started", "in_progress", "done", "delayed", "dropped"] as const;
export type ReportedStatus = (typeof STATUSES)[number];

/** The one way to post a dated commitment update (the list's dialog and the action sheet):
 *  the form's fields checked here first, the server's refusals shown next to them. */
export function useCommitmentUpdate(code: string, onSaved: (form: HTMLFormElement) => void) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const update = useMutation(trpc.commitment.updateStatus.mutationOptions());
  const [errors, setErrors] = useState<Record<string, string>>({});
  const formRef = useFocusFirstInvalid(errors);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (update.isPending) return;
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
    if (Object.keys(found).length > 0) return;
    update.mutate(
      {
        code,
        date: formText(data, "date"),
        status: formText(data, "status") as ReportedStatus,
        ...(progress !== undefined ? { progress } : {}),
        ...(note ? { note } : {}),
        ...(evidenceUrl ? { evidenceUrl } : {}),
      },
      {
        onSuccess: () => onSaved(form),
        onError: (e) => {
          const details = errorDetails(e);
          setErrors({ ...details.fields, form: details.message });
        },
      },
    );
  };
  return { submit, errors, pending: update.isPending, formRef };
}

/** Date, status, progress, note and evidence link of a commitment update, and the form's error. */
export function UpdateFields({
  idPrefix,
  status,
  errors,
  noteLabel,
}: {
  idPrefix: string;
  status: ReportedStatus | "unknown";
  errors: Record<string, string>;
  noteLabel: string;
}) {
  const { t } = useTranslation();
  return (
    <>
      <Field id={`${idPrefix}-date`} label={t("statusUpdate.date")}>
        {(p) => <input {...p} name="date" type="date" required defaultValue={new Date().toISOString().slice(0, 10)} />}
      </Field>
      <Field id={`${idPrefix}-status`} label={t("commitments.status")}>
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
      <Field id={`${idPrefix}-progress`} label={t("statusUpdate.progress")} error={errors["progress"]}>
        {(p) => <input {...p} name="progress" inputMode="numeric" />}
      </Field>
      <Field id={`${idPrefix}-note`} label={noteLabel} error={errors["note"]}>
        {(p) => <textarea {...p} name="note" rows={3} />}
      </Field>
      <Field
        id={`${idPrefix}-evidence`}
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
    </>
  );
}
