import { createAccount, runImport, type Actor } from "@boordtabel/api";
import type { Db } from "@boordtabel/db";
import type pg from "pg";
import { pipeline } from "node:stream/promises";
import { Readable } from "node:stream";
import { readdirSync, readFileSync } from "node:fs";
import { loadavg } from "node:os";
import { from as copyFrom } from "pg-copy-streams";

export interface ImportFigures {
  rows: number;
  seconds: number;
  baseline_copy_seconds: number;
  ratio: number;
  /** The machine's 1-minute load average before COPY and after the import: the machine is shared. */
  load_average: [number, number];
  /** CPU seconds spent during the import by this process (parsing, rules) and by every
   *  PostgreSQL process of the machine (null where /proc cannot tell): a wall time well above
   *  their sum waited for disk, and one near it on a loaded machine waited for a core. */
  cpu_seconds: { node: number; postgres: number | null };
}

/** CPU seconds used so far by each process named `postgres`, by pid (Linux /proc; null
 *  elsewhere). */
function postgresCpuSeconds(): Map<string, number> | null {
  try {
    const tick = 100; // USER_HZ on Linux
    const seconds = new Map<string, number>();
    for (const pid of readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
      let stat: string;
      try {
        stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      } catch {
        continue; // gone since the listing
      }
      if (stat.slice(stat.indexOf("(") + 1, stat.lastIndexOf(")")) !== "postgres") continue;
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      seconds.set(pid, (Number(fields[11]) + Number(fields[12])) / tick); // utime, stime
    }
    return seconds;
  } catch {
    return null;
  }
}

/** The CPU the PostgreSQL processes spent between two readings: the import's own connection
 *  lives throughout; a process that ended in between takes its share with it (an undercount). */
function postgresCpuBetween(before: Map<string, number> | null, after: Map<string, number> | null): number | null {
  if (!before || !after) return null;
  let total = 0;
  for (const [pid, seconds] of after) total += Math.max(0, seconds - (before.get(pid) ?? 0));
  return total;
}

/** The months after the dataset (which ends in 2019) up to November 2026: all already begun. */
const MONTHS_AFTER_DATASET = ["2020", "2021", "2022", "2023", "2024", "2025", "2026"]
  .flatMap((y) => Array.from({ length: 12 }, (_, m) => `${y}-${String(m + 1).padStart(2, "0")}`))
  .filter((month) => month <= "2026-11");

/** `rows` new monthly values after the dataset's last month, spread over every series, each
 *  close to its series' latest value (so none is an outlier), as an import CSV. */
async function importCsv(client: pg.ClientBase, rows: number): Promise<string> {
  const { rows: series } = await client.query<{ kpi: string; key: string; value: string }>(`
    SELECT k.code AS kpi, s.key, v.value::text AS value
    FROM series s JOIN kpi k ON k.id = s.kpi_id
    JOIN LATERAL (SELECT m.published_version_id FROM measurement m WHERE m.series_id = s.id
                  ORDER BY m.period_end DESC LIMIT 1) last ON true
    JOIN measurement_version v ON v.id = last.published_version_id
    ORDER BY s.id`);
  const perSeries = Math.ceil(rows / series.length);
  if (perSeries > MONTHS_AFTER_DATASET.length) throw new Error(`Too many import rows for ${series.length} series.`);
  const lines = ["kpi,series,period,value,status,source"];
  for (let m = 0; m < perSeries && lines.length <= rows; m++) {
    for (const s of series) {
      if (lines.length > rows) break;
      lines.push(`${s.kpi},${s.key},${MONTHS_AFTER_DATASET[m]},${s.value},final,Synthetische import`);
    }
  }
  return lines.join("\n") + "\n";
}

/** The real import path (parsing, validation, versions, audit, one transaction) against
 *  PostgreSQL COPY of the same rows into a table of the same columns: the physical floor. */
export async function measureImport(db: Db, client: pg.ClientBase, rows: number): Promise<ImportFigures> {
  const csv = await importCsv(client, rows);
  const account = await createAccount(
    db,
    {
      email: "bench@synthetic.boordtabel.be",
      name: "Benchmark (synthetisch)",
      password: "synthetic-bench-pass",
      role: "ADMIN",
    },
    { id: null, label: "system:bench" },
  );
  const actor: Actor = {
    id: account.id,
    email: "bench@synthetic.boordtabel.be",
    name: "Benchmark",
    role: "ADMIN",
    via: "session",
    label: "bench@synthetic.boordtabel.be",
  };

  await client.query(
    `CREATE TEMP TABLE import_copy (kpi text, series text, period text, value numeric, status text, source text)`,
  );
  const loadBefore = loadavg()[0]!;
  const copyStart = performance.now();
  await pipeline(
    Readable.from([csv]),
    client.query(copyFrom("COPY import_copy FROM STDIN WITH (FORMAT csv, HEADER true)")),
  );
  const copySeconds = (performance.now() - copyStart) / 1000;

  const cpuBefore = process.cpuUsage();
  const postgresBefore = postgresCpuSeconds();
  const start = performance.now();
  const result = await runImport(db, actor, { format: "csv", content: Buffer.from(csv), dryRun: false });
  const seconds = (performance.now() - start) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  const postgresCpu = postgresCpuBetween(postgresBefore, postgresCpuSeconds());
  if (!result.committed || result.created !== rows) {
    throw new Error(`The import did not commit all ${rows} rows: ${JSON.stringify(result.errors.slice(0, 3))}`);
  }
  const round = (n: number) => Math.round(n * 1000) / 1000;
  return {
    rows,
    seconds: round(seconds),
    baseline_copy_seconds: round(copySeconds),
    ratio: round(seconds / copySeconds),
    load_average: [Math.round(loadBefore * 10) / 10, Math.round(loadavg()[0]! * 10) / 10],
    cpu_seconds: {
      node: round((cpu.user + cpu.system) / 1e6),
      postgres: postgresCpu === null ? null : round(postgresCpu),
    },
  };
}
