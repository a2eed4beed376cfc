import type { Actor } from "../auth/actor.js";
import { createTestDatabase, type TestDatabase } from "@boordtabel/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerFor, demoActors } from "../testing/actors.js";

let database: TestDatabase;
let actors: Record<"admin" | "editor" | "reviewer" | "viewer", Actor>;
const as = (who: keyof typeof actors | null) => callerFor(database.db, who ? actors[who] : null);
const wzg = { kpi: "KPI-WZG", series: "total" };
const source = { source: "Statbel EAK", sourceUrl: "https://statbel.fgov.be/nl/themas/werk-opleiding" };

beforeAll(async () => {
  database = await createTestDatabase();
  actors = await demoActors(database.db);
});
afterAll(() => database.drop());

async function submit(period: string, value: number, extra: Record<string, string> = {}) {
  await as("editor").measurement.record({ ...wzg, period, value, ...extra });
  await as("editor").measurement.submit({ ...wzg, period, expectedVersion: 1 });
  return { ...wzg, period, expectedVersion: 1 };
}

/** A submission from before sources were required to submit: it has none. */
async function submittedWithoutSource(period: string, value: number) {
  const key = await submit(period, value, source);
  await database.db.measurementVersion.updateMany({
    where: { measurement: { period, series: { key: "total", kpi: { code: wzg.kpi } } } },
    data: { sourceLabel: null, sourceUrl: null },
  });
  return key;
}

const card = async (period: string) =>
  (await as("reviewer").review.queue()).submitted.find((s) => s.kpi === wzg.kpi && s.period === period);

describe("the review queue", () => {
  it("shows each submitted value as a card with its KPI, the previous published value and the change", async () => {
    const last = { period: "2023", value: 76.8 };
    await submit("2024", 77.5, { ...source, comment: "Eerste raming" });
    expect(await card("2024")).toMatchObject({
      name: { nl: expect.stringContaining("Werkzaamheidsgraad") },
      unit: "percent",
      value: 77.5,
      source: source.source,
      sourceUrl: source.sourceUrl,
      comment: "Eerste raming",
      previous: { period: last.period, value: last.value },
      change: expect.closeTo(0.7, 6),
      outlier: false,
      author: actors.editor.name,
    });
    expect((await card("2024"))!.history.at(-1)).toEqual({ period: last.period, value: last.value });
  });

  it("flags a value far from the series' history", async () => {
    await submit("2021", 20, { ...source, comment: "Breuk in de reeks" });
    expect(await card("2021")).toMatchObject({ outlier: true });
  });
});

describe("validating", () => {
  it("refuses a value without a source, so the board never sees one it cannot check", async () => {
    const key = await submittedWithoutSource("2001", 76);
    await expect(as("reviewer").measurement.validate(key)).rejects.toMatchObject({
      message: expect.stringContaining("zonder bron"),
    });
    expect(await card("2001")).toMatchObject({ source: null });
  });

  it("with a reservation publishes the value and records the reservation together, with an audit row each", async () => {
    const key = await submit("2002", 76.4, source);
    const result = await as("reviewer").review.validateWithReservation({ ...key, reservation: "Voorlopig cijfer" });
    expect(result.measurement.workflow).toBe("validated");
    expect(result.note).toMatchObject({ kind: "RESERVATION", state: "OPEN", period: "2002", body: "Voorlopig cijfer" });
    const reservations = (await as(null).kpi.detail({ code: wzg.kpi })).reviewNotes.filter((n) => n.period === "2002");
    expect(reservations).toMatchObject([{ kind: "reservation", body: "Voorlopig cijfer" }]);
    const actions = await database.db.auditLog.findMany({
      where: { OR: [{ entityId: "KPI-WZG/total/2002" }, { entityId: String(result.note.id) }] },
      select: { action: true },
    });
    expect(actions.map((a) => a.action).sort()).toEqual([
      "measurement.record",
      "measurement.submit",
      "measurement.validate",
      "review.reservation",
    ]);
  });

  it("with a reservation writes nothing when the validation is refused", async () => {
    const key = await submittedWithoutSource("2003", 76.4);
    await expect(as("reviewer").review.validateWithReservation({ ...key, reservation: "X" })).rejects.toThrow();
    const notes = await database.db.reviewNote.count({ where: { period: "2003" } });
    expect(notes).toBe(0);
    expect(await card("2003")).toBeDefined();
  });

  it("is for reviewers and admins only", async () => {
    const key = await submit("2004", 76.4, source);
    await expect(as("editor").review.validateWithReservation({ ...key, reservation: "X" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });
});

describe("the change log", () => {
  it("names people instead of showing their e-mail address and shows the entry's source and comment", async () => {
    const key = await submit("2005", 76.8, { ...source, comment: "Zie nota" });
    await as("reviewer").measurement.validate(key);
    const rows = (await as("editor").audit.kpi({ code: wzg.kpi })).filter((r) => r.entityId === "KPI-WZG/total/2005");
    expect(rows.find((r) => r.action === "measurement.record")).toMatchObject({
      actorName: actors.editor.name,
      source: source.source,
      comment: "Zie nota",
    });
    const history = await as(null).measurement.history({ ...wzg, period: "2005" });
    expect(history[0]).toMatchObject({ validatedBy: actors.reviewer.name, sourceUrl: source.sourceUrl });
    expect(JSON.stringify(history)).not.toContain("@");
  });
});
