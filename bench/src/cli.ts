// `pnpm bench [--scale N] [--seconds S] [--out FILE]`: the synthetic dataset, the real server,
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
    out: { type: "string", default: fileURLToPath(new URL("../results/latest.json", import.meta.url)) },
  },
});

const scale = Number(values.scale);
const seconds = Number(values.seconds);
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
  databaseUrl: process.env["BENCH_DATABASE_URL"],
  log: (line) => console.log(line),
});
console.log(`\n${formatTable(result)}\n`);
writeResult(values.out, result);
console.log(`written to ${values.out}`);
