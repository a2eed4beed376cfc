import type { ProposalDto } from "@boordtabel/api";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Link, useParams } from "@tanstack/react-router";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { FormStatus } from "../../components/form-status";
import { QueryState } from "../../components/query-state";
import { parseDayMonthYear } from "../../lib/dates";
import { errorDetails, formText } from "../../lib/messages";
import { useSession } from "../../lib/session";
import { useTRPC } from "../../lib/trpc";
import { useLanguage } from "../../lib/use-language";
import { Field } from "../entry/field";
import { STANCE_LABEL, STATE_LABEL } from "./labels";
import { ProposalSummary } from "./proposal-summary";

/** One proposal (`/voorstellen/:id`): the summary per organisation, the reviewer's position form
 *  and, while it is open, the admin's decision form. */
export function ProposalPage() {
  const { id } = useParams({ from: "/voorstellen/$id" });
  const trpc = useTRPC();
  const proposal = useQuery(trpc.proposal.detail.queryOptions({ id: Number(id) }));
  return <QueryState query={proposal}>{(data) => <ProposalView proposal={data} />}</QueryState>;
}

function ProposalView({ proposal }: { proposal: ProposalDto }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const session = useSession();
  const name = language === "nl" ? proposal.kpi.nameNl : proposal.kpi.nameEn;
  return (
    <>
      <p className="back-link">
        <Link to="/kpis/$code" params={{ code: proposal.kpi.code }}>
          ← {name}
        </Link>
      </p>
      <h1>{t("targetCycle.proposalTitle", { kpi: name })}</h1>
      <ProposalSummary proposal={proposal} />
      {proposal.state === "open" && session.canReview && <PositionForm proposal={proposal} admin={session.isAdmin} />}
      {proposal.state === "open" && session.isAdmin && <DecisionForm proposal={proposal} />}
    </>
  );
}

function useProposalMutationDone() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries(trpc.proposal.pathFilter());
    void queryClient.invalidateQueries(trpc.kpi.pathFilter());
  };
}

function PositionForm({ proposal, admin }: { proposal: ProposalDto; admin: boolean }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const done = useProposalMutationDone();
  const position = useMutation(trpc.proposal.position.mutationOptions());
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<string | null>(null);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
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
      <form onSubmit={submit} noValidate className="entry-form" data-form="position">
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
        <FormStatus error={errors["form"]} notice={notice} />
        <button type="submit" className="primary" disabled={position.isPending}>
          {t("targetCycle.savePosition")}
        </button>
      </form>
    </section>
  );
}

const OUTCOMES = ["adopted", "adoptedAmended", "rejected"] as const;

/** "2027=3" per line → targets; null when a line does not read. */
function amendedTargets(text: string): { period: string; value: number; kind: "target" }[] | null {
  const lines = text
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);
  const targets = lines.map((line) => {
    const [period, value] = line.split("=").map((s) => s.trim());
    const n = Number((value ?? "").replace(",", "."));
    return period && value && Number.isFinite(n) ? { period, value: n, kind: "target" as const } : null;
  });
  return targets.length > 0 && targets.every(Boolean)
    ? (targets as { period: string; value: number; kind: "target" }[])
    : null;
}

function DecisionForm({ proposal }: { proposal: ProposalDto }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const done = useProposalMutationDone();
  const decide = useMutation(trpc.proposal.decide.mutationOptions());
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<string | null>(null);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const outcome = (formText(data, "outcome") || "adopted") as (typeof OUTCOMES)[number];
    const decisionDate = parseDayMonthYear(formText(data, "decisionDate"));
    const reference = formText(data, "reference").trim();
    const note = formText(data, "note").trim();
    const targets = outcome === "adoptedAmended" ? amendedTargets(formText(data, "targets")) : undefined;
    const found: Record<string, string> = {};
    if (!decisionDate) found["decisionDate"] = t("targetCycle.required");
    if (!reference) found["reference"] = t("targetCycle.required");
    if (targets === null) found["targets"] = t("targetCycle.required");
    setErrors(found);
    setNotice(null);
    if (Object.keys(found).length > 0 || !decisionDate) return;
    decide.mutate(
      {
        id: proposal.id,
        outcome,
        decisionDate,
        reference,
        ...(note ? { note } : {}),
        ...(targets ? { targets } : {}),
      },
      {
        onSuccess: () => {
          setNotice(t("targetCycle.decisionSaved"));
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
    <section aria-labelledby="decision-heading" className="panel">
      <h2 id="decision-heading">{t("targetCycle.decisionTitle")}</h2>
      <form onSubmit={submit} noValidate className="entry-form" data-form="decision">
        <fieldset className="field">
          <legend>{t("targetCycle.outcome")}</legend>
          {OUTCOMES.map((outcome, i) => (
            <label key={outcome}>
              <input type="radio" name="outcome" value={outcome} defaultChecked={i === 0} /> {t(STATE_LABEL[outcome])}
            </label>
          ))}
        </fieldset>
        <Field
          id="decision-date"
          label={t("targetCycle.decisionDate")}
          error={errors["decisionDate"]}
          hint={t("asOf.placeholder")}
        >
          {(props) => <input {...props} name="decisionDate" autoComplete="off" />}
        </Field>
        <Field
          id="decision-reference"
          label={t("targetCycle.reference")}
          error={errors["reference"]}
          hint={t("targetCycle.referenceHint")}
        >
          {(props) => <input {...props} name="reference" autoComplete="off" />}
        </Field>
        <Field id="decision-note" label={t("targetCycle.decisionNote")}>
          {(props) => <textarea {...props} name="note" rows={2} />}
        </Field>
        <Field id="decision-targets" label={t("targetCycle.amendedTargets")} error={errors["targets"]}>
          {(props) => <textarea {...props} name="targets" rows={2} />}
        </Field>
        <FormStatus error={errors["form"]} notice={notice} />
        <button type="submit" className="primary" disabled={decide.isPending}>
          {t("targetCycle.saveDecision")}
        </button>
      </form>
    </section>
  );
}
