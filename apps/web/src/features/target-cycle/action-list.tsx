import type { CorrectiveActionDto } from "@boordtabel/api";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { FormStatus } from "../../components/form-status";
import { labelKey } from "../../i18n/keys";
import { dateText } from "../../lib/dates";
import { useFocusFirstInvalid } from "../../lib/focus-invalid";
import { errorDetails, formText } from "../../lib/messages";
import { useSession } from "../../lib/session";
import { useTRPC } from "../../lib/trpc";
import { useLanguage } from "../../lib/use-language";
import { Field } from "../entry/field";

/** Corrective actions with their follow-up; with `manage`, reviewers add follow-up and editors
 *  close an action with its outcome. */
export function ActionList({
  actions,
  manage = false,
  showKpi = true,
}: {
  actions: CorrectiveActionDto[];
  manage?: boolean;
  showKpi?: boolean;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (actions.length === 0) return <p>{t("targetCycle.noOpenActions")}</p>;
  return (
    <ul className="corrective-actions">
      {actions.map((a) => (
        <li key={a.id} data-action={a.id} className="panel">
          {showKpi && (
            <p>
              <Link to="/kpis/$code" params={{ code: a.kpi.code }}>
                {language === "nl" ? a.kpi.nameNl : a.kpi.nameEn}
              </Link>
              {a.series.key !== "total" && ` · ${language === "nl" ? a.series.labelNl : a.series.labelEn}`}
            </p>
          )}
          <p>
            <strong>{a.what}</strong>
          </p>
          <p>
            {t("targetCycle.actionLine", { who: a.who, date: dateText(a.dueDate) })} ·{" "}
            {t("targetCycle.statusAtOpen", { status: t(labelKey("status", a.statusAtOpen)) })}
          </p>
          <p>
            {t("targetCycle.expectedEffect")}: {a.expectedEffect}
          </p>
          {a.comments.length > 0 && (
            <>
              <p>{t("targetCycle.comments")}</p>
              <ul>
                {a.comments.map((c) => (
                  <li key={c.id} data-comment={c.id}>
                    {dateText(c.at.slice(0, 10))}
                    {c.author ? ` · ${c.author}` : ""}: {c.body}
                  </li>
                ))}
              </ul>
            </>
          )}
          {a.closedAt && a.outcome && (
            <p>
              {t("targetCycle.outcomeText")}: {a.outcome}
            </p>
          )}
          {manage && !a.closedAt && <ActionForms action={a} />}
        </li>
      ))}
    </ul>
  );
}

function ActionForms({ action }: { action: CorrectiveActionDto }) {
  const session = useSession();
  return (
    <>
      {session.canReview && <TextForm action={action} mode="comment" />}
      {session.canEnter && <TextForm action={action} mode="close" />}
    </>
  );
}

function TextForm({ action, mode }: { action: CorrectiveActionDto; mode: "comment" | "close" }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const comment = useMutation(trpc.correctiveAction.comment.mutationOptions());
  const close = useMutation(trpc.correctiveAction.close.mutationOptions());
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const id = `action-${action.id}-${mode}`;
  const formRef = useFocusFirstInvalid(error);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (comment.isPending || close.isPending) return;
    const form = event.currentTarget;
    const text = formText(new FormData(form), "text").trim();
    setNotice(null);
    if (!text) return setError(t("targetCycle.required"));
    setError(null);
    const options = {
      onSuccess: () => {
        form.reset();
        setNotice(t(mode === "comment" ? "targetCycle.commentSaved" : "targetCycle.closed"));
        void queryClient.invalidateQueries(trpc.correctiveAction.pathFilter());
      },
      onError: (e: unknown) => setError(errorDetails(e).message),
    };
    if (mode === "comment") comment.mutate({ id: action.id, body: text }, options);
    else close.mutate({ id: action.id, outcome: text }, options);
  };
  return (
    <form ref={formRef} onSubmit={submit} noValidate className="entry-form" data-form={mode}>
      <Field
        id={id}
        label={t(mode === "comment" ? "targetCycle.comment" : "targetCycle.outcomeText")}
        error={error ?? undefined}
      >
        {(props) => <textarea {...props} name="text" rows={2} />}
      </Field>
      <FormStatus notice={notice} />
      <button type="submit" aria-disabled={comment.isPending || close.isPending}>
        {t(mode === "comment" ? "targetCycle.addComment" : "targetCycle.closeAction")}
      </button>
    </form>
  );
}
