import { createTestDatabase, type TestDatabase } from "@boordtabel/db/testing";
import type { RecordMeasurementInput } from "@boordtabel/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../auth/actor.js";
import { demoActors } from "../testing/actors.js";
import { recordAllOrNothing } from "./record-batch.js";
import { toVersionDto, versionSelect } from "./versions.js";

let database: TestDatabase;
let reviewer: Actor;

beforeAll(async () => {
  database = await createTestDatabase();
  reviewer = (await demoActors(database.db)).reviewer;
});
afterAll(() => database?.drop());

const measurementOf = (series: string, period: string) =>
  database.db.measurement.findFirstOrThrow({
    where: { series: { key: series, kpi: { code: "KPI-WZG" } }, period },
    select: {
      currentVersion: true,
      publishedVersionId: true,
      versions: { orderBy: { version: "asc" }, select: { id: true, version: true, value: true, workflow: true } },
    },
  });
/** The newest version of a KPI-WZG value, as the audit shows a version it replaced. */
const latestVersion = (series: string, period: string) =>
  database.db.measurementVersion.findFirstOrThrow({
    where: { measurement: { period, series: { key: series, kpi: { code: "KPI-WZG" } } } },
    orderBy: { version: "desc" },
    select: versionSelect,
  });
const value = (input: Omit<RecordMeasurementInput, "kpi" | "status">): RecordMeasurementInput => ({
  kpi: "KPI-WZG",
  status: "final",
  source: "Statbel EAK",
  ...input,
});

describe("recording a batch in one statement", () => {
  it("writes new and revised values together: each new value gets its measurement, a published one its pointer", async () => {
    const before = await measurementOf("total", "2023");
    const { committed, outcomes } = await recordAllOrNothing(database.db, reviewer, [
      value({ series: "total", period: "2025", value: 77.4, workflow: "validated" }),
      value({
        series: "total",
        period: "2023",
        value: 76.9,
        workflow: "validated",
        reason: "Herziene cijfers",
        expectedVersion: before.currentVersion,
      }),
      value({ series: "kwartaal", period: "2025-Q1", value: 78.0, workflow: "submitted" }),
    ]);
    expect(committed).toBe(true);
    expect(outcomes.map((o) => (o.ok ? [o.dto.version, o.dto.workflow] : o.error.messageKey))).toEqual([
      [1, "validated"],
      [before.currentVersion + 1, "validated"],
      [1, "submitted"],
    ]);

    const fresh = await measurementOf("total", "2025");
    expect(fresh.versions.map((v) => [v.version, Number(v.value), v.workflow])).toEqual([[1, 77.4, "VALIDATED"]]);
    expect(fresh.publishedVersionId).toBe(fresh.versions[0]!.id);

    const revised = await measurementOf("total", "2023");
    expect(revised.currentVersion).toBe(before.currentVersion + 1);
    expect(revised.versions.slice(0, -1)).toEqual(before.versions);
    expect(revised.publishedVersionId).toBe(revised.versions.at(-1)!.id);
    expect(Number(revised.versions.at(-1)!.value)).toBe(76.9);

    const submitted = await measurementOf("kwartaal", "2025-Q1");
    expect(submitted.publishedVersionId).toBeNull();
    expect(submitted.versions.map((v) => v.workflow)).toEqual(["SUBMITTED"]);
  });

  it("writes nothing when one row of the batch is stale, and says which", async () => {
    const count = async () => ({
      measurements: await database.db.measurement.count(),
      versions: await database.db.measurementVersion.count(),
      audit: await database.db.auditLog.count(),
    });
    const before = await count();
    const current = (await measurementOf("total", "2023")).currentVersion;
    const { committed, outcomes } = await recordAllOrNothing(database.db, reviewer, [
      value({ series: "total", period: "2026", value: 77.5, workflow: "validated" }),
      value({
        series: "total",
        period: "2023",
        value: 77.0,
        workflow: "validated",
        reason: "Nog eens",
        expectedVersion: current - 1,
      }),
    ]);
    expect(committed).toBe(false);
    expect(outcomes[0]!.ok).toBe(true);
    expect(outcomes[1]).toMatchObject({ ok: false, error: { messageKey: "measurement.stale" } });
    expect(await count()).toEqual(before);
  });
});

describe("the audit rows of a batch", () => {
  /** Records a batch as the reviewer under a request id; what each row wrote, and its audit rows. */
  async function recordAudited(requestId: string, inputs: RecordMeasurementInput[]) {
    const { committed, outcomes } = await recordAllOrNothing(database.db, reviewer, inputs, { requestId });
    expect(committed).toBe(true);
    const audit = await database.db.auditLog.findMany({
      where: { requestId },
      orderBy: { id: "asc" },
      select: {
        actorId: true,
        actorLabel: true,
        action: true,
        entityType: true,
        entityId: true,
        before: true,
        after: true,
        reason: true,
      },
    });
    return { written: outcomes.map((o) => (o.ok ? o.dto : null)), audit };
  }

  it("show each value as toVersionDto does: its own row when alone in its series, one row per series when many", async () => {
    const old = await latestVersion("total", "2018");
    const { written, audit } = await recordAudited("audit-of-a-batch", [
      value({
        series: "kwartaal",
        period: "2025-Q2",
        value: 78.1,
        workflow: "submitted",
        comment: 'Met "aanhalingstekens" en een \\',
      }),
      value({
        series: "total",
        period: "2018",
        value: 75.5,
        workflow: "validated",
        reason: "Correctie",
        expectedVersion: old.version,
      }),
      value({ series: "kwartaal", period: "2025-Q3", value: 78.2, workflow: "validated" }),
    ]);
    const by = { actorId: reviewer.id, actorLabel: reviewer.label };
    expect(audit).toEqual([
      {
        ...by,
        action: "measurement.batch",
        entityType: "series",
        entityId: "KPI-WZG/kwartaal",
        before: null,
        after: [written[0], written[2]],
        reason: null,
      },
      {
        ...by,
        action: "measurement.revise",
        entityType: "measurement",
        entityId: "KPI-WZG/total/2018",
        before: toVersionDto("2018", old),
        after: written[1],
        reason: "Correctie",
      },
    ]);
  });

  it("lists the versions a batch replaced, and records a value alone in its series under its own name", async () => {
    const q1 = await latestVersion("kwartaal", "2025-Q2");
    const { written, audit } = await recordAudited("audit-of-a-revising-batch", [
      value({
        series: "kwartaal",
        period: "2025-Q2",
        value: 78.3,
        workflow: "validated",
        reason: "Nazicht",
        expectedVersion: q1.version,
      }),
      value({ series: "kwartaal", period: "2026-Q1", value: 77.9, workflow: "submitted" }),
      value({ series: "total", period: "2026", value: 74.9, workflow: "draft" }),
    ]);
    expect(audit.map(({ action, entityId, before, after }) => ({ action, entityId, before, after }))).toEqual([
      {
        action: "measurement.batch",
        entityId: "KPI-WZG/kwartaal",
        before: [toVersionDto("2025-Q2", q1)],
        after: [written[0], written[1]],
      },
      { action: "measurement.record", entityId: "KPI-WZG/total/2026", before: null, after: written[2] },
    ]);
  });
});

describe("a batch written in several statements", () => {
  const count = async () => ({
    measurements: await database.db.measurement.count(),
    versions: await database.db.measurementVersion.count(),
    audit: await database.db.auditLog.count(),
  });
  /** Quarters of KPI-WZG's quarterly series that hold no value yet, oldest first. */
  async function freeQuarters(n: number): Promise<string[]> {
    const taken = new Set(
      (
        await database.db.measurement.findMany({
          where: { series: { key: "kwartaal", kpi: { code: "KPI-WZG" } } },
          select: { period: true },
        })
      ).map((m) => m.period),
    );
    const free: string[] = [];
    for (let year = 2000; free.length < n; year++)
      for (let q = 1; q <= 4 && free.length < n; q++) if (!taken.has(`${year}-Q${q}`)) free.push(`${year}-Q${q}`);
    return free;
  }

  it("writes every row as one statement would: new values, revisions with their pointers, one audit row per series", async () => {
    const quarters = await freeQuarters(3);
    const [y2018, y2023] = [await latestVersion("total", "2018"), await latestVersion("total", "2023")];
    const requestId = "batch-in-chunks";
    const { committed, outcomes } = await recordAllOrNothing(
      database.db,
      reviewer,
      [
        value({ series: "kwartaal", period: quarters[0]!, value: 70.1, workflow: "validated", comment: "Test" }),
        value({
          series: "total",
          period: "2018",
          value: 72.1,
          workflow: "validated",
          reason: "Herzien",
          expectedVersion: y2018.version,
        }),
        value({ series: "kwartaal", period: quarters[1]!, value: 70.2, workflow: "submitted", comment: "Test" }),
        value({
          series: "total",
          period: "2023",
          value: 73.1,
          workflow: "validated",
          reason: "Herzien",
          expectedVersion: y2023.version,
        }),
        value({ series: "kwartaal", period: quarters[2]!, value: 70.3, workflow: "validated", comment: "Test" }),
      ],
      { requestId, rowsPerStatement: 2 },
    );
    expect(committed).toBe(true);
    const written = outcomes.map((o) => (o.ok ? o.dto : o.error.messageKey));
    expect(written.map((dto) => (typeof dto === "string" ? dto : [dto.period, dto.version, dto.value]))).toEqual([
      [quarters[0], 1, 70.1],
      ["2018", y2018.version + 1, 72.1],
      [quarters[1], 1, 70.2],
      ["2023", y2023.version + 1, 73.1],
      [quarters[2], 1, 70.3],
    ]);
    for (const [series, period, published] of [
      ["kwartaal", quarters[0]!, true],
      ["kwartaal", quarters[1]!, false],
      ["kwartaal", quarters[2]!, true],
      ["total", "2018", true],
      ["total", "2023", true],
    ] as const) {
      const m = await measurementOf(series, period);
      expect(m.publishedVersionId).toBe(published ? m.versions.at(-1)!.id : null);
    }
    const audit = await database.db.auditLog.findMany({
      where: { requestId },
      orderBy: { id: "asc" },
      select: { action: true, entityId: true, before: true, after: true },
    });
    expect(audit).toEqual([
      {
        action: "measurement.batch",
        entityId: "KPI-WZG/kwartaal",
        before: null,
        after: [written[0], written[2], written[4]],
      },
      {
        action: "measurement.batch",
        entityId: "KPI-WZG/total",
        before: [toVersionDto("2018", y2018), toVersionDto("2023", y2023)],
        after: [written[1], written[3]],
      },
    ]);
  });

  it("rolls back the statements already run when a row of a later chunk is refused", async () => {
    const quarters = await freeQuarters(3);
    const before = await count();
    const { committed, outcomes } = await recordAllOrNothing(
      database.db,
      reviewer,
      [
        value({ series: "kwartaal", period: quarters[0]!, value: 70.4, workflow: "validated", comment: "Test" }),
        value({ series: "kwartaal", period: quarters[1]!, value: 70.5, workflow: "validated", comment: "Test" }),
        {
          ...value({ series: "kwartaal", period: quarters[2]!, value: 70.6, workflow: "validated", comment: "Test" }),
          source: "",
        },
      ],
      { rowsPerStatement: 1 },
    );
    expect(committed).toBe(false);
    expect(outcomes.map((o) => (o.ok ? "ok" : o.error.messageKey))).toEqual([
      "ok",
      "ok",
      "measurement.sourceRequiredToPublish",
    ]);
    expect(await count()).toEqual(before);
  });

  it("reports the failed statement of an earlier chunk, and writes nothing", async () => {
    const quarters = await freeQuarters(2);
    const before = await count();
    // The database refuses the first chunk's statement (a trigger stands in for any refusal the
    // rules do not foresee) while the second chunk is worked out.
    await database.db.$executeRawUnsafe(`CREATE FUNCTION test_refuse_value() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.value = 70.8 THEN RAISE EXCEPTION 'test: value refused'; END IF; RETURN NEW; END $$`);
    await database.db.$executeRawUnsafe(`CREATE TRIGGER test_refuse BEFORE INSERT ON measurement_version
      FOR EACH ROW EXECUTE FUNCTION test_refuse_value()`);
    try {
      const attempt = recordAllOrNothing(
        database.db,
        reviewer,
        [
          value({ series: "kwartaal", period: quarters[0]!, value: 70.8, workflow: "validated", comment: "Test" }),
          value({ series: "kwartaal", period: quarters[1]!, value: 70.7, workflow: "validated", comment: "Test" }),
        ],
        { rowsPerStatement: 1 },
      );
      await expect(attempt).rejects.toThrow(/test: value refused/);
    } finally {
      await database.db.$executeRawUnsafe(`DROP TRIGGER test_refuse ON measurement_version`);
      await database.db.$executeRawUnsafe(`DROP FUNCTION test_refuse_value()`);
    }
    expect(await count()).toEqual(before);
  });
});
