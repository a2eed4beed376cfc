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
  /** The newest version of a KPI-WZG value, as the audit shows a version it replaced. */
  const latestVersion = (series: string, period: string) =>
    database.db.measurementVersion.findFirstOrThrow({
      where: { measurement: { period, series: { key: series, kpi: { code: "KPI-WZG" } } } },
      orderBy: { version: "desc" },
      select: versionSelect,
    });

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
