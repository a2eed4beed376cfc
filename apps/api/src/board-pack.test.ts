// The board pack end to end: a real server on a loopback port, the built web app's print route,
// Debian's Chromium printing it, and poppler (pdftotext, pdfinfo) reading the PDF back.
// Each pack is generated once and its bytes reused by the assertions below.
import { DEMO_PASSWORD, ensureDemoAccounts } from "@boordtabel/api";
import { createTestDatabase, type TestDatabase } from "@boordtabel/db/testing";
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestServer, signIn, TEST_BASE_URL } from "./test-support.js";

const webDist = fileURLToPath(new URL("../../web/dist/", import.meta.url));
const AS_OF = "2026-11-30";
const GENERATION_MS = 120_000;

let database: TestDatabase;
let server: ReturnType<typeof createTestServer>;
let url = "";
const scratch = mkdtempSync(join(tmpdir(), "boordtabel-board-pack-"));

interface Fetched {
  status: number;
  etag: string | null;
  type: string | null;
  bytes: Buffer;
}

async function get(path: string, headers: Record<string, string> = {}): Promise<Fetched> {
  const response = await fetch(`${url}${path}`, { headers });
  return {
    status: response.status,
    etag: response.headers.get("etag"),
    type: response.headers.get("content-type"),
    bytes: Buffer.from(await response.arrayBuffer()),
  };
}

const packPath = (plan: string, lang: string, asOf = AS_OF) =>
  `/api/v1/plans/${plan}/board-pack.pdf?asOf=${asOf}&lang=${lang}`;

function poppler(tool: "pdftotext" | "pdfinfo", bytes: Buffer): string {
  const file = join(scratch, `${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, bytes);
  return execFileSync(tool, tool === "pdftotext" ? [file, "-"] : [file], { encoding: "utf8" });
}
/** pdftotext breaks lines where the page does; the assertions read the text as one line. */
const textOf = (bytes: Buffer) => poppler("pdftotext", bytes).replace(/\s+/g, " ");

beforeAll(async () => {
  if (!existsSync(join(webDist, "index.html")))
    throw new Error("Build the web app first: corepack pnpm --filter @boordtabel/web build");
  database = await createTestDatabase();
  await ensureDemoAccounts(database.db);
  server = createTestServer(database.db, { webDistDir: webDist });
  url = (await server.start(0, "127.0.0.1")).url;
}, 60_000);
afterAll(async () => {
  await server?.stop();
  await database?.drop();
});

interface Pillar {
  kind: string;
  title: { nl: string; en: string };
}

describe("the IAB board pack", () => {
  const packs: Record<"nl" | "en", Fetched> = {} as never;
  const texts: Record<"nl" | "en", string> = {} as never;
  let pillars: Pillar[] = [];
  let title = { nl: "", en: "" };

  beforeAll(async () => {
    const plan = (await (await fetch(`${url}/api/v1/plans/IAB`)).json()) as { title: typeof title; nodes: Pillar[] };
    title = plan.title;
    pillars = plan.nodes.filter((n) => n.kind === "pillar");
    const started = Date.now();
    packs.nl = await get(packPath("IAB", "nl"));
    const nlMs = Date.now() - started;
    packs.en = await get(packPath("IAB", "en"));
    console.info(
      `board pack IAB nl: ${nlMs} ms (with Chromium's start), ${packs.nl.bytes.length} bytes; ` +
        `en: ${Date.now() - started - nlMs} ms, ${packs.en.bytes.length} bytes`,
    );
    texts.nl = textOf(packs.nl.bytes);
    texts.en = textOf(packs.en.bytes);
  }, GENERATION_MS * 2);

  it("is a PDF with the hash of its bytes as ETag", () => {
    for (const pack of [packs.nl, packs.en]) {
      expect(pack.status).toBe(200);
      expect(pack.type).toBe("application/pdf");
      expect(pack.bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
      expect(pack.etag).toMatch(/^"[0-9a-f]{64}"$/);
    }
    expect(packs.nl.etag).not.toBe(packs.en.etag);
  });

  it("shows the plan title, every pillar and the as-of date written out, in Dutch and in English", () => {
    expect(pillars).toHaveLength(4);
    expect(texts.nl).toContain(title.nl);
    expect(texts.en).toContain(title.en);
    for (const pillar of pillars) {
      expect(texts.nl).toContain(pillar.title.nl);
      expect(texts.en).toContain(pillar.title.en);
    }
    expect(texts.nl).toContain("30 november 2026");
    expect(texts.en).toContain("30 November 2026");
  });

  it("shows the employment rate with its latest value and a past-target verdict", () => {
    expect(texts.nl).toMatch(/Werkzaamheidsgraad Vlaanderen \(totaal\) .*76,8 % \(2023\)/);
    expect(texts.en).toMatch(/Employment rate Flanders .*76\.8% \(2023\)/);
    expect(texts.nl).toContain("Pact 2020 (76 %): niet gehaald (74,7 %)");
    expect(texts.en).toMatch(/Pact 2020 \(76 ?%\): not achieved \(74\.7 ?%\)/);
  });

  it("keeps the other language out of the pack's own words", () => {
    for (const english of ["Board pack", "Latest value", "Page ", "Sources", "as known on"])
      expect(texts.nl).not.toContain(english);
    for (const dutch of ["Vergadermap", "Laatste waarde", "Pagina ", "Bronnen", "zoals gekend op"])
      expect(texts.en).not.toContain(dutch);
  });

  it("is a tagged PDF in the pack's language, with alt text on the charts and bookmarks", () => {
    expect(poppler("pdfinfo", packs.nl.bytes)).toMatch(/Tagged:\s+yes/);
    expect(poppler("pdfinfo", packs.en.bytes)).toMatch(/Tagged:\s+yes/);
    const raw = packs.nl.bytes.toString("latin1");
    expect(raw).toContain("/Lang (nl-BE)");
    expect(packs.en.bytes.toString("latin1")).toContain("/Lang (en)");
    expect(raw).toContain("/Alt (Grafiek van Werkzaamheidsgraad Vlaanderen");
    expect(raw).toContain("/Outlines");
  });

  it(
    "answers a second request from the table: identical bytes, the same ETag, 304 when it is known",
    async () => {
      const again = await get(packPath("IAB", "nl"));
      expect(again.etag).toBe(packs.nl.etag);
      expect(again.bytes.equals(packs.nl.bytes)).toBe(true);
      const notModified = await get(packPath("IAB", "nl"), { "if-none-match": packs.nl.etag! });
      expect(notModified.status).toBe(304);
      expect(notModified.bytes.length).toBe(0);
      const rows = await database.db.boardPack.findMany({ where: { plan: { code: "IAB" } } });
      expect(rows).toHaveLength(2);
      const audit = await database.db.auditLog.findMany({ where: { action: "boardPack.generate" } });
      expect(audit).toHaveLength(2);
    },
    GENERATION_MS,
  );

  it(
    "is made again only by an admin, keeping the old pack as superseded",
    async () => {
      const regenerate = (cookie?: string) =>
        server.app.inject({
          method: "POST",
          url: `/api/v1/plans/IAB/board-pack/regenerate?asOf=${AS_OF}&lang=nl`,
          headers: { origin: TEST_BASE_URL, ...(cookie ? { cookie } : {}) },
        });
      const viewer = await signIn(server, "viewer@demo.boordtabel.be", DEMO_PASSWORD);
      expect((await regenerate()).statusCode).toBe(401);
      expect((await regenerate(viewer)).statusCode).toBe(403);

      const admin = await signIn(server, "admin@demo.boordtabel.be", DEMO_PASSWORD);
      const response = await regenerate(admin);
      expect(response.statusCode).toBe(201);
      const made = response.json<{ sha256: string; sizeBytes: number }>();

      const rows = await database.db.boardPack.findMany({
        where: { plan: { code: "IAB" }, lang: "nl" },
        orderBy: { id: "asc" },
        select: { sha256: true, supersededAt: true, generatedById: true },
      });
      expect(rows).toHaveLength(2);
      expect(rows[0]!.sha256).toBe(packs.nl.etag!.slice(1, -1));
      expect(rows[0]!.supersededAt).not.toBeNull();
      expect(rows[1]).toMatchObject({ sha256: made.sha256, supersededAt: null });
      expect(rows[1]!.generatedById).not.toBeNull();
      const audit = await database.db.auditLog.findMany({ where: { action: "boardPack.regenerate" } });
      expect(audit).toHaveLength(1);

      const served = await get(packPath("IAB", "nl"));
      expect(served.etag).toBe(`"${made.sha256}"`);
      expect(served.bytes.length).toBe(made.sizeBytes);
    },
    GENERATION_MS,
  );
});

describe("a board pack for an agenda without KPIs (DIGI)", () => {
  it(
    "shows per domain the commitments with their status distribution and coverage",
    async () => {
      const plan = (await (await fetch(`${url}/api/v1/plans/DIGI`)).json()) as {
        nodes: (Pillar & { parent?: unknown })[];
        commitments: { title: { nl: string } }[];
      };
      const pack = await get(packPath("DIGI", "nl"));
      expect(pack.status).toBe(200);
      const text = textOf(pack.bytes);
      const domain = plan.nodes.find((n) => n.kind !== "introduction")!;
      expect(text).toContain(domain.title.nl);
      expect(text).toContain(plan.commitments[0]!.title.nl);
      expect(text).toMatch(/0 van 9 engagementen gerapporteerd/);
      expect(text).toContain("Status onbekend: 9");
      expect(text).not.toContain("Kernindicator");
    },
    GENERATION_MS,
  );
});

describe("identical requests at the same time", () => {
  it(
    "share one generation and store one pack",
    async () => {
      const [a, b, c] = await Promise.all([1, 2, 3].map(() => get(packPath("I40", "en"))));
      expect(new Set([a!.etag, b!.etag, c!.etag]).size).toBe(1);
      expect(a!.bytes.equals(c!.bytes)).toBe(true);
      expect(await database.db.boardPack.count({ where: { plan: { code: "I40" } } })).toBe(1);
    },
    GENERATION_MS,
  );
});

describe("without Chromium", () => {
  it("answers 503 with a translated message, stores nothing, and the rest keeps working", async () => {
    const saved = process.env["CHROMIUM_PATH"];
    process.env["CHROMIUM_PATH"] = join(scratch, "no-chromium-here");
    try {
      const nl = await get(packPath("IAB", "nl", "2026-11-29"));
      expect(nl.status).toBe(503);
      const body = JSON.parse(nl.bytes.toString("utf8")) as { error: { code: string; message: string } };
      expect(body.error.code).toBe("UNAVAILABLE");
      expect(body.error.message).toMatch(/Chromium/);
      expect(body.error.message).toMatch(/vergadermap/i);
      const en = await get(packPath("IAB", "en", "2026-11-29"));
      expect(JSON.parse(en.bytes.toString("utf8")).error.message).toMatch(/board pack/i);
      expect(await database.db.boardPack.count({ where: { asOf: new Date("2026-11-29T00:00:00Z") } })).toBe(0);
      expect((await get("/api/v1/plans/IAB")).status).toBe(200);
    } finally {
      if (saved === undefined) delete process.env["CHROMIUM_PATH"];
      else process.env["CHROMIUM_PATH"] = saved;
    }
  });

  it("answers 503 with its reason when the server does not serve the built web app", async () => {
    const bare = createTestServer(database.db);
    const bareUrl = (await bare.start(0, "127.0.0.1")).url;
    try {
      const response = await fetch(`${bareUrl}${packPath("IAB", "nl", "2026-11-28")}`);
      expect(response.status).toBe(503);
      const body = (await response.json()) as { error: { code: string; message: string } };
      expect(body.error).toMatchObject({ code: "UNAVAILABLE" });
      expect(body.error.message).toMatch(/webtoepassing/);
      expect(await database.db.boardPack.count({ where: { asOf: new Date("2026-11-28T00:00:00Z") } })).toBe(0);
    } finally {
      await bare.stop();
    }
  });

  it("refuses a date in the future or a malformed one", async () => {
    expect((await get(packPath("IAB", "nl", "2999-01-01"))).status).toBe(400);
    expect((await get(packPath("IAB", "nl", "30-11-2026"))).status).toBe(400);
    expect((await get(packPath("NOPE", "nl"))).status).toBe(404);
  });
});
