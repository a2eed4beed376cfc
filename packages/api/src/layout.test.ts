// House style 1 and 12, held over the source: routers are composed with tRPC's public API only,
// admin procedures live with their nouns (structure/structure.routers.ts is gone for good), and a
// router holds no Prisma.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const root = import.meta.dirname;
const sources = readdirSync(root, { recursive: true, encoding: "utf8" })
  .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"))
  .map((f) => ({ file: relative(root, join(root, f)), text: readFileSync(join(root, f), "utf8") }));

describe("the API's layout", () => {
  it("uses no private tRPC API (._def) anywhere", () => {
    expect(sources.filter(({ text }) => /\._def\b/.test(text)).map((s) => s.file)).toEqual([]);
  });

  it("composes root.ts from the nouns' router files only", () => {
    const root_ = sources.find((s) => s.file === "root.ts")!.text;
    const imports = [...root_.matchAll(/from "\.\/([\w-]+)\/([\w.-]+)\.js"/g)].map((m) => [m[1], m[2]]);
    expect(imports.length).toBeGreaterThan(10);
    for (const [folder, file] of imports) expect(`${folder}/${file}`).toMatch(/^[\w-]+\/[\w-]+\.router$/);
    expect(existsSync(join(root, "structure"))).toBe(false);
  });

  it("keeps Prisma out of routers: a procedure calls a service", () => {
    const routers = sources.filter((s) => s.file.endsWith(".router.ts"));
    expect(routers.length).toBeGreaterThan(10);
    expect(routers.filter(({ text }) => /ctx\.db\.\w+\./.test(text)).map((s) => s.file)).toEqual([]);
  });
});
