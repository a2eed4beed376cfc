import type { Actor } from "../auth/actor.js";
import { createTestDatabase, type TestDatabase } from "@boordtabel/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerFor, demoActors } from "../testing/actors.js";

let database: TestDatabase;
let actors: Record<"admin" | "editor" | "reviewer" | "viewer", Actor>;
const as = (who: keyof typeof actors | null) => callerFor(database.db, who ? actors[who] : null);
const key = { kpi: "KPI-WZG", series: "total" };

beforeAll(async () => {
  database = await createTestDatabase();
  actors = await demoActors(database.db);
});
afterAll(() => database.drop());

const published = async (period: string) =>
  (await as(null).measurement.history({ ...key, period })).map((v) => [v.version, v.value, v.workflow]);

describe("recording a measurement", () => {
  it("an editor's new value is a draft, invisible to readers until validated", async () => {
    const draft = await as("editor").measurement.record({
      ...key,
      period: "2024",
      value: 77.1,
      source: "Statbel EAK 2024",
    });
    expect(draft).toMatchObject({ version: 1, value: 77.1, workflow: "draft" });
    expect(await published("2024")).toEqual([]);
    const submitted = await as("editor").measurement.submit({ ...key, period: "2024", expectedVersion: 1 });
    expect(submitted.workflow).toBe("submitted");
    const validated = await as("reviewer").measurement.validate({ ...key, period: "2024", expectedVersion: 1 });
    expect(validated.workflow).toBe("validated");
    expect(await published("2024")).toEqual([[1, 77.1, "validated"]]);
    const audit = await database.db.auditLog.findMany({
      where: { entityId: "KPI-WZG/total/2024" },
      orderBy: { id: "asc" },
      select: { action: true, actorLabel: true },
    });
    expect(audit).toEqual([
      { action: "measurement.record", actorLabel: "editor@demo.boordtabel.be" },
      { action: "measurement.submit", actorLabel: "editor@demo.boordtabel.be" },
      { action: "measurement.validate", actorLabel: "reviewer@demo.boordtabel.be" },
    ]);
  });

  it("a revision needs a reason and the version the user saw, and keeps the old version", async () => {
    await expect(
      as("editor").measurement.record({ ...key, period: "2024", value: 77.3, expectedVersion: 1 }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "Geef een reden voor deze wijziging.",
    });
    const revised = await as("admin").measurement.record({
      ...key,
      period: "2024",
      value: 77.3,
      expectedVersion: 1,
      reason: "definitief cijfer",
      workflow: "validated",
      source: "Statbel",
    });
    expect(revised).toMatchObject({ version: 2, value: 77.3, workflow: "validated" });
    expect(await published("2024")).toEqual([
      [2, 77.3, "validated"],
      [1, 77.1, "validated"],
    ]);
  });

  it("a stale version gets CONFLICT and changes nothing", async () => {
    const before = await database.db.measurementVersion.count();
    await expect(
      as("editor").measurement.record({
        ...key,
        period: "2024",
        value: 99.9,
        expectedVersion: 1,
        reason: "x",
        comment: "x",
      }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
    });
    expect(await database.db.measurementVersion.count()).toBe(before);
  });

  it("two editors revising at once: one wins, the other gets CONFLICT", async () => {
    const attempt = (value: number) =>
      as("editor").measurement.record({ ...key, period: "2024", value, expectedVersion: 2, reason: "gelijktijdig" });
    const results = await Promise.allSettled([attempt(77.4), attempt(77.5)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.filter((r) => r.status === "rejected").map((r) => r.reason.code)).toEqual(["CONFLICT"]);
    const versions = await database.db.measurementVersion.findMany({
      where: { measurement: { period: "2024", series: { key: "total", kpi: { code: "KPI-WZG" } } } },
    });
    expect(versions.map((v) => v.version).sort()).toEqual([1, 2, 3]);
  });

  it("refuses values out of range, with too many decimals or far from the history without a comment", async () => {
    const record = (value: number, comment?: string) =>
      as("editor").measurement.record({ ...key, period: "2025", value, comment });
    await expect(record(101)).rejects.toMatchObject({ message: "Een percentage ligt tussen 0 en 100." });
    await expect(record(77.15)).rejects.toMatchObject({ message: "Gebruik hoogstens 1 decimaal." });
    await expect(record(7.7)).rejects.toMatchObject({
      message: "Deze waarde wijkt sterk af van de vorige: licht ze toe in een opmerking.",
    });
    await expect(record(7.7, "nieuwe definitie")).resolves.toMatchObject({ value: 7.7 });
  });

  it("refuses an invalid period, NaN and unknown codes before touching the database", async () => {
    const before = await database.db.auditLog.count();
    await expect(as("editor").measurement.record({ ...key, period: "2019-Q5", value: 1 })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    await expect(as("editor").measurement.record({ ...key, period: "2019", value: Number.NaN })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    await expect(
      as("editor").measurement.record({ kpi: "KPI-NOPE", series: "total", period: "2019", value: 1 }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await database.db.auditLog.count()).toBe(before);
  });

  it("only reviewers and admins validate; viewers and anonymous callers cannot record", async () => {
    await as("editor").measurement.record({ ...key, period: "2026", value: 78.0, source: "Statbel EAK 2026" });
    await as("editor").measurement.submit({ ...key, period: "2026", expectedVersion: 1 });
    await expect(
      as("editor").measurement.validate({ ...key, period: "2026", expectedVersion: 1 }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      as("editor").measurement.record({ ...key, period: "2011", value: 78, workflow: "validated" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(as("viewer").measurement.record({ ...key, period: "2011", value: 78 })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(as(null).measurement.record({ ...key, period: "2011", value: 78 })).rejects.toMatchObject({
      code: "UNAUTHORIZED",
    });
  });

  it("a reviewer sends a submission back with a reason; it can be submitted again", async () => {
    await expect(
      as("reviewer").measurement.sendBack({ ...key, period: "2026", expectedVersion: 1 }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(
      as("reviewer").measurement.sendBack({ ...key, period: "2026", expectedVersion: 1, reason: "bron ontbreekt" }),
    ).resolves.toMatchObject({ workflow: "draft" });
    await expect(
      as("reviewer").measurement.validate({ ...key, period: "2026", expectedVersion: 1 }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(
      as("editor").measurement.submit({ ...key, period: "2026", expectedVersion: 1 }),
    ).resolves.toMatchObject({ workflow: "submitted" });
  });

  it("an editor limited to other KPIs cannot touch this one", async () => {
    const other = await database.db.kpi.findUniqueOrThrow({ where: { code: "KPI-NWWZ" }, select: { id: true } });
    await database.db.editorScope.create({ data: { userId: actors.editor.id, kpiId: other.id } });
    try {
      await expect(as("editor").measurement.record({ ...key, period: "2012", value: 78 })).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
    } finally {
      await database.db.editorScope.deleteMany({ where: { userId: actors.editor.id } });
    }
  });
});

describe("restoring an earlier version", () => {
  it("an admin puts version 1 back as a new published version, audited as a restore", async () => {
    const period = "2004";
    await as("admin").measurement.record({
      ...key,
      period,
      value: 78,
      workflow: "validated",
      comment: "test",
      source: "Statbel",
    });
    await as("admin").measurement.record({
      ...key,
      period,
      value: 78.4,
      expectedVersion: 1,
      reason: "fout",
      workflow: "validated",
      source: "Statbel",
    });
    await expect(
      as("reviewer").measurement.restore({ ...key, period, version: 1, expectedVersion: 2, reason: "terug" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      as("admin").measurement.restore({ ...key, period, version: 1, expectedVersion: 1, reason: "terug" }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    const restored = await as("admin").measurement.restore({
      ...key,
      period,
      version: 1,
      expectedVersion: 2,
      reason: "Typefout in versie 2",
    });
    expect(restored).toMatchObject({ version: 3, value: 78, workflow: "validated", reason: "Typefout in versie 2" });
    expect(await published(period)).toEqual([
      [3, 78, "validated"],
      [2, 78.4, "validated"],
      [1, 78, "validated"],
    ]);
    const audit = await database.db.auditLog.findFirstOrThrow({
      where: { entityId: `KPI-WZG/total/${period}` },
      orderBy: { id: "desc" },
      select: { action: true, reason: true },
    });
    expect(audit).toEqual({ action: "measurement.restore", reason: "Typefout in versie 2" });
  });

  it("refuses to restore a withdrawal or a version that does not exist", async () => {
    const period = "2005";
    await as("admin").measurement.record({
      ...key,
      period,
      value: 78,
      workflow: "validated",
      comment: "test",
      source: "Statbel",
    });
    await as("admin").measurement.withdraw({ ...key, period, expectedVersion: 1, reason: "dubbel" });
    await expect(
      as("admin").measurement.restore({ ...key, period, version: 2, expectedVersion: 2, reason: "x" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(
      as("admin").measurement.restore({ ...key, period, version: 9, expectedVersion: 2, reason: "x" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("what a series accepts", () => {
  it("a quarter is refused in a yearly series, with the series' frequency named", async () => {
    await expect(as("editor").measurement.record({ ...key, period: "2025-Q1", value: 78 })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "KPI-WZG is een jaarreeks en verwacht een jaar, bv. 2025.",
    });
    const quarter = await as("editor").measurement.record({
      kpi: "KPI-WZG",
      series: "kwartaal",
      period: "2025-Q1",
      value: 78,
    });
    expect(quarter).toMatchObject({ period: "2025-Q1", version: 1, workflow: "draft" });
  });

  it("a KPI whose unit the source leaves unstated takes no values until an admin sets a unit", async () => {
    const kpi = await database.db.kpi.findFirstOrThrow({ where: { unit: "UNSPECIFIED" }, select: { code: true } });
    await expect(
      as("admin").measurement.record({ kpi: kpi.code, series: "total", period: "2025", value: 12 }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("eenheid") });
  });

  it("a value becomes known when it is validated, not when it is typed", async () => {
    const period = "2006";
    await as("editor").measurement.record({
      ...key,
      period,
      value: 78,
      workflow: "submitted",
      comment: "test",
      source: "Statbel",
    });
    const draft = await database.db.measurementVersion.findFirstOrThrow({
      where: { measurement: { period, series: { key: "total", kpi: { code: "KPI-WZG" } } } },
      select: { knownSince: true },
    });
    expect(draft.knownSince).toBeNull();
    await as("reviewer").measurement.validate({ ...key, period, expectedVersion: 1 });
    const validated = await database.db.measurementVersion.findFirstOrThrow({
      where: { measurement: { period, series: { key: "total", kpi: { code: "KPI-WZG" } } } },
      select: { knownSince: true, validatedAt: true },
    });
    expect(validated.knownSince).toEqual(validated.validatedAt);
  });
});
