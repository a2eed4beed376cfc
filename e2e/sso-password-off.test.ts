import { parseRoleMap } from "@boordtabel/api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seriousViolations } from "./axe.js";
import { openJourney, type Journey } from "./browser.js";
import { startTestProvider, type TestProvider } from "./oidc-provider.js";

let journey: Journey;
let provider: TestProvider;

beforeAll(async () => {
  journey = await openJourney({
    auth: async (baseUrl) => {
      provider = await startTestProvider(baseUrl);
      return {
        passwordSignIn: false,
        oidc: {
          issuer: provider.issuer,
          clientId: provider.clientId,
          clientSecret: provider.clientSecret,
          scopes: ["openid", "profile"],
          providerName: "de Vlaamse overheid",
          rules: { roleClaim: "boordtabel_rol", roleMap: parseRoleMap("x=admin"), orgClaim: null, orgMap: [] },
        },
      };
    },
  });
});
afterAll(async () => {
  await journey?.close();
  await provider?.close();
});

describe("single sign-on with the password form turned off (AUTH_PASSWORD=off)", () => {
  it("shows only the provider's button on the sign-in page", async () => {
    const page = await journey.newPage();
    await page.goto(`${journey.baseUrl}/login`);
    await page.getByRole("button", { name: "Aanmelden met de Vlaamse overheid" }).waitFor();
    expect(await page.getByLabel("Wachtwoord").count()).toBe(0);
    expect(await page.locator("form").count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });
});
