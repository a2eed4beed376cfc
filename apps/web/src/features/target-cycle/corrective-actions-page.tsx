import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { FormStatus } from "../../components/form-status";
import { StatusBadge } from "../../components/status-badge";
import { parseDayMonthYear } from "../../lib/dates";
import { useFocusFirstInvalid } from "../../lib/focus-invalid";
import { errorDetails, formText } from "../../lib/messages";
import { useSession } from "../../lib/session";
import { useTRPC } from "../../lib/trpc";
import { useLanguage } from "../../lib/use-language";
import { Field } from "../entry/field";
import { ActionList } from "./action-list";

type Needed = {
  kpi: { code: string; nameNl: string; nameEn: string };
  series: { key: string; labelNl: string; labelEn: string };
  status: string;
};

/** "Bijsturing nodig" (`/bijsturing`): the series that call for corrective action, where the
 *  steward records one, and the open actions, which reviewers follow up and stewards close. */
export function CorrectiveActionsPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const trpc = useTRPC();
  const session = useSession();
  const needed = useQuery(trpc.correctiveAction.needed.queryOptions({}));
  const open = useQuery(trpc.correctiveAction.list.queryOptions({}));
  const [chosen, setChosen] = useState<Needed | null>(null);
  return (
    <>
      <h1>{t("targetCycle.needed")}</h1>
      <p>{t("targetCycle.neededIntro")}</p>
      {needed.isError && <p role="alert">{needed.error.message}</p>}
      {(needed.data ?? []).length === 0 ? (
        needed.isSuccess && <p>{t("targetCycle.noneNeeded")}</p>
      ) : (
        <table className="data-table" data-testid="actions-needed">
          <caption className="visually-hidden">{t("targetCycle.needed")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("targetCycle.kpi")}</th>
              <th scope="col">{t("targetCycle.series")}</th>
              <th scope="col">{t("targetCycle.status")}</th>
              <th scope="col">{t("targetCycle.stewards")}</th>
              {session.canEnter && (
                <th scope="col">
                  <span className="visually-hidden">{t("targetCycle.recordAction")}</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {(needed.data ?? []).map((n) => (
              <tr key={`${n.kpi.code}|${n.series.key}`} data-needed={n.kpi.code}>
                <td>
                  <Link to="/kpis/$code" params={{ code: n.kpi.code }}>
                    {language === "nl" ? n.kpi.nameNl : n.kpi.nameEn}
                  </Link>
                </td>
                <td>{language === "nl" ? n.series.labelNl : n.series.labelEn}</td>
                <td>
                  <StatusBadge status={n.status} />
                </td>
                <td>{n.stewards.map((s) => s.code).join(", ")}</td>
                {session.canEnter && (
                  <td>
                    <button type="button" onClick={() => setChosen(n)}>
                      {t("targetCycle.recordAction")}
                    </button>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {chosen && <ActionForm needed={chosen} onDone={() => setChosen(null)} />}
      <h2>{t("targetCycle.openActions")}</h2>
      <ActionList actions={open.data ?? []} manage />
    </>
  );
}

function ActionForm({ needed, onDone }: { needed: Needed; onDone: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const create = useMutation(trpc.correctiveAction.open.mutationOptions());
  const [errors, setErrors] = useState<Record<string, string>>({});
  const formRef = useFocusFirstInvalid(errors);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (create.isPending) return;
    const data = new FormData(event.currentTarget);
    const what = formText(data, "what").trim();
    const who = formText(data, "who").trim();
    const dueDate = parseDayMonthYear(formText(data, "dueDate"));
    const expectedEffect = formText(data, "expectedEffect").trim();
    const found: Record<string, string> = {};
    if (!what) found["what"] = t("targetCycle.required");
    if (!who) found["who"] = t("targetCycle.required");
    if (!dueDate) found["dueDate"] = t("targetCycle.required");
    if (!expectedEffect) found["expectedEffect"] = t("targetCycle.required");
    setErrors(found);
    if (Object.keys(found).length > 0 || !dueDate) return;
    create.mutate(
      { kpi: needed.kpi.code, series: needed.series.key, what, who, dueDate, expectedEffect },
      {
        onSuccess: () => {
          void queryClient.invalidateQueries(trpc.correctiveAction.pathFilter());
          onDone();
        },
        onError: (e) => {
          const details = errorDetails(e);
          setErrors({ ...details.fields, form: details.message });
        },
      },
    );
  };
  const name = language === "nl" ? needed.kpi.nameNl : needed.kpi.nameEn;
  return (
    <section aria-labelledby="action-form-heading" className="panel">
      <h2 id="action-form-heading">{t("targetCycle.recordActionFor", { kpi: name })}</h2>
      <form ref={formRef} onSubmit={submit} noValidate className="entry-form" data-form="corrective-action">
        <Field id="action-what" label={t("targetCycle.what")} error={errors["what"]}>
          {(props) => <textarea {...props} name="what" rows={3} />}
        </Field>
        <Field id="action-who" label={t("targetCycle.who")} error={errors["who"]}>
          {(props) => <input {...props} name="who" autoComplete="off" />}
        </Field>
        <Field id="action-due" label={t("targetCycle.dueDate")} error={errors["dueDate"]} hint={t("asOf.placeholder")}>
          {(props) => <input {...props} name="dueDate" autoComplete="off" />}
        </Field>
        <Field id="action-effect" label={t("targetCycle.expectedEffect")} error={errors["expectedEffect"]}>
          {(props) => <textarea {...props} name="expectedEffect" rows={2} />}
        </Field>
        <FormStatus error={errors["form"]} />
        <button type="submit" className="primary" aria-disabled={create.isPending}>
          {t("targetCycle.recordAction")}
        </button>
      </form>
    </section>
  );
}
