// The authorisation matrix: for every procedure, who may call it and a call that succeeds.
// Used over createCaller (packages/api) and over HTTP (apps/api), so that no procedure can skip
// authorisation or its audit row by omission.
import type { callerFor } from "./actors.js";
import type { MutationPath, ProcedurePath } from "./procedure-paths.js";
import { targetCycleCases } from "./target-cycle-cases.js";

export type Who = "anonymous" | "viewer" | "editor" | "reviewer" | "admin";
export const EVERYONE: Who[] = ["anonymous", "viewer", "editor", "reviewer", "admin"];
const SIGNED_IN: Who[] = ["viewer", "editor", "reviewer", "admin"];

export type Caller = ReturnType<typeof callerFor>;

export interface MatrixCase {
  allowed: Who[];
  mutation?: boolean;
  /** A dry run changes nothing, so it writes no audit row. */
  changesNothing?: boolean;
  run: (caller: Caller, who: Who) => Promise<unknown>;
}

/** One case per procedure, mutations marked as such: a procedure added without its case, or a
 *  mutation without its audit check, is a type error. */
export type MatrixCases = {
  [P in ProcedurePath]: MatrixCase & (P extends MutationPath ? { mutation: true } : { mutation?: undefined });
};

export function matrixCases(as: (who: Who) => Caller, ids: { viewer: string }): MatrixCases {
  let counter = 0;
  const next = () => ++counter;
  // Years long past and free: a period that has not started takes no value.
  const freshPeriod = () => `${1000 + next()}`;
  const wzg = { kpi: "KPI-WZG", series: "total" };

  async function submitted(): Promise<{ kpi: string; series: string; period: string; expectedVersion: number }> {
    const period = freshPeriod();
    await as("editor").measurement.record({ ...wzg, period, value: 77, comment: "matrix", source: "matrix" });
    await as("editor").measurement.submit({ ...wzg, period, expectedVersion: 1 });
    return { ...wzg, period, expectedVersion: 1 };
  }
  return {
    ...targetCycleCases(as),
    "organisation.view": { allowed: EVERYONE, run: (c) => c.organisation.view({ code: "VDAB" }) },
    "organisation.assignUser": {
      allowed: ["admin"],
      mutation: true,
      run: (c) => c.organisation.assignUser({ userId: ids.viewer, organisation: "SERV" }),
    },
    "plan.list": { allowed: EVERYONE, run: (c) => c.plan.list() },
    "plan.detail": { allowed: EVERYONE, run: (c) => c.plan.detail({ code: "I40" }) },
    "plan.overview": { allowed: EVERYONE, run: (c) => c.plan.overview({ code: "I40" }) },
    "presentation.deck": {
      allowed: EVERYONE,
      run: (c) => c.presentation.deck({ code: "DIGI", asOf: "2026-11-30", since: "2026-01-01" }),
    },
    "kpi.detail": { allowed: EVERYONE, run: (c) => c.kpi.detail({ code: "KPI-NWWZ" }) },
    "kpi.values": { allowed: EVERYONE, run: (c) => c.kpi.values({ code: "KPI-NWWZ" }) },
    "measurement.history": { allowed: EVERYONE, run: (c) => c.measurement.history({ ...wzg, period: "2018" }) },
    "commitment.list": { allowed: EVERYONE, run: (c) => c.commitment.list({ plan: "I40" }) },
    "commitment.history": { allowed: EVERYONE, run: (c) => c.commitment.history({ code: "IAB-C001" }) },
    "commitment.sheet": { allowed: EVERYONE, run: (c) => c.commitment.sheet({ code: "DIGI-B01" }) },
    "commitment.byPlan": { allowed: EVERYONE, run: (c) => c.commitment.byPlan({ plan: "DIGI" }) },
    "session.me": { allowed: EVERYONE, run: (c) => c.session.me() },
    "session.settings": { allowed: EVERYONE, run: (c) => c.session.settings() },
    "token.list": { allowed: SIGNED_IN, run: (c) => c.token.list() },
    "notification.list": { allowed: SIGNED_IN, run: (c) => c.notification.list() },
    "notification.unreadCount": { allowed: SIGNED_IN, run: (c) => c.notification.unreadCount() },
    "notification.markRead": {
      allowed: SIGNED_IN,
      mutation: true,
      run: async (c) => c.notification.markRead({ ids: (await c.notification.list()).map((n) => n.id) }),
    },
    "notification.markAllRead": { allowed: SIGNED_IN, mutation: true, run: (c) => c.notification.markAllRead() },
    "user.list": { allowed: ["admin"], run: (c) => c.user.list() },
    "review.queue": { allowed: ["reviewer", "admin"], run: (c) => c.review.queue() },
    "audit.history": {
      allowed: ["editor", "reviewer", "admin"],
      run: (c) => c.audit.history({ entityType: "measurement", entityId: "KPI-WZG/total/2018" }),
    },
    "due.list": { allowed: ["editor", "admin"], run: (c) => c.due.list({ plan: "IAB" }) },
    "due.returned": { allowed: ["editor", "admin"], run: (c) => c.due.returned({ plan: "IAB" }) },
    "due.completeness": { allowed: ["editor", "admin"], run: (c) => c.due.completeness({ plan: "IAB" }) },
    "due.entry": {
      allowed: ["editor", "reviewer", "admin"],
      run: (c) => c.due.entry({ kpi: "KPI-WZG", series: "total" }),
    },
    "audit.kpi": { allowed: ["editor", "reviewer", "admin"], run: (c) => c.audit.kpi({ code: "KPI-WZG" }) },
    "measurement.restore": {
      allowed: ["admin"],
      mutation: true,
      run: async (c) => {
        const key = await submitted();
        await as("admin").measurement.validate(key);
        await as("admin").measurement.record({
          ...key,
          value: 77.2,
          expectedVersion: 1,
          reason: "matrix",
          workflow: "validated",
          source: "Statbel",
        });
        return c.measurement.restore({ ...key, version: 1, expectedVersion: 2, reason: "matrix" });
      },
    },
    "measurement.grid": {
      allowed: ["editor", "reviewer", "admin"],
      run: (c) => c.measurement.grid({ plan: "IAB", period: "2024" }),
    },
    "measurement.recordMany": {
      allowed: ["editor", "reviewer", "admin"],
      mutation: true,
      run: (c) => c.measurement.recordMany({ rows: [{ ...wzg, period: freshPeriod(), value: 77, comment: "matrix" }] }),
    },
    "measurement.record": {
      allowed: ["editor", "reviewer", "admin"],
      mutation: true,
      run: (c) => c.measurement.record({ ...wzg, period: freshPeriod(), value: 77, comment: "matrix" }),
    },
    "measurement.submit": {
      allowed: ["editor", "admin"],
      mutation: true,
      run: async (c) => {
        const period = freshPeriod();
        await as("editor").measurement.record({ ...wzg, period, value: 77, comment: "matrix", source: "matrix" });
        return c.measurement.submit({ ...wzg, period, expectedVersion: 1 });
      },
    },
    "measurement.validate": {
      allowed: ["reviewer", "admin"],
      mutation: true,
      run: async (c) => c.measurement.validate(await submitted()),
    },
    "measurement.sendBack": {
      allowed: ["reviewer", "admin"],
      mutation: true,
      run: async (c) => c.measurement.sendBack({ ...(await submitted()), reason: "matrix" }),
    },
    "measurement.withdraw": {
      allowed: ["editor", "reviewer", "admin"],
      mutation: true,
      run: async (c) => c.measurement.withdraw({ ...(await submitted()), reason: "matrix" }),
    },
    "target.revise": {
      allowed: ["editor", "admin"],
      mutation: true,
      run: (c) =>
        c.target.revise({
          kpi: "KPI-NWWZ",
          series: "total",
          targets: [{ period: "2030", value: 150000 - next(), source: "matrix", kind: "target" }],
          interpolation: "linear",
          justification: "matrix",
        }),
    },
    "commitment.updateStatus": {
      allowed: ["editor", "admin"],
      mutation: true,
      run: (c) =>
        c.commitment.updateStatus({
          code: "IAB-C001",
          date: "2026-11-01",
          status: "in_progress",
          progress: next() % 100,
        }),
    },
    "commitment.addNote": {
      allowed: ["reviewer", "admin"],
      mutation: true,
      run: (c) => c.commitment.addNote({ commitment: "DIGI-B01", kind: "reservation", body: "matrix" }),
    },
    "review.create": {
      allowed: ["reviewer", "admin"],
      mutation: true,
      run: (c) => c.review.create({ kpi: "KPI-WZG", kind: "reservation", body: "matrix" }),
    },
    "review.validateWithReservation": {
      allowed: ["reviewer", "admin"],
      mutation: true,
      run: async (c) => c.review.validateWithReservation({ ...(await submitted()), reservation: "matrix" }),
    },
    "review.resolve": {
      allowed: ["reviewer", "admin"],
      mutation: true,
      run: async (c) => {
        const note = await as("reviewer").review.create({ kpi: "KPI-WZG", kind: "comment", body: "matrix" });
        return c.review.resolve({ id: note.id, resolution: "done" });
      },
    },
    "user.create": {
      allowed: ["admin"],
      mutation: true,
      run: (c) =>
        c.user.create({
          email: `user${next()}@example.be`,
          name: "Matrix",
          password: "a-long-password-123",
          role: "VIEWER",
        }),
    },
    "user.update": {
      allowed: ["admin"],
      mutation: true,
      run: (c) => c.user.update({ id: ids.viewer, role: "VIEWER" }),
    },
    "user.setPublicRead": {
      allowed: ["admin"],
      mutation: true,
      run: (c) => c.user.setPublicRead({ publicRead: true }),
    },
    "import.template": {
      allowed: ["editor", "reviewer", "admin"],
      run: (c) => c.import.template({ plan: "I40", format: "csv" }),
    },
    "import.preview": {
      allowed: ["editor", "reviewer", "admin"],
      mutation: true,
      changesNothing: true,
      run: (c) =>
        c.import.preview({
          format: "csv",
          content: Buffer.from(`kpi,period,value,comment,source\nKPI-WZG,${freshPeriod()},77,matrix,matrix\n`).toString(
            "base64",
          ),
        }),
    },
    "import.commit": {
      allowed: ["editor", "reviewer", "admin"],
      mutation: true,
      run: (c) =>
        c.import.commit({
          format: "csv",
          content: Buffer.from(`kpi,period,value,comment,source\nKPI-WZG,${freshPeriod()},77,matrix,matrix\n`).toString(
            "base64",
          ),
        }),
    },
    "plan.create": {
      allowed: ["admin"],
      mutation: true,
      run: (c) => c.plan.create({ code: `P${next()}`, titleNl: "Testplan", titleEn: "Test plan" }),
    },
    "plan.update": {
      allowed: ["admin"],
      mutation: true,
      run: (c) =>
        c.plan.update({
          code: "I40",
          titleNl: "Aandachtspunten Industrie 4.0 (SERV-advies)",
          titleEn: "Points of attention for Industry 4.0 (SERV advice)",
        }),
    },
    "plan.setArchived": {
      allowed: ["admin"],
      mutation: true,
      run: (c) => c.plan.setArchived({ code: "I40", archived: false }),
    },
    "node.create": {
      allowed: ["admin"],
      mutation: true,
      run: (c) =>
        c.node.create({ plan: "I40", code: `I40-X${next()}`, kind: "group", titleNl: "Extra", titleEn: "Extra" }),
    },
    "node.update": {
      allowed: ["admin"],
      mutation: true,
      run: (c) =>
        c.node.update({
          code: "I40-A",
          titleNl: "Aandachtspunten Industrie 4.0",
          titleEn: "Points of attention for Industry 4.0",
        }),
    },
    "node.delete": {
      allowed: ["admin"],
      mutation: true,
      run: async (c) => {
        const code = `I40-D${next()}`;
        await as("admin").node.create({ plan: "I40", code, kind: "group", titleNl: "Weg", titleEn: "Gone" });
        return c.node.delete({ code });
      },
    },
    "organisation.list": { allowed: EVERYONE, run: (c) => c.organisation.list() },
    "organisation.save": {
      allowed: ["admin"],
      mutation: true,
      run: (c) =>
        c.organisation.save({
          code: "VDAB",
          nameNl: "VDAB",
          nameEn: "VDAB (Flemish Public Employment Service)",
          kind: "organisation",
        }),
    },
    "kpi.save": {
      allowed: ["admin"],
      mutation: true,
      run: (c) =>
        c.kpi.save({
          code: `KPI-X${next()}`,
          plan: "I40",
          nameNl: "Test",
          nameEn: "Test",
          unit: "count",
          decimals: 0,
          direction: "higher_is_better",
          kind: "count",
          frequency: "year",
          reportingInterval: 1,
          statusMethod: "trajectory",
          onTrackThreshold: 0.95,
          atRiskThreshold: 0.75,
          nodes: ["I40-A"],
          isHeadline: false,
        }),
    },
    "commitment.save": {
      allowed: ["admin"],
      mutation: true,
      run: (c) =>
        c.commitment.save({
          code: `I40-CX${next()}`,
          plan: "I40",
          node: "I40-A",
          titleNl: "Test",
          titleEn: "Test",
          kind: "recommendation",
        }),
    },
    "commitment.linkKpi": {
      allowed: ["admin"],
      mutation: true,
      run: (c) => c.commitment.linkKpi({ commitment: "IAB-C003", kpi: "KPI-WZG", linked: true }),
    },
    "commitment.addMilestone": {
      allowed: ["editor", "admin"],
      mutation: true,
      run: (c) =>
        c.commitment.addMilestone({
          commitment: "IAB-C003",
          titleNl: "Mijlpaal",
          titleEn: "Milestone",
          dueDate: "2027-06-30",
        }),
    },
    "commitment.completeMilestone": {
      allowed: ["editor", "admin"],
      mutation: true,
      run: async (c) => {
        const { id } = await as("editor").commitment.addMilestone({
          commitment: "IAB-C003",
          titleNl: "Af",
          titleEn: "Done",
        });
        return c.commitment.completeMilestone({ id, doneAt: "2026-11-01" });
      },
    },
    "benchmark.create": {
      allowed: ["editor", "admin"],
      mutation: true,
      run: (c) =>
        c.benchmark.create({
          kpi: "KPI-LLL",
          entityCode: `X${next()}`,
          entityNl: "Test",
          entityEn: "Test",
          period: "2018",
          value: 10,
          source: "matrix",
        }),
    },
    "benchmark.delete": {
      allowed: ["editor", "admin"],
      mutation: true,
      run: async (c) => {
        const { id } = await as("editor").benchmark.create({
          kpi: "KPI-LLL",
          entityCode: `Y${next()}`,
          entityNl: "Weg",
          entityEn: "Gone",
          value: 1,
          source: "matrix",
        });
        return c.benchmark.delete({ id });
      },
    },
    "annotation.create": {
      allowed: ["editor", "admin"],
      mutation: true,
      run: (c) =>
        c.annotation.create({
          kpi: "KPI-WZG",
          date: "2020-03-13",
          kind: "event",
          titleNl: "COVID-19",
          titleEn: "COVID-19",
        }),
    },
    "annotation.delete": {
      allowed: ["editor", "admin"],
      mutation: true,
      run: async (c) => {
        const { id } = await as("editor").annotation.create({
          plan: "IAB",
          date: "2020-01-01",
          kind: "note",
          titleNl: "Weg",
          titleEn: "Gone",
        });
        return c.annotation.delete({ id });
      },
    },
    "kpi.setArchived": {
      allowed: ["admin"],
      mutation: true,
      run: (c) => c.kpi.setArchived({ code: "KPI-F2F", archived: false }),
    },
    "dimension.list": { allowed: EVERYONE, run: (c) => c.dimension.list() },
    "dimension.save": {
      allowed: ["admin"],
      mutation: true,
      run: (c) =>
        c.dimension.save({
          code: "regio",
          nameNl: "Regio",
          nameEn: "Region",
          members: [{ code: `r${next()}`, nameNl: "Regio", nameEn: "Region" }],
        }),
    },
    "kpi.addSeries": {
      allowed: ["admin"],
      mutation: true,
      run: async (c) => {
        const member = `m${next()}`;
        await as("admin").dimension.save({
          code: "matrix",
          nameNl: "Matrix",
          nameEn: "Matrix",
          members: [{ code: member, nameNl: member, nameEn: member }],
        });
        return c.kpi.addSeries({ kpi: "KPI-LLL", members: { matrix: member } });
      },
    },
    "user.setScopes": {
      allowed: ["admin"],
      mutation: true,
      run: (c) => c.user.setScopes({ userId: ids.viewer, kpis: [], organisations: [] }),
    },
    "token.create": { allowed: SIGNED_IN, mutation: true, run: (c) => c.token.create({ name: "matrix" }) },
    "token.revoke": {
      allowed: SIGNED_IN,
      mutation: true,
      run: async (c, who) => {
        const token = await as(who === "anonymous" ? "viewer" : who).token.create({ name: "to revoke" });
        return c.token.revoke({ id: token.id });
      },
    },
  };
}

/** Cases beyond one per procedure: a procedure whose answer depends on its input as well as on
 *  the role. The audit history of accounts, API tokens, sessions and settings is for admins only;
 *  editors and reviewers read that of the plans' data (the `audit.history` case above). */
export function inputMatrixCases(as: (who: Who) => Caller, ids: { viewer: string }): Record<string, MatrixCase> {
  const adminOnly = (entityType: string, entityId: () => Promise<string> | string): MatrixCase => ({
    allowed: ["admin"],
    run: async (c) => c.audit.history({ entityType, entityId: await entityId() }),
  });
  return {
    "audit.history of a user": adminOnly("user", () => ids.viewer),
    "audit.history of an API token": adminOnly(
      "api_token",
      async () => (await as("admin").token.create({ name: "audited" })).id,
    ),
    "audit.history of a session": adminOnly("session", () => ids.viewer),
    "audit.history of a setting": adminOnly("app_setting", () => "publicRead"),
  };
}

/** Runs one case as one caller: refused as the roles say, or allowed, and then audited unless
 *  it is a dry run. */
export async function checkMatrixCase(
  testCase: MatrixCase,
  who: Who,
  caller: Caller,
  auditRows: () => Promise<number>,
): Promise<void> {
  const { expect } = await import("vitest");
  const before = await auditRows();
  const outcome = testCase.run(caller, who);
  if (!testCase.allowed.includes(who)) {
    await expect(outcome).rejects.toMatchObject({ code: who === "anonymous" ? "UNAUTHORIZED" : "FORBIDDEN" });
    return;
  }
  await expect(outcome).resolves.toBeDefined();
  if (testCase.mutation) expect((await auditRows()) > before).toBe(!testCase.changesNothing);
}
