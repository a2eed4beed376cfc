import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Dialog } from "../../components/dialog";
import { errorDetails, formText } from "../../lib/messages";
import { useTRPC } from "../../lib/trpc";
import { Field } from "../entry/field";

const STATUSES = ["not_started", "in_progress", "done", "delayed", "dropped"] as const;
type Status = (typeof STATUSES)[number];

/** A dated status update of a commitment, with progress and a note; the earlier updates stay in
 *  the commitment's history. */
export function StatusUpdate({ code, status }: { code: string; status: Status | "unknown" }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const update = useMutation(trpc.commitment.updateStatus.mutationOptions());
  const [open, setOpen] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const progressText = formText(data, "progress").trim();
    const progress = progressText === "" ? undefined : Number(progressText);
    const found: Record<string, string> = {};
    if (progress !== undefined && !(Number.isInteger(progress) && progress >= 0 && progress <= 100))
      found["progress"] = t("statusUpdate.progressInvalid");
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    update.mutate(
      {
        code,
        date: formText(data, "date"),
        status: formText(data, "status") as Status,
        ...(progress !== undefined ? { progress } : {}),
        ...(formText(data, "note").trim() ? { note: formText(data, "note").trim() } : {}),
      },
      {
        onSuccess: () => {
          setOpen(false);
          void queryClient.invalidateQueries();
        },
        onError: (e) => {
          const details = errorDetails(e);
          setErrors({ ...details.fields, form: details.message });
        },
      },
    );
  };

  return (
    <Dialog
      open={open}
      onOpenChange={setOpen}
      title={t("statusUpdate.title", { code })}
      trigger={
        <button type="button" className="link-button" aria-label={t("statusUpdate.open", { code })}>
          {t("statusUpdate.button")}
        </button>
      }
    >
      <form onSubmit={submit} noValidate className="entry-form">
        <Field id={`su-date-${code}`} label={t("statusUpdate.date")}>
          {(p) => (
            <input {...p} name="date" type="date" required defaultValue={new Date().toISOString().slice(0, 10)} />
          )}
        </Field>
        <Field id={`su-status-${code}`} label={t("commitments.status")}>
          {(p) => (
            <select {...p} name="status" defaultValue={status}>
              {STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`commitmentStatus.${s}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id={`su-progress-${code}`} label={t("statusUpdate.progress")} error={errors["progress"]}>
          {(p) => <input {...p} name="progress" inputMode="numeric" />}
        </Field>
        <Field id={`su-note-${code}`} label={t("entry.comment")} error={errors["note"]}>
          {(p) => <textarea {...p} name="note" rows={3} />}
        </Field>
        {errors["form"] && (
          <p role="alert" className="field-error">
            {errors["form"]}
          </p>
        )}
        <button type="submit" className="primary" disabled={update.isPending}>
          {t("statusUpdate.save")}
        </button>
      </form>
    </Dialog>
  );
}
