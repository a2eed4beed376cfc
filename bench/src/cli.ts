// `pnpm bench [--scale N] [--seconds S] [--only import] [--out FILE]`: the synthetic dataset, the real server,
// each read against its raw-SQL baseline, the import against COPY, and the web app.
import { parseArgs } from "node:util";
import { fileURLToPath } from "node:url";
import { formatTable, runBench, writeResult } from "./run.js";

const { values } = parseArgs({
  options: {
    scale: { type: "string", default: "1" },
    seconds: { type: "string", default: "10" },
    "import-rows": { type: "string", default: "100000" },
    keep: { type: "boolean", default: false },
    only: { type: "string" },
    out: { type: "string" },
  },
});

// An import-only run has its own file, so it never replaces the full run's figures.
const out =
  values.out ??
  fileURLToPath(
    new URL(values.only === "import" ? "../results/import.json" : "../results/latest.json", import.meta.url),
  );
const scale = Number(values.scale);
const seconds = Number(values.seconds);
if (values.only !== undefined && values.only !== "import") {
  console.error("--only takes one value: import");
  process.exit(2);
}
if (!(scale > 0) || !(seconds > 0)) {
  console.error("--scale and --seconds must be positive numbers");
  process.exit(2);
}

const result = await runBench({
  scale,
  durationMs: seconds * 1000,
  warmupMs: Math.min(2000, seconds * 200),
  concurrencies: [1, 16],
  importRows: Number(values["import-rows"]),
  webRuns: 5,
  keep: values.keep,
  only: values.only === "import" ? "import" : undefined,
  databaseUrl: process.env["BENCH_DATABASE_URL"],
  log: (line) => console.log(line),
});
console.log(`\n${formatTable(result)}\n`);
writeResult(out, result);
console.log(`written to ${out}`);
