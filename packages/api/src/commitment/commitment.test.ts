import { describe, expect, it } from "vitest";
import { setEditorScopes } from "../user/editor-scopes.service.js";
import { useDemoCallers } from "../testing/actors.js";

const demo = useDemoCallers();
const as = demo.as;

const auditRows = (entityId: string) =>
  demo.database.db.auditLog.findMany({
    where: { entityType: "commitment", entityId },
    orderBy: { id: "asc" },
    select: { action: true, actorLabel: true, before: true, after: true },
  });

describe("a commitment's status update", () => {
  it("is stored with its evidence link, shown on the sheet and in the plan's list, and audited", async () => {
    await as("editor").commitment.updateStatus({
      code: "DIGI-B02",
      date: "2026-11-20",
      status: "in_progress",
      progress: 40,
      note: "Eerste overleg met de sectoren gehouden.",
      evidenceUrl: "https://www.serv.be/serv/publicatie/digitalisering",
    });
    const sheet = await as(null).commitment.sheet({ code: "DIGI-B02" });
    expect(sheet.status).toBe("in_progress");
    expect(sheet.progress).toBe(40);
    expect(sheet.history[0]).toMatchObject({
      date: "2026-11-20",
      status: "in_progress",
      progress: 40,
      note: "Eerste overleg met de sectoren gehouden.",
      evidenceUrl: "https://www.serv.be/serv/publicatie/digitalisering",
      author: demo.actors.editor.name,
    });
    const plan = await as(null).commitment.byPlan({ plan: "DIGI" });
    const row = plan.groups.flatMap((g) => g.commitments).find((c) => c.code === "DIGI-B02");
    expect(row).toMatchObject({ status: "in_progress", lastUpdate: "2026-11-20" });
    const audit = await auditRows("DIGI-B02");
    expect(audit.at(-1)).toMatchObject({
      action: "commitment.status",
      actorLabel: demo.actors.editor.email,
      before: { status: "UNKNOWN", progress: null },
      after: { status: "IN_PROGRESS", progress: 40, evidenceUrl: "https://www.serv.be/serv/publicatie/digitalisering" },
    });
  });

  it("refuses an evidence link that is not a web address", async () => {
    for (const evidenceUrl of ["javascript:alert(1)", "data:text/html,x", "ftp://example.org/x"])
      await expect(
        as("editor").commitment.updateStatus({ code: "DIGI-B03", date: "2026-11-20", status: "done", evidenceUrl }),
      ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(await auditRows("DIGI-B03")).toEqual([]);
  });

  it("is refused to viewers and reviewers, and to anonymous callers", async () => {
    const input = { code: "DIGI-B04", date: "2026-11-20", status: "done" as const };
    await expect(as("viewer").commitment.updateStatus(input)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(as("reviewer").commitment.updateStatus(input)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(as(null).commitment.updateStatus(input)).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    expect((await as(null).commitment.sheet({ code: "DIGI-B04" })).history).toEqual([]);
  });

  it("is limited to the commitments of an editor's organisations when the editor has a scope", async () => {
    // DIGI-B01 names the partner organisation; DIGI-B05 names no organisation and links no KPI.
    const db = demo.database.db;
    const partner = await db.commitmentActor.findFirstOrThrow({
      where: { commitment: { code: "DIGI-B01" } },
      select: { organisation: { select: { code: true } } },
    });
    await setEditorScopes(db, demo.actors.admin, {
      userId: demo.actors.editor.id,
      kpis: [],
      organisations: [partner.organisation.code],
    });
    try {
      await as("editor").commitment.updateStatus({ code: "DIGI-B01", date: "2026-11-21", status: "in_progress" });
      await expect(
        as("editor").commitment.updateStatus({ code: "DIGI-B05", date: "2026-11-21", status: "in_progress" }),
      ).rejects.toMatchObject({ code: "FORBIDDEN" });
      // An admin is never limited by scopes.
      await as("admin").commitment.updateStatus({ code: "DIGI-B05", date: "2026-11-21", status: "delayed" });
    } finally {
      await setEditorScopes(db, demo.actors.admin, { userId: demo.actors.editor.id, kpis: [], organisations: [] });
    }
    expect((await as(null).commitment.sheet({ code: "DIGI-B05" })).history.map((h) => h.status)).toEqual(["delayed"]);
  });
});

describe("a plan's commitments", () => {
  it("list DIGI's 50 building blocks under its 7 domains, with the coverage of each domain", async () => {
    const plan = await as(null).commitment.byPlan({ plan: "DIGI" });
    expect(plan.groups.map((g) => g.code)).toEqual([
      "DIGI-3.1",
      "DIGI-3.2",
      "DIGI-3.3",
      "DIGI-3.4",
      "DIGI-3.5",
      "DIGI-3.6",
      "DIGI-3.7",
    ]);
    expect(plan.groups.reduce((n, g) => n + g.commitments.length, 0)).toBe(50);
    expect(plan.rollup.total).toBe(50);
    for (const g of plan.groups) {
      expect(g.rollup.total).toBe(g.commitments.length);
      expect(g.rollup.reported).toBe(g.commitments.filter((c) => c.status !== "unknown").length);
    }
  });
});

describe("comments and reservations on a commitment", () => {
  it("are posted by reviewers, shown on the sheet and audited; editors and viewers cannot post them", async () => {
    await as("reviewer").commitment.addNote({
      commitment: "DIGI-B06",
      kind: "reservation",
      body: "Zonder budget blijft dit een intentie.",
    });
    await expect(
      as("editor").commitment.addNote({ commitment: "DIGI-B06", kind: "comment", body: "x" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      as("viewer").commitment.addNote({ commitment: "DIGI-B06", kind: "comment", body: "x" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    const sheet = await as(null).commitment.sheet({ code: "DIGI-B06" });
    expect(sheet.notes).toEqual([
      expect.objectContaining({
        kind: "reservation",
        state: "open",
        body: "Zonder budget blijft dit een intentie.",
        author: demo.actors.reviewer.name,
      }),
    ]);
    const audit = await demo.database.db.auditLog.findMany({
      where: { entityType: "review_note", entityId: String(sheet.notes[0]!.id) },
      select: { action: true },
    });
    expect(audit).toEqual([{ action: "review.reservation" }]);
  });
});

describe("the action sheet", () => {
  it("shows the source passage, the organisations as written and the plan's short title", async () => {
    const sheet = await as(null).commitment.sheet({ code: "DIGI-B01" });
    expect(sheet.title.nl).toBe("Competentieprognoses opstellen");
    expect(sheet.evidence[0]).toEqual({
      file: "000_95e63b64dff3ca74.txt",
      lines: "230",
      quote: "Competentieprognoses opstellen",
    });
    expect(sheet.actors.map((a) => [a.role, a.label])).toEqual([
      ["partner", "(hertekende) bedrijfstakken of -clusters"],
      ["partner", "sectorale opleidingsfondsen"],
    ]);
    expect(sheet.plan.title.nl).toBe("Digitale beleidsagenda voor Vlaanderen");
    await expect(as(null).commitment.sheet({ code: "NOPE-1" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
