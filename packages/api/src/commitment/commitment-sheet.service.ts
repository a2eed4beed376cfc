import { DomainError, isLate } from "@boordtabel/domain";
import type { Db } from "@boordtabel/db";
import { bilingual, optionalBilingual } from "../dto.js";
import { loadStoredVerdicts } from "../kpi/stored-verdicts.js";
import type { CommitmentStatusValue } from "./commitment.service.js";

const day = (d: Date | null) => d?.toISOString().slice(0, 10) ?? null;

const text = (v: unknown) => (typeof v === "string" || typeof v === "number" ? String(v) : "");

/** Where the commitment is written down: document, lines and the quoted passage. */
function evidenceOf(value: unknown) {
  if (!Array.isArray(value)) return [];
  return (value as Record<string, unknown>[]).map((e) => ({
    file: text(e["file"]),
    lines: text(e["lines"]),
    quote: text(e["quote"]),
  }));
}

/** Everything the action sheet of one commitment shows: the text and its source passage, who
 *  carries it, its dates and milestones, the linked KPIs with their verdict, the dated status
 *  and progress history, and the social partners' comments and reservations. */
export async function commitmentSheet(db: Db, input: { code: string; today?: string }) {
  const today = input.today ?? new Date().toISOString().slice(0, 10);
  const c = await db.commitment.findUnique({
    where: { code: input.code },
    select: {
      code: true,
      numberInDocument: true,
      titleNl: true,
      titleEn: true,
      descriptionNl: true,
      descriptionEn: true,
      timeFrameNl: true,
      timeFrameEn: true,
      kind: true,
      status: true,
      progress: true,
      startDate: true,
      deadline: true,
      actorNote: true,
      note: true,
      evidence: true,
      plan: { select: { code: true, titleNl: true, titleEn: true, shortTitleNl: true, shortTitleEn: true } },
      node: { select: { code: true, number: true, titleNl: true, titleEn: true } },
      actors: {
        orderBy: { id: "asc" },
        select: { role: true, labelAsWritten: true, organisation: { select: { code: true } } },
      },
      milestones: {
        orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
        select: { id: true, titleNl: true, titleEn: true, dueDate: true, doneAt: true },
      },
      kpiLinks: {
        select: {
          kpi: {
            select: {
              code: true,
              nameNl: true,
              nameEn: true,
              series: { where: { isHeadline: true }, select: { id: true } },
            },
          },
        },
      },
      statusUpdates: {
        orderBy: [{ date: "desc" }, { id: "desc" }],
        select: {
          id: true,
          date: true,
          status: true,
          progress: true,
          note: true,
          evidenceUrl: true,
          createdAt: true,
          author: { select: { name: true } },
        },
      },
      reviewNotes: {
        orderBy: { createdAt: "desc" },
        select: {
          id: true,
          kind: true,
          state: true,
          body: true,
          createdAt: true,
          resolution: true,
          author: { select: { name: true } },
        },
      },
    },
  });
  if (!c) throw new DomainError("NOT_FOUND", "commitment.notFound", { code: input.code });
  const seriesIds = c.kpiLinks.flatMap((l) => l.kpi.series.map((s) => s.id));
  const verdicts = await loadStoredVerdicts(db, seriesIds, today);
  const deadline = day(c.deadline);
  return {
    code: c.code,
    numberInDocument: c.numberInDocument,
    title: bilingual(c.titleNl, c.titleEn),
    description: optionalBilingual(c.descriptionNl, c.descriptionEn),
    timeFrame: optionalBilingual(c.timeFrameNl, c.timeFrameEn),
    kind: c.kind.toLowerCase(),
    status: c.status.toLowerCase() as CommitmentStatusValue,
    progress: c.progress,
    startDate: day(c.startDate),
    deadline,
    late: isLate({ code: c.code, status: c.status, deadline }, today),
    actorNote: c.actorNote,
    note: c.note,
    evidence: evidenceOf(c.evidence),
    plan: {
      code: c.plan.code,
      title: bilingual(c.plan.shortTitleNl ?? c.plan.titleNl, c.plan.shortTitleEn ?? c.plan.titleEn),
    },
    node: { code: c.node.code, number: c.node.number, title: bilingual(c.node.titleNl, c.node.titleEn) },
    actors: c.actors.map((a) => ({
      role: a.role.toLowerCase(),
      organisation: a.organisation.code,
      label: a.labelAsWritten,
    })),
    milestones: c.milestones.map((m) => ({
      id: m.id,
      title: bilingual(m.titleNl, m.titleEn),
      dueDate: day(m.dueDate),
      doneAt: day(m.doneAt),
    })),
    kpis: c.kpiLinks.map(({ kpi }) => {
      const seriesId = kpi.series[0]?.id;
      const verdict = seriesId === undefined ? undefined : verdicts.get(seriesId);
      return {
        code: kpi.code,
        name: bilingual(kpi.nameNl, kpi.nameEn),
        status: verdict?.assessment.status ?? null,
      };
    }),
    history: c.statusUpdates.map((u) => ({
      id: u.id,
      date: day(u.date)!,
      status: u.status.toLowerCase() as CommitmentStatusValue,
      progress: u.progress,
      note: u.note,
      evidenceUrl: u.evidenceUrl,
      author: u.author?.name ?? null,
      recordedAt: u.createdAt.toISOString(),
    })),
    notes: c.reviewNotes.map((n) => ({
      id: n.id,
      kind: n.kind.toLowerCase() as "comment" | "reservation",
      state: n.state.toLowerCase() as "open" | "resolved",
      body: n.body,
      author: n.author.name,
      createdAt: n.createdAt.toISOString(),
      resolution: n.resolution,
    })),
  };
}

export type CommitmentSheet = Awaited<ReturnType<typeof commitmentSheet>>;
