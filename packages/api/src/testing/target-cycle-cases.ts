// The target cycle's procedures in the authorisation matrix (spread into matrixCases) and its
// per-KPI writes in the scope matrix (spread into scopeCases).
import type { Caller, MatrixCases, Who } from "./matrix-cases.js";

type TargetCyclePath = Extract<keyof MatrixCases, `proposal.${string}` | `correctiveAction.${string}`>;
const EVERYONE: Who[] = ["anonymous", "viewer", "editor", "reviewer", "admin"];
const CYCLE: Who[] = ["editor", "reviewer", "admin"];

/** A fresh proposal on a KPI (as the unscoped demo editor). */
export async function proposalOn(as: (who: Who) => Caller, kpi: string): Promise<number> {
  const proposal = await as("editor").proposal.create({
    kpi,
    series: "total",
    targets: [{ period: "2030", value: 80, kind: "target" }],
    interpolation: "linear",
    justification: "matrix",
  });
  return proposal.id;
}

/** A series without an open corrective action: any open one on the KPI's total is closed first. */
export async function withoutOpenAction(as: (who: Who) => Caller, kpi: string): Promise<void> {
  for (const action of await as("admin").correctiveAction.list({ kpi })) {
    if (action.series.key === "total") await as("admin").correctiveAction.close({ id: action.id, outcome: "matrix" });
  }
}

const actionInput = (kpi: string) => ({
  kpi,
  series: "total",
  what: "Extra begeleiding",
  who: "VDAB",
  dueDate: "2027-06-30",
  expectedEffect: "+1 procentpunt",
});

export async function actionOn(as: (who: Who) => Caller, kpi: string): Promise<number> {
  await withoutOpenAction(as, kpi);
  return (await as("editor").correctiveAction.open(actionInput(kpi))).id;
}

export function targetCycleCases(as: (who: Who) => Caller): Pick<MatrixCases, TargetCyclePath> {
  const kpi = "KPI-WZG";
  return {
    "proposal.create": {
      allowed: ["editor", "admin"],
      mutation: true,
      run: (c) =>
        c.proposal.create({
          kpi,
          series: "total",
          targets: [{ period: "2030", value: 80, kind: "target" }],
          interpolation: "linear",
          justification: "matrix",
          capacityAssumption: "matrix",
        }),
    },
    "proposal.position": {
      allowed: ["reviewer", "admin"],
      mutation: true,
      run: async (c, who) => {
        const id = await proposalOn(as, kpi);
        if (who !== "reviewer") return c.proposal.position({ id, stance: "agree", organisation: "VAKBONDEN" });
        const me = await c.session.me();
        await as("admin").organisation.assignUser({ userId: me!.id, organisation: "WERKGEVERS" });
        return c.proposal.position({ id, stance: "agreeWithReservation", body: "matrix" });
      },
    },
    "proposal.decide": {
      allowed: ["admin"],
      mutation: true,
      run: async (c) =>
        c.proposal.decide({
          id: await proposalOn(as, kpi),
          outcome: "rejected",
          decisionDate: "2026-03-12",
          reference: "matrix",
        }),
    },
    "proposal.detail": {
      allowed: CYCLE,
      run: async (c) => c.proposal.detail({ id: await proposalOn(as, kpi) }),
    },
    "proposal.list": { allowed: CYCLE, run: (c) => c.proposal.list({ kpi, open: true }) },
    "proposal.forKpi": { allowed: EVERYONE, run: (c) => c.proposal.forKpi({ code: kpi }) },
    "correctiveAction.list": { allowed: EVERYONE, run: (c) => c.correctiveAction.list({ plan: "IAB" }) },
    "correctiveAction.needed": { allowed: CYCLE, run: (c) => c.correctiveAction.needed({ plan: "IAB" }) },
    "correctiveAction.open": {
      allowed: ["editor", "admin"],
      mutation: true,
      run: async (c) => {
        await withoutOpenAction(as, kpi);
        return c.correctiveAction.open(actionInput(kpi));
      },
    },
    "correctiveAction.comment": {
      allowed: ["reviewer", "admin"],
      mutation: true,
      run: async (c) => c.correctiveAction.comment({ id: await actionOn(as, kpi), body: "matrix" }),
    },
    "correctiveAction.close": {
      allowed: ["editor", "admin"],
      mutation: true,
      run: async (c) => c.correctiveAction.close({ id: await actionOn(as, kpi), outcome: "matrix" }),
    },
    "correctiveAction.setRule": {
      allowed: ["admin"],
      mutation: true,
      run: (c) => c.correctiveAction.setRule({ kpi, atRiskNeedsAction: true }),
    },
  };
}

/** The cycle's writes an editor makes on one KPI: refused outside the scope, allowed inside. */
export function targetCycleScopeCases(as: (who: Who) => Caller) {
  return {
    "proposal.create": (kpi: string) => (c: Caller) =>
      c.proposal.create({
        kpi,
        series: "total",
        targets: [{ period: "2030", value: 80, kind: "target" }],
        interpolation: "linear",
        justification: "scope matrix",
      }),
    "correctiveAction.open": async (kpi: string) => {
      await withoutOpenAction(as, kpi);
      return (c: Caller) => c.correctiveAction.open(actionInput(kpi));
    },
    "correctiveAction.close": async (kpi: string) => {
      const id = await actionOn(as, kpi);
      return (c: Caller) => c.correctiveAction.close({ id, outcome: "scope matrix" });
    },
  };
}
