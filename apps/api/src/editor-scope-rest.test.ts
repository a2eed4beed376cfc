// Editor scopes over REST: an editor scoped to one KPI posts observations of that KPI only,
// with a session cookie or an API token alike.
import { describe, expect, it } from "vitest";
import { signIn, TEST_BASE_URL, useAdminServer } from "./test-support.js";

const PASSWORD = "scoped-editor-password-1";
const ctx = useAdminServer();

const trpc = (cookie: string, path: string, input: unknown) =>
  ctx.server.app.inject({
    method: "POST",
    url: `/trpc/${path}`,
    headers: { cookie, origin: TEST_BASE_URL, "content-type": "application/json" },
    payload: input as object,
  });

async function scopedEditor(): Promise<{ cookie: string; token: string }> {
  const email = "scoped.rest@example.be";
  const created = await trpc(ctx.admin, "user.create", { email, name: "Scoped", password: PASSWORD, role: "EDITOR" });
  const userId = created.json().result.data.id as string;
  await trpc(ctx.admin, "user.setScopes", { userId, kpis: ["KPI-WZG"], organisations: [] });
  const cookie = await signIn(ctx.server, email, PASSWORD);
  const token = (await trpc(cookie, "token.create", { name: "rest" })).json().result.data.token as string;
  return { cookie, token };
}

describe("POST /api/v1/kpis/:code/observations by a scoped editor", () => {
  it("is refused on another KPI, saying why, and writes nothing; accepted on the KPI in scope", async () => {
    const { cookie, token } = await scopedEditor();
    const count = async () =>
      (await ctx.database.sql<{ n: string }>(`SELECT count(*) AS n FROM measurement_version`)).rows[0]!.n;
    const post = (code: string, headers: Record<string, string>) =>
      ctx.server.app.inject({
        method: "POST",
        url: `/api/v1/kpis/${code}/observations`,
        headers: { ...headers, "content-type": "application/json" },
        payload: { observations: [{ period: "2005", value: 50, comment: "scope", source: "scope" }] },
      });
    const before = await count();
    const ways: Record<string, string>[] = [{ cookie, origin: TEST_BASE_URL }, { authorization: `Bearer ${token}` }];
    for (const headers of ways) {
      const refused = await post("KPI-LLL", headers);
      // Refused as a whole (today as a row error, 400), saying why.
      expect([400, 403]).toContain(refused.statusCode);
      expect(refused.body).toContain("Je mag indicator KPI-LLL niet bewerken.");
    }
    expect(await count()).toBe(before);
    expect((await post("KPI-WZG", { authorization: `Bearer ${token}` })).statusCode).toBe(201);
  });
});
