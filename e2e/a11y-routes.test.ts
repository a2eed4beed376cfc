import { DEMO_PASSWORD } from "@boordtabel/api";
import { callerFor, demoActors } from "@boordtabel/api/testing";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seriousViolations } from "./axe.js";
import { openJourney, signInAs, type Journey } from "./browser.js";
import { openRoute, routeTo, ROUTES } from "./a11y-support.js";

let journey: Journey;
let admin: Page;
let proposal: number;

beforeAll(async () => {
  journey = await openJourney();
  const actors = await demoActors(journey.database.db);
  // The open target proposal its page (/voorstellen/:id) shows, with both of its forms.
  ({ id: proposal } = await callerFor(journey.database.db, actors.editor).proposal.create({
    kpi: "KPI-ASIEL-SCREEN",
    series: "total",
    baseline: { period: "2024", value: 6 },
    targets: [{ period: "2027", value: 3, kind: "target" }],
    interpolation: "linear",
    justification: "Snellere screening na een asielaanvraag",
  }));
  admin = await journey.newPage();
  await signInAs(admin, journey.baseUrl, "admin@demo.boordtabel.be", DEMO_PASSWORD);
}, 120_000);
afterAll(() => journey?.close());

describe("every route, in Dutch and in English (WCAG 2.2 AA)", () => {
  it.each(ROUTES.flatMap((route) => [`${route}`, `${route}${route.includes("?") ? "&" : "?"}lang=en`]))(
    "%s has no axe violations of the wcag22aa rules and a title of its own",
    async (route) => {
      await admin.setViewportSize({ width: 1366, height: 768 });
      await openRoute(admin, `${journey.baseUrl}${routeTo(route, { proposal })}`);
      expect(await seriousViolations(admin)).toEqual([]);
      const title = await admin.title();
      expect(title).not.toBe("Boordtabel");
      expect(title).toMatch(/\S – (Boordtabel|.+)$/);
    },
  );

  it("names the page's subject in the title, translated", async () => {
    await openRoute(admin, `${journey.baseUrl}/kpis/KPI-WZG`);
    await admin.waitForFunction(() => document.title.startsWith("Werkzaamheidsgraad Vlaanderen"));
    expect(await admin.title()).toBe("Werkzaamheidsgraad Vlaanderen (totaal) – Boordtabel");
    await openRoute(admin, `${journey.baseUrl}/methodologie?lang=en`);
    expect(await admin.title()).toMatch(/^Methodology.* – Boordtabel$/);
  });

  it.each(ROUTES)("%s does not scroll sideways at 320 px (reflow, 1.4.10)", async (route) => {
    await admin.setViewportSize({ width: 320, height: 640 });
    await openRoute(admin, `${journey.baseUrl}${routeTo(route, { proposal })}`);
    const width = await admin.evaluate(() => document.scrollingElement!.scrollWidth);
    expect(width).toBeLessThanOrEqual(320);
  });

  it("links the accessibility statement from every page: status, how to report, the enforcement body", async () => {
    await admin.setViewportSize({ width: 1366, height: 768 });
    await openRoute(admin, `${journey.baseUrl}/plans/IAB`);
    await admin.getByRole("contentinfo").getByRole("link", { name: "Toegankelijkheid" }).click();
    await admin.getByRole("heading", { level: 1, name: "Toegankelijkheidsverklaring" }).waitFor();
    expect(new URL(admin.url()).pathname).toBe("/toegankelijkheid");
    expect(await admin.title()).toBe("Toegankelijkheidsverklaring – Boordtabel");
    expect(await admin.getByText(/gedeeltelijk in overeenstemming/).count()).toBe(1);
    expect(await admin.getByText(/opgesteld op 2 december 2026/).count()).toBe(1);
    // No ACCESSIBILITY_CONTACT in this test server: the page names the administrator.
    expect(await admin.getByTestId("a11y-contact").innerText()).toMatch(/beheerder/);
    const ombudsman = admin.getByRole("link", { name: /Vlaamse Ombudsdienst/ });
    expect(await ombudsman.getAttribute("href")).toBe("https://www.vlaamseombudsdienst.be");
  });

  it("lets every scrolling table be reached and named from the keyboard", async () => {
    await admin.setViewportSize({ width: 320, height: 640 });
    for (const route of ["/kpis/KPI-WZG", "/methodologie", "/due", "/commitments"]) {
      await openRoute(admin, `${journey.baseUrl}${route}`);
      const wrappers = await admin.locator(".table-scroll").evaluateAll((els) =>
        els.map((el) => ({
          role: el.getAttribute("role"),
          tabIndex: (el as HTMLElement).tabIndex,
          named: Boolean(el.getAttribute("aria-label") || el.getAttribute("aria-labelledby")),
        })),
      );
      expect(wrappers.length, route).toBeGreaterThan(0);
      for (const w of wrappers) expect(w, route).toEqual({ role: "region", tabIndex: 0, named: true });
    }
  });
});

/** Tabs through the page and measures, for every element that shows the focus ring, the ring's
 *  colour against the colour behind it (where the ring is drawn, just outside the element). */
async function ringContrasts(page: Page, tabs: number) {
  const found: { element: string; ratio: number; outline: string }[] = [];
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  for (let i = 0; i < tabs; i++) {
    await page.keyboard.press("Tab");
    const result = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body || !el.matches(":focus-visible")) return null;
      const style = getComputedStyle(el);
      const parse = (c: string) => {
        const m = c.match(/rgba?\(([\d.]+),?\s*([\d.]+),?\s*([\d.]+)(?:,?\s*\/?\s*([\d.]+))?\)/);
        return m ? { r: +m[1]!, g: +m[2]!, b: +m[3]!, a: m[4] === undefined ? 1 : +m[4] } : null;
      };
      const lum = ({ r, g, b }: { r: number; g: number; b: number }) => {
        const f = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
        return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
      };
      const rect = el.getBoundingClientRect();
      const offset = parseFloat(style.outlineOffset) + parseFloat(style.outlineWidth) / 2;
      // A point on the ring: above the element, or below it when the top is off screen.
      const x = Math.min(Math.max(rect.left + rect.width / 2, 1), innerWidth - 1);
      const y = rect.top - offset > 1 ? rect.top - offset : rect.bottom + offset;
      el.style.outlineStyle = "none"; // see what lies under the ring
      const under = document.elementsFromPoint(x, y).find((e) => e !== el && !el.contains(e));
      el.style.outlineStyle = "";
      let bg = null;
      for (let n: Element | null = under ?? document.body; n; n = n.parentElement) {
        const c = parse(getComputedStyle(n).backgroundColor);
        if (c && c.a > 0.5) {
          bg = c;
          break;
        }
      }
      bg ??= { r: 255, g: 255, b: 255, a: 1 };
      const ring = parse(style.outlineColor)!;
      const [l1, l2] = [lum(ring), lum(bg)].sort((a, b) => b - a) as [number, number];
      return {
        element: `${el.tagName.toLowerCase()} ${(el.textContent ?? "").trim().slice(0, 30)}`,
        ratio: (l1 + 0.05) / (l2 + 0.05),
        outline: `${style.outlineStyle} ${style.outlineWidth}`,
      };
    });
    if (result) found.push(result);
  }
  return found;
}

describe("the focus ring (2.4.7, 1.4.11)", () => {
  it.each([
    ["the plan page", "/plans/IAB", "normal"],
    ["the KPI page", "/kpis/KPI-WZG", "normal"],
    ["the commitments list", "/commitments", "normal"],
    ["the plan page in high contrast", "/plans/IAB", "high"],
    ["the presentation", "/present/IAB", "normal"],
  ])("shows on %s with at least 3:1 against every background it sits on", async (_, route, contrast) => {
    await admin.setViewportSize({ width: 1366, height: 768 });
    await admin.goto(`${journey.baseUrl}/login`);
    await admin.evaluate((c) => localStorage.setItem("boordtabel.contrast", c), contrast);
    await openRoute(admin, `${journey.baseUrl}${route}`);
    const rings = await ringContrasts(admin, 30);
    expect(rings.length).toBeGreaterThan(5);
    for (const ring of rings) {
      expect(ring.outline, ring.element).toMatch(/^solid [34]px$/);
      expect(ring.ratio, ring.element).toBeGreaterThanOrEqual(3);
    }
    await admin.evaluate(() => localStorage.removeItem("boordtabel.contrast"));
  });
});
