import { describe, expect, it } from "vitest";
import { useDemoCallers } from "../testing/actors.js";
import { boardPack, readBoardPackKey, regenerateBoardPack, type BoardPackKey } from "./board-pack.service.js";

const setup = useDemoCallers();

/** A stand-in for Chromium: distinct bytes per call, after a short wait, counting the calls. */
function fakeRenderer() {
  const calls: BoardPackKey[] = [];
  const render = async (key: BoardPackKey) => {
    calls.push(key);
    await new Promise((resolve) => setTimeout(resolve, 50));
    return new TextEncoder().encode(`%PDF-fake ${key.code} ${key.asOf} ${key.lang} #${calls.length}`);
  };
  return { calls, render };
}

describe("the frozen board pack", () => {
  it("is drawn once for concurrent identical requests and stored once, with its SHA-256 and an audit row", async () => {
    const { db } = setup.database;
    const { calls, render } = fakeRenderer();
    const key: BoardPackKey = { code: "IAB", asOf: "2026-10-31", lang: "nl" };
    const packs = await Promise.all([1, 2, 3, 4].map(() => boardPack(db, null, key, render)));
    expect(calls).toHaveLength(1);
    expect(new Set(packs.map((p) => p.sha256)).size).toBe(1);
    expect(packs.filter((p) => p.created)).toHaveLength(1);
    const rows = await db.boardPack.findMany({ where: { asOf: new Date("2026-10-31T00:00:00Z") } });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.sizeBytes).toBe(rows[0]!.bytes.length);
    const audit = await db.auditLog.findMany({
      where: { action: "boardPack.generate", entityId: String(rows[0]!.id) },
    });
    expect(audit).toHaveLength(1);
    expect(audit[0]!.actorLabel).toBe("system:board-pack");

    const later = await boardPack(db, setup.actors.viewer, key, render);
    expect(calls).toHaveLength(1);
    expect(later.created).toBe(false);
    expect(Buffer.from(later.bytes).equals(Buffer.from(packs[0]!.bytes))).toBe(true);
  });

  it("keeps one pack per language and date apart", async () => {
    const { db } = setup.database;
    const { calls, render } = fakeRenderer();
    const nl = await boardPack(db, null, { code: "I40", asOf: "2026-09-30", lang: "nl" }, render);
    const en = await boardPack(db, null, { code: "I40", asOf: "2026-09-30", lang: "en" }, render);
    const other = await boardPack(db, null, { code: "I40", asOf: "2026-08-31", lang: "nl" }, render);
    expect(calls).toHaveLength(3);
    expect(new Set([nl.sha256, en.sha256, other.sha256]).size).toBe(3);
  });

  it("stores nothing when drawing fails, and draws again on the next request", async () => {
    const { db } = setup.database;
    const key: BoardPackKey = { code: "DIGI", asOf: "2026-07-31", lang: "nl" };
    await expect(boardPack(db, null, key, () => Promise.reject(new Error("no browser")))).rejects.toThrow("no browser");
    expect(await db.boardPack.count({ where: { plan: { code: "DIGI" } } })).toBe(0);
    const { calls, render } = fakeRenderer();
    await boardPack(db, null, key, render);
    expect(calls).toHaveLength(1);
  });

  it("is superseded, not replaced, when an admin regenerates it", async () => {
    const { db } = setup.database;
    const { render } = fakeRenderer();
    const key: BoardPackKey = { code: "IAB", asOf: "2026-06-30", lang: "en" };
    const first = await boardPack(db, null, key, render);
    const second = await regenerateBoardPack(db, setup.actors.admin, key, render);
    expect(second.sha256).not.toBe(first.sha256);
    const rows = await db.boardPack.findMany({
      where: { asOf: new Date("2026-06-30T00:00:00Z") },
      orderBy: { id: "asc" },
    });
    expect(rows.map((r) => [r.sha256, r.supersededAt !== null])).toEqual([
      [first.sha256, true],
      [second.sha256, false],
    ]);
    expect(rows[1]!.generatedById).toBe(setup.actors.admin.id);
    expect((await boardPack(db, null, key, render)).sha256).toBe(second.sha256);
    const audit = await db.auditLog.findFirst({ where: { action: "boardPack.regenerate" } });
    expect(audit?.before).toEqual({ id: rows[0]!.id, sha256: first.sha256 });
  });

  it("refuses an unknown plan before drawing anything", async () => {
    const { calls, render } = fakeRenderer();
    await expect(
      boardPack(setup.database.db, null, { code: "NOPE", asOf: "2026-06-30", lang: "nl" }, render),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(calls).toHaveLength(0);
  });
});

describe("reading the pack's date and language from the address", () => {
  it("takes today when no date is given, and the caller's language", () => {
    expect(readBoardPackKey("IAB", {}, "en", "2026-12-02")).toEqual({ code: "IAB", asOf: "2026-12-02", lang: "en" });
    expect(readBoardPackKey("IAB", { asOf: "2026-11-30" }, "nl", "2026-12-02").asOf).toBe("2026-11-30");
  });

  it("refuses a date in the future or one that is not a calendar day", () => {
    for (const asOf of ["2026-12-03", "2026-02-30", "30/11/2026", "x"])
      expect(() => readBoardPackKey("IAB", { asOf }, "nl", "2026-12-02")).toThrow(/BAD_INPUT/);
  });
});
