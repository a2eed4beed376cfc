import { DomainError, isLate, rollUpCommitments, type CommitmentStatus } from "@boordtabel/domain";
import type { Db } from "@boordtabel/db";
import { bilingual } from "../dto.js";
import { openCorrectiveActions } from "../corrective-action/corrective-action.read.js";
import { subtreeIds } from "../plan/plan-tree.js";

export interface DeckInput {
  code: string;
  /** Freeze the deck at this date: what was known and reported by then (YYYY-MM-DD). */
  asOf?: string;
  /** The changes to show on a domain slide start at this date (YYYY-MM-DD). */
  since?: string;
  today?: string;
}

const day = (d: Date) => d.toISOString().slice(0, 10);
const lower = (s: string) => s.toLowerCase() as Lowercase<CommitmentStatus>;

/** What a board deck needs beyond the plan overview: the open reservations of social partners,
 *  and per top-level node (pillar, domain) its commitments with their status as reported by the
 *  as-of date and the status changes since `since`. Four queries whatever the plan's size. */
export async function getDeck(db: Db, input: DeckInput) {
  const plan = await db.plan.findUnique({
    where: { code: input.code },
    select: {
      id: true,
      nodes: { orderBy: { sortOrder: "asc" }, select: { id: true, parentId: true, code: true } },
    },
  });
  if (!plan) throw new DomainError("NOT_FOUND", "plan.notFound", { code: input.code });
  const today = input.asOf ?? input.today ?? day(new Date());
  const until = new Date(`${today}T23:59:59.999Z`);
  const [notes, commitments, actions] = await Promise.all([
    db.reviewNote.findMany({
      // Open on the as-of date: written by then and not resolved by then.
      where: {
        kpi: { planId: plan.id },
        kind: "RESERVATION",
        createdAt: { lte: until },
        OR: [{ resolvedAt: null }, { resolvedAt: { gt: until } }],
      },
      orderBy: { createdAt: "asc" },
      select: {
        id: true,
        period: true,
        body: true,
        createdAt: true,
        kpi: { select: { code: true, nameNl: true, nameEn: true } },
        author: { select: { name: true, organisation: { select: { nameNl: true, nameEn: true } } } },
      },
    }),
    db.commitment.findMany({
      where: { planId: plan.id },
      orderBy: { sortOrder: "asc" },
      select: {
        code: true,
        nodeId: true,
        status: true,
        progress: true,
        deadline: true,
        titleNl: true,
        titleEn: true,
        statusUpdates: {
          orderBy: [{ date: "asc" }, { id: "asc" }],
          select: { date: true, status: true, progress: true },
        },
      },
    }),
    openCorrectiveActions(db, plan.id, until),
  ]);

  const rows = commitments.map((c) => {
    const known = c.statusUpdates.filter((u) => day(u.date) <= today);
    const last = known.at(-1);
    // Today's deck shows the status as it stands. Frozen at a date, a commitment shows its last
    // update by then; one first reported after that date was unreported then, and one never
    // reported through an update keeps the status it was loaded with.
    const status: CommitmentStatus = !input.asOf
      ? c.status
      : (last?.status ?? (c.statusUpdates.length > 0 ? "UNKNOWN" : c.status));
    const changes = known
      .map((u, i) => ({
        date: day(u.date),
        status: lower(u.status),
        previous: i === 0 ? null : lower(known[i - 1]!.status),
        progress: u.progress,
      }))
      .filter((u) => input.since === undefined || u.date >= input.since);
    const deadline = c.deadline ? day(c.deadline) : null;
    return {
      code: c.code,
      nodeId: c.nodeId,
      title: bilingual(c.titleNl, c.titleEn),
      status: lower(status),
      rollupStatus: status,
      progress: input.asOf ? (last?.progress ?? null) : c.progress,
      deadline,
      late: isLate({ code: c.code, status, deadline }, today),
      lastUpdate: last ? day(last.date) : null,
      changes,
    };
  });

  const topLevel = plan.nodes.filter((n) => n.parentId === null);
  const domains = topLevel.map((node) => {
    const ids = new Set(subtreeIds(plan.nodes, node.id));
    const mine = rows.filter((r) => ids.has(r.nodeId));
    return {
      node: node.code,
      rollup: rollUpCommitments(
        mine.map((r) => ({ code: r.code, status: r.rollupStatus, deadline: r.deadline })),
        today,
      ),
      commitments: mine.map(({ nodeId: _node, rollupStatus: _status, ...rest }) => rest),
    };
  });

  return {
    code: input.code,
    asOf: input.asOf ?? null,
    since: input.since ?? null,
    commitments: rollUpCommitments(
      rows.map((r) => ({ code: r.code, status: r.rollupStatus, deadline: r.deadline })),
      today,
    ),
    // The deck's reservations slide is about KPIs; reservations on commitments sit on their sheets.
    reservations: notes
      .flatMap(({ kpi, ...n }) => (kpi ? [{ ...n, kpi }] : []))
      .map((n) => ({
        id: n.id,
        kpi: { code: n.kpi.code, name: bilingual(n.kpi.nameNl, n.kpi.nameEn) },
        period: n.period,
        body: n.body,
        author: n.author.name,
        organisation: n.author.organisation
          ? bilingual(n.author.organisation.nameNl, n.author.organisation.nameEn)
          : null,
        createdAt: n.createdAt.toISOString(),
      })),
    domains,
    correctiveActions: actions,
  };
}

export type Deck = Awaited<ReturnType<typeof getDeck>>;
