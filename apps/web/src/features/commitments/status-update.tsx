import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Dialog } from "../../components/dialog";
import { UpdateFields, useCommitmentUpdate, type ReportedStatus } from "./update-fields";

/** A dated status update of a commitment, with progress, a note and an evidence link; the
 *  earlier updates stay in the commitment's history. */
export function StatusUpdate({ code, status }: { code: string; status: ReportedStatus | "unknown" }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const { submit, errors, pending, formRef } = useCommitmentUpdate(code, () => {
    setOpen(false);
    void queryClient.invalidateQueries();
  });

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
      <form ref={formRef} onSubmit={submit} noValidate className="entry-form">
        <UpdateFields idPrefix={`su-${code}`} status={status} errors={errors} noteLabel={t("entry.comment")} />
        <button type="submit" className="primary" aria-disabled={pending}>
          {t("statusUpdate.save")}
        </button>
      </form>
    </Dialog>
  );
}
