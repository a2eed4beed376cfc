import type { Page } from "playwright-core";

/** Every route of the app with real data behind it (the seeded plans, and one target proposal the
 *  test makes), signed in as an admin, who may open every screen. */
export const ROUTES = [
  "/plans/IAB",
  "/plans/DIGI",
  "/kpis/KPI-WZG",
  "/kpis/KPI-WZG/entry",
  "/methodologie",
  "/commitments",
  "/commitments/IAB-C001",
  "/present/IAB",
  "/print/plans/IAB",
  "/login",
  "/due",
  "/entry",
  "/import",
  "/review",
  "/admin",
  "/meldingen",
  "/organisaties/VDAB",
  "/kpis/KPI-ASIEL-SCREEN/voorstel",
  "/voorstellen/$proposal",
  "/bijsturing",
  "/login/refused",
  "/toegankelijkheid",
] as const;

/** A route with its placeholders filled: `$proposal` is a proposal the test made. */
export function routeTo(route: string, ids: { proposal?: number } = {}): string {
  return route.replace("$proposal", String(ids.proposal ?? 1));
}

/** Opens a route and waits until its page has drawn its h1 and its data (no skeleton left). */
export async function openRoute(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.locator("main h1").first().waitFor();
  await page.waitForFunction(() => document.querySelectorAll("[data-testid=skeleton]").length === 0);
}

/** What the live region says now. */
export function announced(page: Page): Promise<string> {
  return page.getByTestId("announcer").innerText();
}

/** The element that has focus: its tag, text and accessible attributes. */
export function focused(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return {
      tag: el?.tagName ?? null,
      text: el?.textContent?.trim() ?? "",
      label: el?.getAttribute("aria-label") ?? null,
    };
  });
}
