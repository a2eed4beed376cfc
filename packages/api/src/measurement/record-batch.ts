import {
  checkMeasurementValue,
  DomainError,
  isOutlier,
  OUTLIER_WINDOW,
  parsePeriod,
  periodContaining,
  periodIssue,
  shiftPeriod,
  type MeasurementRulesKpi,
  type RecordMeasurementInput,
} from "@boordtabel/domain";
import type { Db, Prisma } from "@boordtabel/db";
import type { Actor } from "../auth/actor.js";
import type { Tx } from "../transaction.js";
import { locateMany, type LocatedSeries } from "./locate.js";
import { refreshStoredVerdicts } from "../kpi/stored-verdicts.js";
import { canValidate, reasonRequired, toVersionDto, upper, type VersionDto, type VersionRow } from "./versions.js";
import { notifyRecordedSubmitted } from "../notification/triggers.js";

/** What one row of a batch became: its new version, or why it was refused. */
export type RecordOutcome = { ok: true; dto: VersionDto } | { ok: false; error: DomainError };

interface Existing extends VersionRow {
  measurementId: number;
  seriesId: number;
  period: string;
  currentVersion: number;
  publishedVersionId: number | null;
}

interface Planned {
  index: number;
  input: RecordMeasurementInput;
  located: LocatedSeries;
  existing: Existing | undefined;
}

const key = (seriesId: number, period: string) => `${seriesId}|${period}`;

/** The current version of each (series, period) that exists, in one query. */
async function loadExisting(tx: Tx, seriesIds: number[], periods: string[]): Promise<Map<string, Existing>> {
  if (seriesIds.length === 0) return new Map();
  const rows = await tx.$queryRaw<Existing[]>`
    SELECT m.id AS "measurementId", m.series_id AS "seriesId", m.period, m.current_version AS "currentVersion",
           m.published_version_id AS "publishedVersionId",
           v.id, v.version, v.value, v.status::text AS status, v.workflow::text AS workflow, v.withdrawn, v.comment,
           v.reason, v.source_label AS "sourceLabel", v.recorded_at AS "recordedAt", v.validated_at AS "validatedAt"
    FROM jsonb_array_elements(${jsonRows(seriesIds.map((id, i) => [id, periods[i]]))}::jsonb) AS k(r)
    JOIN measurement m ON m.series_id = (k.r->>0)::int AND m.period = k.r->>1
    JOIN measurement_version v ON v.measurement_id = m.id AND v.version = m.current_version`;
  return new Map(rows.map((r) => [key(r.seriesId, r.period), r]));
}

/** Many rows as one JSON parameter (an array of positional arrays, read with `r->>n` in SQL):
 *  one parameter of a few megabytes passes the driver many times faster than a dozen arrays of
 *  100 000 elements each. Numbers that must stay exact travel as text. Read it as `jsonb`: it is
 *  parsed once and `r->>n` is a lookup, where on `json` every `->>` parses the row again (18
 *  fields of 100 000 rows: 0.6 s against 2.1 s of database time). */
const jsonRows = (rows: unknown[][]): string => JSON.stringify(rows);

/** The latest published values of each series (enough for the outlier rule), oldest first. */
export async function loadRecent(
  tx: Db | Tx,
  seriesIds: number[],
): Promise<Map<number, { period: string; value: number }[]>> {
  const recent = new Map<number, { period: string; value: number }[]>();
  if (seriesIds.length === 0) return recent;
  const rows = await tx.$queryRaw<{ seriesId: number; period: string; value: Prisma.Decimal }[]>`
    SELECT s.id AS "seriesId", last.period, last.value
    FROM unnest(${seriesIds}::int[]) AS s(id)
    CROSS JOIN LATERAL (
      SELECT m.period, m.period_end, v.value FROM measurement m
      JOIN measurement_version v ON v.id = m.published_version_id
      WHERE m.series_id = s.id AND NOT v.withdrawn AND v.value IS NOT NULL
      ORDER BY m.period_end DESC LIMIT ${OUTLIER_WINDOW + 1}
    ) last
    ORDER BY s.id, last.period_end`;
  for (const r of rows) {
    const list = recent.get(r.seriesId) ?? recent.set(r.seriesId, []).get(r.seriesId)!;
    list.push({ period: r.period, value: r.value.toNumber() });
  }
  return recent;
}

/** The rules a value must pass before anything is written, in the order the user meets them. */
function check(
  input: RecordMeasurementInput,
  p: Omit<Planned, "index" | "input">,
  recent: { period: string; value: number }[],
  today: string,
): DomainError | null {
  // Nobody defined the unit (the source says "niet vermeld"): no value can be checked against it.
  if (p.located.kpi.unit === "unspecified")
    return new DomainError("BAD_INPUT", "kpi.unitUnspecified", { code: p.located.kpi.code });
  const seriesName = input.series === "total" ? p.located.kpi.code : `${p.located.kpi.code} (${input.series})`;
  // Examples in the canonical notation: the server's callers (forms, files, scripts) all read it.
  const periodProblem = periodIssue(input.period, { kpi: seriesName, frequency: p.located.frequency }, today, "nl");
  if (periodProblem) {
    const params: Record<string, string> =
      periodProblem.key === "period.notStarted"
        ? { period: input.period, start: parsePeriod(input.period).start.toISOString().slice(0, 10) }
        : { kpi: seriesName, example: shiftPeriod(periodContaining(p.located.frequency, today), -1) };
    return new DomainError("BAD_INPUT", periodProblem.key, params, [
      { field: "period", messageKey: periodProblem.key, params },
    ]);
  }
  const issues = checkMeasurementValue(p.located.kpi as MeasurementRulesKpi, input.value, input);
  if (issues.length > 0) return new DomainError("BAD_INPUT", issues[0]!.messageKey, issues[0]!.params ?? {}, issues);
  const history = recent.filter((r) => r.period !== input.period).map((r) => r.value);
  if (!input.comment && isOutlier(history, input.value)) {
    return new DomainError("BAD_INPUT", "measurement.outlierNeedsComment", {}, [
      { field: "comment", messageKey: "measurement.outlierNeedsComment" },
    ]);
  }
  // A value goes to a reviewer, or is published, only with its source; a draft may still lack it.
  if (input.workflow !== "draft" && !input.source?.trim() && !input.sourceUrl) {
    const key = input.workflow === "validated" ? "measurement.sourceRequiredToPublish" : "measurement.sourceRequired";
    return new DomainError("BAD_INPUT", key, {}, [{ field: "source", messageKey: key }]);
  }
  if (!p.existing) {
    if (input.expectedVersion)
      return new DomainError("CONFLICT", "measurement.stale", { expected: input.expectedVersion, current: 0 });
    return null;
  }
  // A reason explains a change to what was published; a draft or a value sent back may simply
  // be corrected.
  if (!input.reason && p.existing.publishedVersionId !== null) return reasonRequired();
  if (input.expectedVersion === undefined) return new DomainError("BAD_INPUT", "measurement.expectedVersionRequired");
  if (input.expectedVersion !== p.existing.currentVersion) {
    return new DomainError("CONFLICT", "measurement.stale", {
      expected: input.expectedVersion,
      current: p.existing.currentVersion,
    });
  }
  return null;
}

/** Records many values at once with the rules of a single entry — scope, unit and range,
 *  outliers, revisions with a reason and the version the user saw — and set-based writes: one
 *  statement each for new measurements, claimed versions, new versions, publication and audit
 *  rows, whatever the number of rows. Rows that pass are written even when others fail: the
 *  caller's transaction decides (an import rolls back when any row failed). */
export async function recordBatch(
  tx: Tx,
  actor: Actor,
  inputs: RecordMeasurementInput[],
  requestId?: string,
  /** The audit action of a single value, when it is more than a record or revision (a restore). */
  action?: string,
  rowsPerStatement = WRITE_CHUNK_ROWS,
): Promise<RecordOutcome[]> {
  const outcomes: (RecordOutcome | undefined)[] = inputs.map(() => undefined);
  const fail = (index: number, error: DomainError) => (outcomes[index] = { ok: false, error });
  const located = await locateMany(tx, actor, inputs);
  const candidates: { index: number; input: RecordMeasurementInput; located: LocatedSeries }[] = [];
  const first = new Map<string, number>();
  inputs.forEach((input, index) => {
    if (input.workflow === "validated" && !canValidate(actor))
      return fail(index, new DomainError("FORBIDDEN", "measurement.validateRole"));
    // One value per series and period in a batch: a second one would race the first.
    const id = `${input.kpi}|${input.series}|${input.period}`;
    const earlier = first.get(id);
    if (earlier !== undefined) return fail(index, duplicateOf(earlier));
    first.set(id, index);
    const where = located.get(`${input.kpi}|${input.series}`)!;
    if (where instanceof DomainError) return fail(index, where);
    candidates.push({ index, input, located: where });
  });
  const seriesIds = candidates.map((c) => c.located.seriesId);
  const [existing, recent] = await Promise.all([
    loadExisting(
      tx,
      seriesIds,
      candidates.map((c) => c.input.period),
    ),
    loadRecent(tx, [...new Set(seriesIds)]),
  ]);
  const today = new Date().toISOString().slice(0, 10);
  const now = new Date();
  const writing = new WriteInFlight();
  const planned: Planned[] = [];
  const written: Written[] = [];
  try {
    // In chunks: the rules and the rows of one chunk are worked out while the database writes
    // the one before (docs/performance.md, import), on two cores at once.
    for (let from = 0; from < candidates.length; from += rowsPerStatement) {
      const passing: Planned[] = [];
      for (const c of candidates.slice(from, from + rowsPerStatement)) {
        const p = { ...c, existing: existing.get(key(c.located.seriesId, c.input.period)) };
        const error = check(c.input, p, recent.get(c.located.seriesId) ?? [], today);
        if (error) fail(c.index, error);
        else passing.push(p);
      }
      if (passing.length === 0) continue;
      written.push(...(await sendWrite(tx, actor, passing, now, writing)));
      planned.push(...passing);
    }
    if (written.length > 0) await finishWrite(tx, actor, written, writing, requestId, action);
  } catch (error) {
    await writing.settled(); // nothing left running on the transaction's connection
    throw error;
  }
  for (const w of written) outcomes[w.p.index] = { ok: true, dto: w.dto };
  await notifyRecordedSubmitted(
    tx,
    actor,
    planned
      .filter((p) => p.input.workflow === "submitted")
      .map((p) => ({ kpiId: p.located.kpi.id, kpiCode: p.located.kpi.code, period: p.input.period })),
  );
  return outcomes.map((o) => o!);
}

/** Rows of a batch per write statement: an import of 100 000 rows is written in five. */
export const WRITE_CHUNK_ROWS = 20_000;

interface Written {
  p: Planned;
  dto: VersionDto;
}

/** The write statement the database is running while the next chunk is worked out: one at a
 *  time, as a connection runs them (`pg` deprecates queueing a second). */
class WriteInFlight {
  private running: Promise<unknown> = Promise.resolve();

  /** Waits for the write in flight; throws if it failed. */
  done(): Promise<unknown> {
    return this.running;
  }

  /** Sends a statement once the one in flight is done, and returns when the driver has put it
   *  on the wire, not when it is done. */
  async send(statement: PromiseLike<unknown>): Promise<void> {
    await this.running;
    this.running = Promise.resolve(statement);
    this.running.catch(() => undefined); // thrown by `done`
    // Prisma hands the statement to the driver on a later turn of the event loop: give it that
    // turn before the next chunk's rules keep this thread busy.
    await new Promise((resolve) => setImmediate(resolve));
  }

  /** Waits for the write in flight, whatever its outcome. */
  async settled(): Promise<void> {
    await this.running.catch(() => undefined);
  }
}

/** Sends the write of these rows (revised ones claimed first) and returns what each became,
 *  worked out while the database writes. */
async function sendWrite(
  tx: Tx,
  actor: Actor,
  planned: Planned[],
  now: Date,
  writing: WriteInFlight,
): Promise<Written[]> {
  const revised = planned.filter((p) => p.existing);
  if (revised.length) {
    // Claims the next version atomically; a concurrent change since our read makes it a conflict.
    await writing.done();
    const claimed = await tx.$queryRaw<{ id: number }[]>`
      UPDATE measurement m SET current_version = m.current_version + 1
      FROM jsonb_array_elements(${jsonRows(revised.map((p) => [p.existing!.measurementId, p.existing!.currentVersion]))}::jsonb) AS u(r)
      WHERE m.id = (u.r->>0)::int AND m.current_version = (u.r->>1)::int RETURNING m.id`;
    if (claimed.length !== revised.length) {
      const got = new Set(claimed.map((c) => c.id));
      const lost = revised.find((p) => !got.has(p.existing!.measurementId))!;
      const current = await tx.measurement.findUniqueOrThrow({
        where: { id: lost.existing!.measurementId },
        select: { currentVersion: true },
      });
      throw new DomainError("CONFLICT", "measurement.stale", {
        expected: lost.input.expectedVersion ?? 0,
        current: current.currentVersion,
      });
    }
  }
  const exact = (v: number | undefined) => (v === undefined ? null : String(v));
  const rows = planned.map((p) => {
    const b = p.existing ? null : parsePeriod(p.input.period);
    return [
      p.existing?.measurementId ?? null,
      p.located.seriesId,
      p.input.period,
      b && day(b.start),
      b && day(b.end),
      p.existing ? p.existing.currentVersion + 1 : 1,
      exact(p.input.value),
      exact(p.input.numerator),
      exact(p.input.denominator),
      exact(p.input.envelope),
      exact(p.input.committed),
      upper(p.input.status),
      upper(p.input.workflow),
      p.input.breakInSeries ?? false,
      p.input.source ?? null,
      p.input.sourceUrl ?? null,
      p.input.comment ?? null,
      p.input.reason ?? null,
    ];
  });
  // One statement writes the chunk: the rows are read once (materialised), each draws its
  // version id — and a new measurement its id — from the sequences right there, so a new
  // measurement and its first version, which point at each other once published, go in
  // together (foreign keys are checked at the statement's end), and a revision that is
  // published moves its measurement's pointer in the same pass.
  await writing.send(tx.$queryRaw`
    WITH input AS MATERIALIZED (
      SELECT (r->>0)::int AS existing_id, (r->>1)::int AS series_id, r->>2 AS period, (r->>3)::date AS period_start,
             (r->>4)::date AS period_end, (r->>5)::int AS version, (r->>6)::numeric AS value,
             (r->>7)::numeric AS numerator, (r->>8)::numeric AS denominator, (r->>9)::numeric AS envelope,
             (r->>10)::numeric AS committed, (r->>11)::"MeasurementStatus" AS status,
             (r->>12)::"WorkflowState" AS workflow, (r->>13)::boolean AS break_in_series, r->>14 AS source_label,
             r->>15 AS source_url, r->>16 AS comment, r->>17 AS reason,
             nextval('measurement_version_id_seq'::regclass)::int AS version_id,
             CASE WHEN r->>0 IS NULL THEN nextval('measurement_id_seq'::regclass)::int END AS new_id
      FROM jsonb_array_elements(${jsonRows(rows)}::jsonb) AS u(r)
    ), m AS (
      INSERT INTO measurement (id, series_id, period, period_start, period_end, published_version_id)
      SELECT new_id, series_id, period, period_start, period_end,
             CASE WHEN workflow = 'VALIDATED' THEN version_id END
      FROM input WHERE existing_id IS NULL
      RETURNING 1
    ), v AS (
      INSERT INTO measurement_version (id, measurement_id, version, value, numerator, denominator, envelope, committed,
        status, workflow, break_in_series, source_label, source_url, comment, reason, author_id, recorded_at,
        submitted_at, validated_at, validated_by_id, known_since)
      SELECT version_id, coalesce(existing_id, new_id), version, value, numerator, denominator, envelope, committed,
             status, workflow, break_in_series, source_label, source_url, comment, reason, ${actor.id}, ${now},
             CASE WHEN workflow = 'DRAFT' THEN NULL ELSE ${now}::timestamptz END,
             CASE WHEN workflow = 'VALIDATED' THEN ${now}::timestamptz END,
             CASE WHEN workflow = 'VALIDATED' THEN ${actor.id} END,
             CASE WHEN workflow = 'VALIDATED' THEN ${now}::timestamptz END
      FROM input
      RETURNING 1
    ), published AS (
      UPDATE measurement SET published_version_id = i.version_id
      FROM input i WHERE measurement.id = i.existing_id AND i.workflow = 'VALIDATED'
      RETURNING 1
    )
    SELECT (SELECT count(*) FROM m)::int AS measurements, (SELECT count(*) FROM v)::int AS versions,
           (SELECT count(*) FROM published)::int AS published`);
  // While the database writes (a second for 20 000 rows), what each row became is worked out
  // from what is being written.
  return planned.map((p) => ({ p, dto: writtenVersion(p, now) }));
}

/** After the last chunk is sent: the audit rows (built while it is written), then, once every
 *  write is done, the stored verdicts of the series whose published values changed. */
async function finishWrite(
  tx: Tx,
  actor: Actor,
  written: Written[],
  writing: WriteInFlight,
  requestId?: string,
  action?: string,
) {
  const entries = JSON.stringify(auditEntries(written, action));
  await writing.done();
  const published = written.filter((w) => w.p.input.workflow === "validated");
  // Once per affected series, whatever the number of values.
  if (published.length) await refreshStoredVerdicts(tx, [...new Set(published.map((w) => w.p.located.seriesId))]);
  await tx.$executeRaw`
    INSERT INTO audit_log (actor_id, actor_label, action, entity_type, entity_id, before, after, reason, request_id)
    SELECT ${actor.id}, ${actor.label}, e->>'action', e->>'entityType', e->>'entityId', NULLIF(e->'before', 'null'), e->'after',
           e->>'reason', ${requestId ?? null}
    FROM jsonb_array_elements(${entries}::jsonb) AS u(e)`;
}

const day = (date: Date) => date.toISOString().slice(0, 10);

/** The audit rows of a batch. A value entered on its own (or the only one of its series in a
 *  batch, as in the period grid) gets its own row with before and after; many values of one
 *  series (an import) share one "measurement.batch" row listing every version written and the
 *  ones they replaced — the same facts in a fraction of the rows. */
interface AuditEntry {
  action: string;
  entityType: string;
  entityId: string;
  before: VersionDto | VersionDto[] | null;
  after: VersionDto | VersionDto[];
  reason: string | null;
}

function auditEntries(written: Written[], action?: string): AuditEntry[] {
  const bySeries = new Map<string, Written[]>();
  for (const w of written) {
    const id = `${w.p.located.kpi.code}/${w.p.input.series}`;
    const group = bySeries.get(id);
    if (group) group.push(w);
    else bySeries.set(id, [w]);
  }
  return [...bySeries].flatMap(([seriesId, group]): AuditEntry[] => {
    if (group.length === 1) {
      const { p, dto } = group[0]!;
      return [
        {
          action: action ?? (p.existing ? "measurement.revise" : "measurement.record"),
          entityType: "measurement",
          entityId: `${seriesId}/${p.input.period}`,
          before: p.existing ? toVersionDto(p.input.period, p.existing) : null,
          after: dto,
          reason: p.input.reason ?? null,
        },
      ];
    }
    const replaced = group.filter((w) => w.p.existing).map((w) => toVersionDto(w.p.input.period, w.p.existing!));
    return [
      {
        action: "measurement.batch",
        entityType: "series",
        entityId: seriesId,
        before: replaced.length ? replaced : null,
        after: group.map((w) => w.dto),
        reason: null,
      },
    ];
  });
}

/** The DTO of a version just written, from what was written (the value as the database keeps
 *  it: six decimals), without reading it back. */
function writtenVersion(p: Planned, now: Date): VersionDto {
  const at = now.toISOString();
  return {
    period: p.input.period,
    version: p.existing ? p.existing.currentVersion + 1 : 1,
    value: Math.round(p.input.value * 1e6) / 1e6,
    status: p.input.status,
    workflow: p.input.workflow,
    withdrawn: false,
    comment: p.input.comment ?? null,
    reason: p.input.reason ?? null,
    source: p.input.source ?? null,
    recordedAt: at,
    validatedAt: p.input.workflow === "validated" ? at : null,
  };
}

/** A row that repeats an earlier row of the same batch; `row` is that row's 1-based position. */
const duplicateOf = (index: number) =>
  new DomainError("BAD_INPUT", "import.duplicateRowOf", { row: index + 1 }, [
    { field: "period", messageKey: "import.duplicateRowOf", params: { row: index + 1 } },
  ]);

/** Records a batch in its own transaction, all or nothing: on a dry run, or when any row is
 *  refused, everything is rolled back and the outcomes say what each row would have done or
 *  why it was refused. The import and the period grid both save this way. */
export async function recordAllOrNothing(
  db: Db,
  actor: Actor,
  inputs: RecordMeasurementInput[],
  options: { dryRun?: boolean; requestId?: string; rowsPerStatement?: number } = {},
): Promise<{ committed: boolean; outcomes: RecordOutcome[] }> {
  class Rollback extends Error {
    constructor(readonly outcomes: RecordOutcome[]) {
      super("rollback");
    }
  }
  try {
    const outcomes = await db.$transaction(
      async (tx) => {
        const outcomes = await recordBatch(tx, actor, inputs, options.requestId, undefined, options.rowsPerStatement);
        if (options.dryRun || outcomes.some((o) => !o.ok)) throw new Rollback(outcomes);
        return outcomes;
      },
      { timeout: 300_000 },
    );
    return { committed: true, outcomes };
  } catch (error) {
    if (error instanceof Rollback) return { committed: false, outcomes: error.outcomes };
    throw error;
  }
}
