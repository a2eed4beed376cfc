import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../lib/trpc";
import { UpdateFields, useCommitmentUpdate, type ReportedStatus } from "../commitments/update-fields";

/** An editor's dated update of a commitment: status, progress, a note and a link to the
 *  evidence. The sheet, the plan page and the lists show it once saved. */
export function SheetUpdateForm({ code, status }: { code: string; status: ReportedStatus | "unknown" }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [saved, setSaved] = useState(false);
  const { submit, errors, pending, formRef } = useCommitmentUpdate(code, (form) => {
    form.reset();
    setSaved(true);
    void queryClient.invalidateQueries(trpc.commitment.pathFilter());
    void queryClient.invalidateQueries(trpc.plan.pathFilter());
  });

  return (
    <section aria-labelledby="sheet-update-heading" className="panel">
      <h2 id="sheet-update-heading">{t("agenda.postUpdate")}</h2>
      <form
        ref={formRef}
        onSubmit={(event) => {
          setSaved(false);
          submit(event);
        }}
        noValidate
        className="entry-form"
        data-testid="sheet-update"
      >
        <UpdateFields idPrefix="su" status={status} errors={errors} noteLabel={t("agenda.note")} />
        <button type="submit" className="primary" aria-disabled={pending}>
          {t("statusUpdate.save")}
        </button>
        <p role="status">{saved ? t("agenda.saved") : ""}</p>
      </form>
    </section>
  );
}
