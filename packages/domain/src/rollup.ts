import { isProgressVerdict, type Status } from "./assess/types.js";

/** Worst first; NO_DATA and NO_TARGET say nothing about progress and are counted apart. */
const SEVERITY: Status[] = ["NOT_ACHIEVED", "OFF_TRACK", "AT_RISK", "ON_TRACK", "ACHIEVED"];

/** Score for statuses whose method gives none (trajectory), on the Open SDG −5…+5 scale. */
export const STATUS_SCORE: Partial<Record<Status, number>> = {
  ACHIEVED: 5,
  ON_TRACK: 3.75,
  AT_RISK: 1.25,
  OFF_TRACK: -2.5,
  NOT_ACHIEVED: -5,
};

export interface StatusRollup {
  total: number;
  /** On how much the roll-up rests: items with a progress verdict out of all items (SPEC §2). */
  coverage: { assessed: number; total: number };
  counts: Record<Status, number>;
  /** Mean score of the assessed items (−5…+5), undefined when none was assessed. */
  meanScore?: number;
  worst?: Status;
}

export function rollUpStatuses(items: { status: Status; score?: number }[]): StatusRollup {
  const counts = {
    ACHIEVED: 0,
    ON_TRACK: 0,
    AT_RISK: 0,
    OFF_TRACK: 0,
    NOT_ACHIEVED: 0,
    INSUFFICIENT_DATA: 0,
    NO_DATA: 0,
    NO_TARGET: 0,
  };
  const scores: number[] = [];
  let worst: Status | undefined;
  for (const item of items) {
    counts[item.status] += 1;
    const score = item.score ?? STATUS_SCORE[item.status];
    if (score !== undefined) scores.push(score);
    const rank = SEVERITY.indexOf(item.status);
    if (rank >= 0 && (worst === undefined || rank < SEVERITY.indexOf(worst))) worst = item.status;
  }
  const meanScore = scores.length ? scores.reduce((a, b) => a + b, 0) / scores.length : undefined;
  const assessed = items.filter((i) => isProgressVerdict(i.status)).length;
  return {
    total: items.length,
    coverage: { assessed, total: items.length },
    counts,
    ...(meanScore !== undefined ? { meanScore } : {}),
    ...(worst ? { worst } : {}),
  };
}

/** UNKNOWN: nobody reported on the commitment; it is not "not started" (SPEC §2). */
export type CommitmentStatus = "UNKNOWN" | "NOT_STARTED" | "IN_PROGRESS" | "DONE" | "DELAYED" | "DROPPED";

export interface CommitmentInput {
  code: string;
  status: CommitmentStatus;
  /** ISO date (YYYY-MM-DD) */
  deadline?: string | null;
}

/** Late: the deadline has passed and the commitment is reported neither done nor dropped (an
 *  unreported one is not known to be late: see `pastDeadlineUnknown`). */
export function isLate(commitment: CommitmentInput, today: string): boolean {
  return (
    commitment.deadline != null &&
    commitment.deadline < today &&
    commitment.status !== "UNKNOWN" &&
    commitment.status !== "DONE" &&
    commitment.status !== "DROPPED"
  );
}

export interface CommitmentRollup {
  total: number;
  /** Commitments whose status was reported (all but UNKNOWN): what the counts rest on. */
  reported: number;
  counts: Record<CommitmentStatus, number>;
  late: number;
  /** Deadline passed and nobody reported: neither late nor on time, and said so. */
  pastDeadlineUnknown: number;
}

export function rollUpCommitments(commitments: CommitmentInput[], today: string): CommitmentRollup {
  const counts = { UNKNOWN: 0, NOT_STARTED: 0, IN_PROGRESS: 0, DONE: 0, DELAYED: 0, DROPPED: 0 };
  for (const c of commitments) counts[c.status] += 1;
  return {
    total: commitments.length,
    reported: commitments.length - counts.UNKNOWN,
    counts,
    late: commitments.filter((c) => isLate(c, today)).length,
    pastDeadlineUnknown: commitments.filter((c) => c.status === "UNKNOWN" && c.deadline != null && c.deadline < today)
      .length,
  };
}

export type ContradictionKind = "commitment_on_track_kpi_off_track" | "kpi_on_track_commitment_late";

export interface Contradiction {
  kind: ContradictionKind;
  commitment: string;
  kpi: string;
}

/** Flags where the plan's two kinds of evidence disagree: work reported on track while the KPI
 *  it should move is off track, and a KPI on track while the commitment behind it is late. */
export function findContradictions(
  commitments: CommitmentInput[],
  kpiStatus: Map<string, Status>,
  links: { commitment: string; kpi: string }[],
  today: string,
): Contradiction[] {
  const byCode = new Map(commitments.map((c) => [c.code, c]));
  return links.flatMap(({ commitment, kpi }): Contradiction[] => {
    const c = byCode.get(commitment);
    const status = kpiStatus.get(kpi);
    // An unreported commitment is evidence of nothing.
    if (!c || !status || c.status === "UNKNOWN") return [];
    const late = isLate(c, today) || c.status === "DELAYED";
    const commitmentOnTrack = !late && (c.status === "IN_PROGRESS" || c.status === "DONE");
    const kpiOff = status === "OFF_TRACK" || status === "NOT_ACHIEVED";
    const kpiOn = status === "ON_TRACK" || status === "ACHIEVED";
    if (commitmentOnTrack && kpiOff) return [{ kind: "commitment_on_track_kpi_off_track", commitment, kpi }];
    if (late && kpiOn) return [{ kind: "kpi_on_track_commitment_late", commitment, kpi }];
    return [];
  });
}
