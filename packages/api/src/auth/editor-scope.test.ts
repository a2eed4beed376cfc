// Editor scopes beyond the matrix: organisation scopes and plan-wide annotations.
import { describe, expect, it } from "vitest";
import { useDemoCallers } from "../testing/actors.js";
import type { Actor } from "./actor.js";
import { inScope } from "./editor-scope.js";

const demo = useDemoCallers();
const as = demo.as;

const setScopes = (kpis: string[], organisations: string[]) =>
  as("admin").user.setScopes({ userId: demo.actors.editor.id, kpis, organisations });

describe("editor scopes on benchmarks and annotations", () => {
  it("an editor scoped to an organisation writes benchmarks of the KPIs it stewards only", async () => {
    const db = demo.database.db;
    const kpi = await db.kpi.findUniqueOrThrow({ where: { code: "KPI-NWWZ" }, select: { id: true } });
    const vdab = await db.organisation.findUniqueOrThrow({ where: { code: "VDAB" }, select: { id: true } });
    await db.kpiSteward.create({ data: { kpiId: kpi.id, organisationId: vdab.id } });
    await setScopes([], ["VDAB"]);
    try {
      const input = { entityCode: "SE", entityNl: "Zweden", entityEn: "Sweden", value: 10, source: "Eurostat" };
      await expect(as("editor").benchmark.create({ ...input, kpi: "KPI-WZG" })).rejects.toMatchObject({
        code: "FORBIDDEN",
        message: "Je mag indicator KPI-WZG niet bewerken.",
      });
      await expect(as("editor").benchmark.create({ ...input, kpi: "KPI-NWWZ" })).resolves.toMatchObject({
        value: 10,
      });
    } finally {
      await setScopes([], []);
    }
  });

  it("a scoped editor may not add or delete a plan-wide annotation; an unscoped one may", async () => {
    const note = { plan: "IAB", date: "2020-01-01", kind: "note" as const, titleNl: "Plan", titleEn: "Plan" };
    const { id } = await as("editor").annotation.create(note);
    await setScopes(["KPI-WZG"], []);
    try {
      await expect(as("editor").annotation.create(note)).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(as("editor").annotation.delete({ id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    } finally {
      await setScopes([], []);
    }
    await expect(as("editor").annotation.delete({ id })).resolves.toEqual({ id, deleted: true });
  });

  it("an unknown KPI is not found before any scope is checked", async () => {
    await expect(
      as("editor").benchmark.create({
        kpi: "KPI-NOPE",
        entityCode: "SE",
        entityNl: "Zweden",
        entityEn: "Sweden",
        value: 1,
        source: "x",
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("inScope, the one scope rule", () => {
  const actor = (role: Actor["role"]): Actor => ({
    id: "u",
    email: "u@x.be",
    name: "U",
    role,
    via: "session",
    label: "u",
  });
  const kpi = { id: 7, stewards: [{ organisationId: 3 }] };

  it("lets every KPI through for an unscoped editor and for other roles, whatever their rows", () => {
    expect(inScope(actor("EDITOR"), [], kpi)).toBe(true);
    expect(inScope(actor("ADMIN"), [{ kpiId: 1, organisationId: null }], kpi)).toBe(true);
    expect(inScope(actor("REVIEWER"), [{ kpiId: 1, organisationId: null }], kpi)).toBe(true);
  });

  it("limits a scoped editor to the KPIs named and those its organisations steward", () => {
    expect(inScope(actor("EDITOR"), [{ kpiId: 7, organisationId: null }], kpi)).toBe(true);
    expect(inScope(actor("EDITOR"), [{ kpiId: null, organisationId: 3 }], kpi)).toBe(true);
    expect(inScope(actor("EDITOR"), [{ kpiId: 8, organisationId: 4 }], kpi)).toBe(false);
    expect(inScope(actor("EDITOR"), [{ kpiId: 8, organisationId: null }], { id: 7, stewards: [] })).toBe(false);
  });
});
