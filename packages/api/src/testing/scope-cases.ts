// Editor scopes in the authorisation matrix: every per-KPI write, run by an editor scoped to one
// KPI, succeeds (with its audit row) on that KPI and is refused (writing nothing) on another.
// Run over createCaller (packages/api) and over HTTP (apps/api) like the role cases.
import type { Caller, Who } from "./matrix-cases.js";

/** The KPI the scoped editor may write, and one it may not (both yearly percentages). */
export const IN_SCOPE_KPI = "KPI-WZG";
export const OUT_OF_SCOPE_KPI = "KPI-LLL";
export const SCOPED_EDITOR_PASSWORD = "scoped-editor-password-1";

/** A write tied to one KPI: prepares its fixture on `kpi` (as unscoped callers) and returns the
 *  call the scoped editor then makes. */
type ScopedCall = (caller: Caller) => Promise<unknown>;
export type ScopeCase = (kpi: string) => ScopedCall | Promise<ScopedCall>;

/** Every procedure an editor calls to write something tied to a KPI or one of its series.
 *  (Reviews are written by reviewers, KPI definitions by admins: neither is scoped.) */
export type ScopedWrite =
  | "benchmark.create"
  | "benchmark.delete"
  | "annotation.create"
  | "annotation.delete"
  | "target.revise"
  | "measurement.record"
  | "measurement.recordMany"
  | "measurement.submit"
  | "measurement.withdraw"
  | "import.commit";

/** Creates an editor scoped to `IN_SCOPE_KPI` (through the admin's procedures) and returns how
 *  to act as them. */
export async function createScopedEditor(admin: Caller, email: string): Promise<{ id: string; email: string }> {
  const { id } = await admin.user.create({
    email,
    name: "Scoped editor",
    password: SCOPED_EDITOR_PASSWORD,
    role: "EDITOR",
  });
  await admin.user.setScopes({ userId: id, kpis: [IN_SCOPE_KPI], organisations: [] });
  return { id, email };
}

/** A batch (grid, import) reports refused rows instead of throwing: an out-of-scope row becomes
 *  the FORBIDDEN the single writes throw, any other refusal an error of its own. */
function batchOutcome<T>(messageKeys: string[], result: T): T {
  if (messageKeys.length === 0) return result;
  const code = messageKeys.includes("kpi.outOfScope") ? "FORBIDDEN" : "BAD_REQUEST";
  throw Object.assign(new Error(`refused rows: ${messageKeys.join(", ")}`), { code });
}

export function scopeCases(as: (who: Who) => Caller): Record<ScopedWrite, ScopeCase> {
  let counter = 0;
  // Years long past and free: a period that has not started takes no value.
  const freshPeriod = () => `${1500 + ++counter}`;
  const value = { value: 50, comment: "scope matrix", source: "scope matrix" };
  async function recorded(kpi: string, submit: boolean) {
    const key = { kpi, series: "total", period: freshPeriod() };
    await as("editor").measurement.record({ ...key, ...value });
    if (submit) await as("editor").measurement.submit({ ...key, expectedVersion: 1 });
    return { ...key, expectedVersion: 1 };
  }
  const csv = (kpi: string) =>
    Buffer.from(`kpi,period,value,comment,source\n${kpi},${freshPeriod()},50,scope matrix,scope matrix\n`).toString(
      "base64",
    );
  const benchmark = (kpi: string) => ({
    kpi,
    entityCode: `S${++counter}`,
    entityNl: "Test",
    entityEn: "Test",
    value: 50,
    source: "scope matrix",
  });
  const annotation = (kpi: string) => ({
    kpi,
    date: "2020-03-13",
    kind: "note" as const,
    titleNl: "Scope",
    titleEn: "Scope",
  });
  return {
    "benchmark.create": (kpi) => (c) => c.benchmark.create(benchmark(kpi)),
    "benchmark.delete": async (kpi) => {
      const { id } = await as("editor").benchmark.create(benchmark(kpi));
      return (c) => c.benchmark.delete({ id });
    },
    "annotation.create": (kpi) => (c) => c.annotation.create(annotation(kpi)),
    "annotation.delete": async (kpi) => {
      const { id } = await as("editor").annotation.create(annotation(kpi));
      return (c) => c.annotation.delete({ id });
    },
    "target.revise": (kpi) => (c) =>
      c.target.revise({
        kpi,
        series: "total",
        targets: [{ period: "2030", value: 80, source: "scope matrix", kind: "target" }],
        interpolation: "linear",
        justification: "scope matrix",
      }),
    "measurement.record": (kpi) => (c) =>
      c.measurement.record({ kpi, series: "total", period: freshPeriod(), ...value }),
    "measurement.recordMany": (kpi) => async (c) => {
      const result = await c.measurement.recordMany({
        rows: [{ kpi, series: "total", period: freshPeriod(), ...value }],
      });
      return batchOutcome(
        result.errors.map((e) => e.messageKey),
        result,
      );
    },
    "measurement.submit": async (kpi) => {
      const key = await recorded(kpi, false);
      return (c) => c.measurement.submit(key);
    },
    "measurement.withdraw": async (kpi) => {
      const key = await recorded(kpi, true);
      return (c) => c.measurement.withdraw({ ...key, reason: "scope matrix" });
    },
    "import.commit": (kpi) => async (c) => {
      const result = await c.import.commit({ format: "csv", content: csv(kpi) });
      return batchOutcome(
        result.errors.flatMap((e) => e.issues.map((i) => i.messageKey)),
        result,
      );
    },
  };
}

/** Runs one scope case: in scope it succeeds and writes its audit row; out of scope it is
 *  refused with FORBIDDEN and writes nothing. */
export async function checkScopeCase(
  testCase: ScopeCase,
  caller: Caller,
  inScope: boolean,
  auditRows: () => Promise<number>,
): Promise<void> {
  const { expect } = await import("vitest");
  const call = await testCase(inScope ? IN_SCOPE_KPI : OUT_OF_SCOPE_KPI);
  const before = await auditRows();
  const outcome = call(caller);
  if (inScope) {
    await expect(outcome).resolves.toBeDefined();
    expect(await auditRows()).toBeGreaterThan(before);
  } else {
    await expect(outcome).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await auditRows()).toBe(before);
  }
}
