import { createAccount, linkOidcSubject, parseRoleMap } from "@boordtabel/api";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seriousViolations } from "./axe.js";
import { openJourney, type Journey } from "./browser.js";
import { startTestProvider, type TestProvider } from "./oidc-provider.js";

let journey: Journey;
let provider: TestProvider;
let organisation: string;

const SYSTEM = { id: null, label: "system:test" };
const PROVIDER_NAME = "Testprovider";
const CONTACT = "het secretariaat (boordtabel@example.be)";

beforeAll(async () => {
  journey = await openJourney({
    auth: async (baseUrl) => {
      provider = await startTestProvider(baseUrl);
      return {
        accessContact: CONTACT,
        oidc: {
          issuer: provider.issuer,
          clientId: provider.clientId,
          clientSecret: provider.clientSecret,
          scopes: ["openid", "profile", "email", "boordtabel"],
          providerName: PROVIDER_NAME,
          rules: {
            roleClaim: "boordtabel_rol",
            roleMap: parseRoleMap("boordtabel-admin=admin,boordtabel-editor=editor,boordtabel-reviewer=reviewer"),
            orgClaim: "vo_orgcode",
            orgMap: [],
          },
        },
      };
    },
  });
  const { db } = journey.database;
  organisation = (await db.organisation.findFirstOrThrow({ orderBy: { code: "asc" }, select: { code: true } })).code;
  // Created by an admin, as every account is: one known by a verified e-mail address, one known
  // only by the subject the provider gives it (the provider sends no e-mail for it).
  for (const email of ["els@example.be", "jan@example.be"])
    await createAccount(db, { email, name: email, password: "unused-password-123", role: "VIEWER" }, SYSTEM);
  await linkOidcSubject(db, SYSTEM, { email: "jan@example.be", subject: "acm-0001" });
  provider.claims.set("sub-els", {
    email: "els@example.be",
    email_verified: true,
    name: "Els Peeters",
    boordtabel_rol: "boordtabel-editor",
    vo_orgcode: organisation,
  });
  provider.claims.set("acm-0001", {
    given_name: "Jan",
    family_name: "Janssens",
    boordtabel_rol: "boordtabel-reviewer",
  });
  provider.claims.set("sub-stranger", { email: "stranger@example.be", email_verified: true });
  provider.claims.set("sub-unverified", { email: "els@example.be", email_verified: false });
});
afterAll(async () => {
  await journey?.close();
  await provider?.close();
});

/** From the app's sign-in page through the provider's login (and consent, the first time). */
async function signInThroughProvider(page: Page, subject: string): Promise<void> {
  await page.goto(`${journey.baseUrl}/login`);
  await page.getByRole("button", { name: `Aanmelden met ${PROVIDER_NAME}` }).click();
  await page.waitForURL((url) => url.origin === provider.issuer);
  await page.locator('input[name="login"]').fill(subject);
  await page.locator('input[name="password"]').fill("any");
  await page.getByRole("button", { name: "Sign-in" }).click();
  await page.waitForURL((url) => url.origin === journey.baseUrl || url.pathname.includes("/interaction/"));
  if (new URL(page.url()).origin === provider.issuer) await page.getByRole("button", { name: "Continue" }).click();
  await page.waitForURL((url) => url.origin === journey.baseUrl);
}

const userRow = (email: string) =>
  journey.database.db.user.findUniqueOrThrow({
    where: { email },
    select: { id: true, role: true, organisation: { select: { code: true } }, editorScopes: true },
  });

describe("single sign-on through an OpenID Connect provider", () => {
  it("offers the provider on the sign-in page, which axe finds clean", async () => {
    const page = await journey.newPage();
    await page.goto(`${journey.baseUrl}/login`);
    await page.getByRole("button", { name: `Aanmelden met ${PROVIDER_NAME}` }).waitFor();
    await page.getByLabel("Wachtwoord").waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });

  it("signs a user in through the provider's login and consent with the role and organisation of the claims", async () => {
    const page = await journey.newPage();
    await signInThroughProvider(page, "sub-els");
    await page.getByTestId("who").waitFor();
    expect(await page.getByTestId("who").textContent()).toContain("(invoerder)");
    const user = await userRow("els@example.be");
    expect(user.role).toBe("EDITOR");
    expect(user.organisation?.code).toBe(organisation);
    expect(user.editorScopes).toHaveLength(1);
    await page.context().close();
  });

  it("applies a changed role claim at the next sign-in, and audits it", async () => {
    provider.claims.set("sub-els", { ...provider.claims.get("sub-els"), boordtabel_rol: "boordtabel-reviewer" });
    const page = await journey.newPage();
    await signInThroughProvider(page, "sub-els");
    await page.getByTestId("who").waitFor();
    expect(await page.getByTestId("who").textContent()).toContain("(nazichter)");
    const user = await userRow("els@example.be");
    expect(user.role).toBe("REVIEWER");
    const audit = await journey.database.db.auditLog.findMany({
      where: { action: "user.signIn.oidc", entityId: user.id },
      orderBy: { id: "asc" },
    });
    expect(audit.map((a) => [(a.before as { role: string }).role, (a.after as { role: string }).role])).toEqual([
      ["VIEWER", "EDITOR"],
      ["EDITOR", "REVIEWER"],
    ]);
    await page.context().close();
  });

  it("signs in a subject whose provider sends no e-mail address, by the subject an admin linked", async () => {
    const page = await journey.newPage();
    await signInThroughProvider(page, "acm-0001");
    await page.getByTestId("who").waitFor();
    expect(await page.getByTestId("who").textContent()).toContain("(nazichter)");
    expect((await userRow("jan@example.be")).role).toBe("REVIEWER");
    await page.context().close();
  });

  it("refuses a subject Boordtabel does not know with a page that says whom to ask, and creates no user", async () => {
    const page = await journey.newPage();
    await signInThroughProvider(page, "sub-stranger");
    const main = page.getByRole("main");
    await main.getByRole("heading", { level: 1, name: "Geen toegang" }).waitFor();
    expect(new URL(page.url()).pathname).toBe("/login/refused");
    // Whom to ask comes with the sign-in options, read after the page is drawn.
    await main.getByText(`Vraag toegang aan ${CONTACT}.`).waitFor();
    expect(await main.textContent()).not.toContain("Vraag toegang aan een beheerder");
    expect(await page.getByTestId("who").count()).toBe(0);
    expect(await journey.database.db.user.count({ where: { email: "stranger@example.be" } })).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });

  it("gives a disabled user no session, even with the provider's word for it", async () => {
    await journey.database.db.user.update({ where: { email: "jan@example.be" }, data: { disabled: true } });
    const page = await journey.newPage();
    await signInThroughProvider(page, "acm-0001");
    await page.getByRole("main").getByRole("heading", { level: 1, name: "Geen toegang" }).waitFor();
    expect(await page.getByTestId("who").count()).toBe(0);
    await journey.database.db.user.update({ where: { email: "jan@example.be" }, data: { disabled: false } });
    await page.context().close();
  });

  it("does not link an existing user by an e-mail address the provider has not verified", async () => {
    const page = await journey.newPage();
    await signInThroughProvider(page, "sub-unverified");
    await page.getByRole("main").getByRole("heading", { level: 1, name: "Geen toegang" }).waitFor();
    const links = await journey.database.db.account.count({
      where: { providerId: "oidc", accountId: "sub-unverified" },
    });
    expect(links).toBe(0);
    await page.context().close();
  });

  it("refuses a callback whose state was tampered with", async () => {
    const page = await journey.newPage();
    // The state is changed on its way to the provider, which sends it back unchanged: the
    // callback then carries a state this browser's sign-in never issued.
    let tampered = false;
    await page.route(
      (url) => url.origin === provider.issuer && url.pathname === "/auth" && url.searchParams.has("state"),
      async (route) => {
        const url = new URL(route.request().url());
        url.searchParams.set("state", `${url.searchParams.get("state")!.slice(0, -4)}AAAA`);
        tampered = true;
        await route.continue({ url: url.toString() });
      },
    );
    await signInThroughProvider(page, "sub-els");
    expect(tampered).toBe(true);
    const main = page.getByRole("main");
    await main.getByRole("heading", { level: 1, name: "Aanmelden mislukt" }).waitFor();
    expect(new URL(page.url()).pathname).toBe("/login/refused");
    expect(await page.getByTestId("who").count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });

  it("ends the provider's session too when signing out (RP-initiated logout)", async () => {
    const page = await journey.newPage();
    await signInThroughProvider(page, "acm-0001");
    await page.getByTestId("who").waitFor();
    await page.getByRole("button", { name: "Afmelden" }).click();
    await page.waitForURL((url) => url.origin === provider.issuer && url.pathname.includes("session/end"));
    expect(new URL(page.url()).searchParams.get("post_logout_redirect_uri")).toBe(`${journey.baseUrl}/`);
    await page.getByRole("button", { name: /Yes, sign me out/i }).click();
    await page.waitForURL((url) => url.origin === journey.baseUrl);
    await page.getByRole("link", { name: "Aanmelden" }).waitFor();
    // The provider asks for the login again: its own session has ended as well.
    await page.goto(`${journey.baseUrl}/login`);
    await page.getByRole("button", { name: `Aanmelden met ${PROVIDER_NAME}` }).click();
    await page.locator('input[name="login"]').waitFor();
    await page.context().close();
  });
});
