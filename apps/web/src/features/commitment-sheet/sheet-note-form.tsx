import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useFocusFirstInvalid } from "../../lib/focus-invalid";
import { errorDetails, formText } from "../../lib/messages";
import { useTRPC } from "../../lib/trpc";
import { Field } from "../entry/field";

/** A social partner's comment or reservation on the commitment. */
export function SheetNoteForm({ code }: { code: string }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const add = useMutation(trpc.commitment.addNote.mutationOptions());
  const [error, setError] = useState<string | undefined>();

  const formRef = useFocusFirstInvalid(error);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (add.isPending) return;
    const form = event.currentTarget;
    const data = new FormData(form);
    const body = formText(data, "body").trim();
    if (!body) {
      setError(t("agenda.noteRequired"));
      return;
    }
    setError(undefined);
    add.mutate(
      { commitment: code, kind: formText(data, "kind") === "reservation" ? "reservation" : "comment", body },
      {
        onSuccess: () => {
          form.reset();
          void queryClient.invalidateQueries(trpc.commitment.sheet.queryFilter({ code }));
        },
        onError: (e) => setError(errorDetails(e).message),
      },
    );
  };

  return (
    <form ref={formRef} onSubmit={submit} noValidate className="entry-form" data-testid="sheet-note">
      <Field id="sn-kind" label={t("agenda.noteKind")}>
        {(p) => (
          <select {...p} name="kind" defaultValue="comment">
            <option value="comment">{t("notes.kind.comment")}</option>
            <option value="reservation">{t("notes.kind.reservation")}</option>
          </select>
        )}
      </Field>
      <Field id="sn-body" label={t("agenda.noteBody")} error={error}>
        {(p) => <textarea {...p} name="body" rows={3} />}
      </Field>
      <button type="submit" aria-disabled={add.isPending}>
        {t("agenda.postNote")}
      </button>
    </form>
  );
}
