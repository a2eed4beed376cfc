import type { CommitmentSheet } from "@boordtabel/api";
import { useQuery } from "@tanstack/react-query";
import { Link, useParams } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { QueryState } from "../../components/query-state";
import { StatusBadge } from "../../components/status-badge";
import { dateText } from "../../lib/dates";
import { useSession } from "../../lib/session";
import { useTRPC } from "../../lib/trpc";
import { useLanguage } from "../../lib/use-language";
import { OrganisationLinks } from "../../components/organisation-link";
import { Localized } from "../../components/localized";
import { SheetHistory, SheetNotes } from "./sheet-history";
import { SheetNoteForm } from "./sheet-note-form";
import { SheetUpdateForm } from "./sheet-update-form";
import { useDocumentSubject } from "../../lib/announce";
import "./agenda.css";

/** The action sheet of one commitment: what it says and where, who carries it, by when, how far
 *  it got and what the social partners say about it; editors post updates here. */
export function CommitmentSheetPage() {
  const { code } = useParams({ from: "/commitments/$code" });
  const trpc = useTRPC();
  const sheet = useQuery(trpc.commitment.sheet.queryOptions({ code }));
  return <QueryState query={sheet}>{(data) => <Sheet sheet={data} />}</QueryState>;
}

function Sheet({ sheet }: { sheet: CommitmentSheet }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const session = useSession();
  const role = (r: string) =>
    sheet.actors.filter((a) => a.role === r).map((a) => ({ code: a.organisation, label: a.label }));
  useDocumentSubject(`${sheet.code} ${sheet.title[language]}`);
  const others = sheet.actors.filter((a) => a.role !== "responsible" && a.role !== "partner");
  return (
    <article className="commitment-sheet" data-commitment={sheet.code}>
      <p>
        <Link to="/plans/$code" params={{ code: sheet.plan.code }}>
          {sheet.plan.title[language]}
        </Link>
        {" › "}
        {sheet.node.number && `${sheet.node.number} `}
        {sheet.node.title[language]}
      </p>
      <h1>
        <span className="commitment-code">{sheet.code}</span> {sheet.title[language]}
      </h1>
      <dl className="sheet-facts">
        <dt>{t("commitments.status")}</dt>
        <dd data-testid="sheet-status">
          <span className={`commitment-status commitment-status-${sheet.status}`}>
            {t(`commitmentStatus.${sheet.status}`)}
          </span>
          {sheet.progress !== null && ` · ${sheet.progress} %`}
          {sheet.late && <strong className="late"> · {t("agenda.late")}</strong>}
        </dd>
        <dt>{t("agenda.kind")}</dt>
        <dd>{t(`agenda.kinds.${sheet.kind as "agenda_item"}`, { defaultValue: sheet.kind })}</dd>
        <dt>{t("agenda.organisations")}</dt>
        <dd>
          <ActorLinks responsible={role("responsible")} partners={role("partner")} />
          {others.map((a) => (
            <span key={`${a.role}-${a.label}`} className="muted">
              <br />
              {t(`agenda.roles.${a.role as "overseeing"}`)}:{" "}
              <OrganisationLinks organisations={[{ code: a.organisation, label: a.label }]} />
            </span>
          ))}
        </dd>
        <dt>{t("agenda.startDate")}</dt>
        <dd>{sheet.startDate ? dateText(sheet.startDate) : "–"}</dd>
        <dt>{t("agenda.deadline")}</dt>
        <dd>{sheet.deadline ? dateText(sheet.deadline) : <Localized value={sheet.timeFrame} />}</dd>
      </dl>
      {sheet.description && (
        <p>
          <Localized value={sheet.description} />
        </p>
      )}
      <section aria-labelledby="sheet-source-heading">
        <h2 id="sheet-source-heading">{t("agenda.source")}</h2>
        {sheet.evidence.length === 0 ? (
          <p className="muted">{t("agenda.noSource")}</p>
        ) : (
          sheet.evidence.map((e) => (
            <figure key={`${e.file}-${e.lines}`} className="source-passage">
              <blockquote>{e.quote}</blockquote>
              <figcaption className="muted">{t("agenda.sourceLines", { file: e.file, lines: e.lines })}</figcaption>
            </figure>
          ))
        )}
      </section>
      <div className="sheet-columns">
        <section aria-labelledby="sheet-milestones-heading">
          <h2 id="sheet-milestones-heading">{t("agenda.milestones")}</h2>
          {sheet.milestones.length === 0 ? (
            <p className="muted">{t("agenda.noMilestones")}</p>
          ) : (
            <ul>
              {sheet.milestones.map((m) => (
                <li key={m.id}>
                  {m.title[language]}
                  {m.dueDate && ` · ${t("agenda.due", { date: dateText(m.dueDate) })}`}
                  {m.doneAt && ` · ${t("agenda.doneAt", { date: dateText(m.doneAt) })}`}
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="sheet-kpis-heading">
          <h2 id="sheet-kpis-heading">{t("agenda.kpis")}</h2>
          {sheet.kpis.length === 0 ? (
            <p className="muted">{t("agenda.noKpis")}</p>
          ) : (
            <ul>
              {sheet.kpis.map((k) => (
                <li key={k.code} data-kpi={k.code}>
                  <Link to="/kpis/$code" params={{ code: k.code }}>
                    {k.name[language]}
                  </Link>{" "}
                  {k.status && <StatusBadge status={k.status} />}
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
      <SheetHistory history={sheet.history} />
      {session.canEnter && <SheetUpdateForm code={sheet.code} status={sheet.status} />}
      <SheetNotes notes={sheet.notes}>{session.canReview && <SheetNoteForm code={sheet.code} />}</SheetNotes>
    </article>
  );
}

type Actor = { code: string; label: string };

/** The responsible organisations and the partners, each linked to its organisation page. */
function ActorLinks({ responsible, partners }: { responsible: Actor[]; partners: Actor[] }) {
  const { t } = useTranslation();
  if (responsible.length === 0 && partners.length === 0) return <span className="muted">{t("agenda.noActor")}</span>;
  return (
    <>
      {responsible.length > 0 && <OrganisationLinks organisations={responsible} />}
      {responsible.length > 0 && partners.length > 0 && <br />}
      {partners.length > 0 && (
        <span className="muted">
          {t("agenda.partners")}: <OrganisationLinks organisations={partners} />
        </span>
      )}
    </>
  );
}
