// GET /api/v1/kpis/:code/target-proposals.json: decided proposals for everyone, open ones only
// for signed-in reviewers and admins (session cookie or API token).
import { DEMO_PASSWORD } from "@boordtabel/api";
import { describe, expect, it } from "vitest";
import { signIn, TEST_BASE_URL, useAdminServer } from "./test-support.js";

const ctx = useAdminServer();
const KPI = "KPI-VDAB-MATCH";

const trpc = (cookie: string, path: string, input: unknown) =>
  ctx.server.app.inject({
    method: "POST",
    url: `/trpc/${path}`,
    headers: { cookie, origin: TEST_BASE_URL, "content-type": "application/json" },
    payload: input as object,
  });
const get = (headers: Record<string, string> = {}) =>
  ctx.server.app.inject({ method: "GET", url: `/api/v1/kpis/${KPI}/target-proposals.json`, headers });

async function propose(editor: string): Promise<number> {
  const response = await trpc(editor, "proposal.create", {
    kpi: KPI,
    targets: [{ period: "2030", value: 5000 }],
    justification: "open data",
  });
  return response.json().result.data.id as number;
}

describe("GET /api/v1/kpis/:code/target-proposals.json", () => {
  it("lists decided proposals with positions and decision to everyone, open ones to reviewers and admins only", async () => {
    const editor = await signIn(ctx.server, "editor@demo.boordtabel.be", DEMO_PASSWORD);
    const reviewer = await signIn(ctx.server, "reviewer@demo.boordtabel.be", DEMO_PASSWORD);
    const viewer = await signIn(ctx.server, "viewer@demo.boordtabel.be", DEMO_PASSWORD);
    const open = await propose(editor);
    const decided = await propose(editor);
    await trpc(ctx.admin, "proposal.position", {
      id: decided,
      stance: "disagree",
      body: "Te laag",
      organisation: "VAKBONDEN",
    });
    await trpc(ctx.admin, "proposal.decide", {
      id: decided,
      outcome: "rejected",
      decisionDate: "2026-03-12",
      reference: "Raad van Bestuur VDAB, 12 maart 2026",
    });
    const ids = async (headers?: Record<string, string>) => {
      const response = await get(headers);
      expect(response.statusCode).toBe(200);
      return response.json<{ proposals: { id: number }[] }>().proposals.map((p) => p.id);
    };
    const anonymous = (await get()).json();
    expect(anonymous.proposals).toMatchObject([
      {
        id: decided,
        state: "rejected",
        positions: [{ organisation: { code: "VAKBONDEN" }, stance: "disagree", body: "Te laag", author: null }],
        decision: { outcome: "rejected", date: "2026-03-12", reference: "Raad van Bestuur VDAB, 12 maart 2026" },
      },
    ]);
    expect(await ids({ cookie: viewer })).toEqual([decided]);
    expect(await ids({ cookie: editor })).toEqual([decided]);
    expect(await ids({ cookie: reviewer })).toEqual([decided, open]);
    const token = (await trpc(ctx.admin, "token.create", { name: "open data" })).json().result.data.token as string;
    expect(await ids({ authorization: `Bearer ${token}` })).toEqual([decided, open]);
  });

  it("answers 404 in the one error shape for an unknown KPI", async () => {
    const response = await ctx.server.app.inject({ method: "GET", url: "/api/v1/kpis/KPI-NONE/target-proposals.json" });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ error: { code: "NOT_FOUND" } });
  });
});
