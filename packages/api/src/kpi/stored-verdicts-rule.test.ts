// The rule of stored-verdicts.ts, held over the source: stored verdicts are written in one place,
// and every file with a publishing write calls the one helper that refreshes them.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..");
const sources = readdirSync(root, { recursive: true, encoding: "utf8" })
  .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts") && !f.split(/[\\/]/).includes("testing"))
  .map((f) => ({ file: relative(root, join(root, f)), text: readFileSync(join(root, f), "utf8") }));

/** Writes that change what is published: a value's published version, a series' target path,
 *  a KPI's rules. */
const publishingWrite = /publishedVersionId:|published_version_id =|currentTargetPathId:|tx\.kpi\.(update|create)\(/;

describe("every publishing write refreshes the stored verdict", () => {
  it("only stored-verdicts.ts writes stored verdicts", () => {
    const writers = sources.filter(({ text }) =>
      /seriesStatus\.(create|update|upsert|delete)|(INTO|UPDATE) series_status\b/.test(text),
    );
    expect(writers.map((s) => s.file)).toEqual(["kpi/stored-verdicts.ts"]);
  });

  it("each file with a publishing write calls refreshStoredVerdicts", () => {
    const publishing = sources.filter(({ text }) => publishingWrite.test(text));
    expect(publishing.map((s) => s.file).sort()).toEqual([
      "corrective-action/corrective-action.service.ts",
      "kpi/kpi-admin.service.ts",
      "measurement/measurement.service.ts",
      "measurement/record-batch.ts",
      "target/target.service.ts",
    ]);
    for (const { file, text } of publishing) expect(text, file).toMatch(/await refreshStoredVerdicts\(\s*tx,/);
  });
});
