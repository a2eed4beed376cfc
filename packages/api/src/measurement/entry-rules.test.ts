import type { Actor } from "../auth/actor.js";
import { createTestDatabase, type TestDatabase } from "@boordtabel/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerFor, demoActors } from "../testing/actors.js";

let database: TestDatabase;
let actors: Record<"admin" | "editor" | "reviewer" | "viewer", Actor>;
const as = (who: keyof typeof actors) => callerFor(database.db, actors[who]);
const key = { kpi: "KPI-WZG", series: "total" };
const nextYear = String(new Date().getUTCFullYear() + 1);

beforeAll(async () => {
  database = await createTestDatabase();
  actors = await demoActors(database.db);
});
afterAll(() => database.drop());

describe("the rules of the entry form, kept by the server", () => {
  it("refuses a period that has not started yet, saying when it starts, and writes nothing", async () => {
    const before = await database.db.auditLog.count();
    for (const period of [nextYear, "2050"]) {
      await expect(as("editor").measurement.record({ ...key, period, value: 78 })).rejects.toMatchObject({
        code: "BAD_REQUEST",
        message: `${period} is nog niet begonnen: een waarde kan pas vanaf ${period}-01-01.`,
      });
    }
    expect(await database.db.auditLog.count()).toBe(before);
  });

  it("names the series' frequency when the period is of another kind", async () => {
    await expect(
      as("editor").measurement.record({ kpi: "KPI-WZG", series: "kwartaal", period: "2024", value: 78 }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringMatching(
        /^KPI-WZG \(kwartaal\) is een kwartaalreeks en verwacht een kwartaal, bv\. \d{4}-Q[1-4]\.$/,
      ),
    });
  });

  it("submits a value only with its source; a draft may lack it", async () => {
    await expect(
      as("editor").measurement.record({ ...key, period: "2021", value: 75, workflow: "submitted", comment: "x" }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "Vermeld de bron van deze waarde: zonder bron kan ze niet ingediend worden.",
    });
    const draft = await as("editor").measurement.record({ ...key, period: "2003", value: 75, comment: "x" });
    expect(draft.workflow).toBe("draft");
    await expect(as("editor").measurement.submit({ ...key, period: "2003", expectedVersion: 1 })).rejects.toMatchObject(
      { code: "BAD_REQUEST", message: expect.stringContaining("bron") },
    );
    const submitted = await as("editor").measurement.record({
      ...key,
      period: "2003",
      value: 75,
      comment: "x",
      source: "Statbel EAK 2003",
      workflow: "submitted",
      expectedVersion: 1,
    });
    expect(submitted).toMatchObject({ version: 2, workflow: "submitted", source: "Statbel EAK 2003" });
  });

  it("publishes a value only with its source: a reviewer's or admin's direct validation without one writes nothing", async () => {
    const before = {
      versions: await database.db.measurementVersion.count(),
      audit: await database.db.auditLog.count(),
    };
    for (const who of ["reviewer", "admin"] as const) {
      for (const source of [{}, { source: "  " }]) {
        await expect(
          as(who).measurement.record({
            ...key,
            period: "2002",
            value: 75,
            comment: "x",
            workflow: "validated",
            ...source,
          }),
        ).rejects.toMatchObject({
          code: "BAD_REQUEST",
          message: "Vermeld de bron van deze waarde: zonder bron kan ze niet gepubliceerd worden.",
        });
      }
    }
    await expect(
      callerFor(database.db, actors.reviewer, "en").measurement.record({
        ...key,
        period: "2002",
        value: 75,
        comment: "x",
        workflow: "validated",
      }),
    ).rejects.toMatchObject({ message: "State the source of this value: without a source it cannot be published." });
    expect({
      versions: await database.db.measurementVersion.count(),
      audit: await database.db.auditLog.count(),
    }).toEqual(before);
    // A web address alone is a source; a reviewer's draft may still lack one.
    const published = await as("reviewer").measurement.record({
      ...key,
      period: "2002",
      value: 75,
      comment: "x",
      workflow: "validated",
      sourceUrl: "https://statbel.fgov.be/nl/themas/werk-opleiding/arbeidsmarkt/werkgelegenheid-en-werkloosheid",
    });
    expect(published).toMatchObject({ version: 1, workflow: "validated" });
    const draft = await as("reviewer").measurement.record({ ...key, period: "2001", value: 75, comment: "x" });
    expect(draft).toMatchObject({ version: 1, workflow: "draft", source: null });
  });

  it("a value sent back is corrected and resubmitted without a reason; a published one needs one", async () => {
    await as("reviewer").measurement.sendBack({ ...key, period: "2003", expectedVersion: 2, reason: "tikfout" });
    const resubmitted = await as("editor").measurement.record({
      ...key,
      period: "2003",
      value: 75.2,
      comment: "x",
      source: "Statbel EAK 2003",
      workflow: "submitted",
      expectedVersion: 2,
    });
    expect(resubmitted).toMatchObject({ version: 3, workflow: "submitted", reason: null });
    await as("reviewer").measurement.validate({ ...key, period: "2003", expectedVersion: 3 });
    await expect(
      as("editor").measurement.record({
        ...key,
        period: "2003",
        value: 75.3,
        comment: "x",
        source: "Statbel",
        workflow: "submitted",
        expectedVersion: 3,
      }),
    ).rejects.toMatchObject({ message: "Geef een reden voor deze wijziging." });
  });
});
