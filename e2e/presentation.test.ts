import { callerFor, demoActors } from "@boordtabel/api/testing";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seriousViolations } from "./axe.js";
import { openJourney, SCREENSHOT_DIR, type Journey } from "./browser.js";

let journey: Journey;

beforeAll(async () => {
  journey = await openJourney();
  const actors = await demoActors(journey.database.db);
  // A social partner's open reservation, and a building block of DIGI reported on.
  await callerFor(journey.database.db, actors.reviewer).review.create({
    kpi: "KPI-WZG",
    period: "2023",
    kind: "reservation",
    body: "De sociale partners betwisten de vergelijking met 2022.",
  });
  await callerFor(journey.database.db, actors.editor).commitment.updateStatus({
    code: "DIGI-B01",
    date: "2026-11-15",
    status: "in_progress",
    progress: 20,
  });
}, 120_000);
afterAll(() => journey?.close());

interface SeenSlide {
  kind: string;
  id: string;
  text: string;
}

/** Walks the whole deck with the arrow key from the first slide, as a presenter would. */
async function walkDeck(page: Page, url: string): Promise<SeenSlide[]> {
  await page.goto(url);
  const seen: SeenSlide[] = [];
  for (let i = 0; i < 40; i++) {
    const slide = page.locator(".deck-slide");
    await slide.waitFor();
    const kind = (await slide.getAttribute("data-slide-kind")) ?? "";
    const id = (await slide.getAttribute("data-slide")) ?? "";
    if (kind === "kpi") await slide.locator(".deck-facts, [data-testid='chart-empty']").first().waitFor();
    seen.push({ kind, id, text: await slide.innerText() });
    if (kind === "closing") break;
    await page.keyboard.press("ArrowRight");
    await page.waitForFunction((n) => new URL(location.href).searchParams.get("slide") === String(n), i + 2);
  }
  return seen;
}

async function screenshots(page: Page, name: string): Promise<void> {
  for (const [width, height] of [
    [1920, 1080],
    [1366, 768],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.waitForTimeout(200); // the chart measures its width after a resize
    await page.screenshot({ path: join(SCREENSHOT_DIR, `present-${name}-${width}x${height}.png`) });
  }
}

describe("the IAB board deck", () => {
  it("draws the target-versus-actual chart with its actual line for the headline KPIs, with no app header", async () => {
    const { page, baseUrl } = journey;
    await page.setViewportSize({ width: 1920, height: 1080 });
    const slides = await walkDeck(page, `${baseUrl}/present/IAB`);
    expect(slides[0]?.kind).toBe("title");
    expect(slides.at(-1)?.kind).toBe("closing");
    expect(slides.filter((s) => s.kind === "pillar").map((s) => s.id)).toEqual([
      "IAB-P1",
      "IAB-P2",
      "IAB-P3",
      "IAB-P4",
    ]);
    const kpis = slides.filter((s) => s.kind === "kpi").map((s) => s.id);
    expect(kpis).toEqual(expect.arrayContaining(["KPI-WZG", "KPI-LLL", "KPI-WERKBAAR"]));
    // The VOV envelope has no value yet: left out unless asked.
    expect(kpis).not.toContain("KPI-VOV");

    for (const code of ["KPI-WZG", "KPI-LLL", "KPI-WERKBAAR"]) {
      await page.goto(`${baseUrl}/present/IAB?slide=${slides.findIndex((s) => s.id === code) + 1}`);
      const line = page
        .locator(`.deck-slide[data-slide="${code}"] svg .series-actual path.recharts-line-curve[d*="L"]`)
        .first();
      await line.waitFor();
      expect(await line.getAttribute("d")).toMatch(/^M[\d.,\s-]+(L|C)/);
      expect(await page.locator(".app-header, .main-nav").count()).toBe(0);
    }
    const wzg = slides.find((s) => s.id === "KPI-WZG")!.text;
    expect(wzg).toContain("76,8 %");
    expect(wzg).toContain("+0,1 pt t.o.v. 2022 (76,7 %)");
    expect(wzg).toContain("Pact 2020 (76 %): niet gehaald (74,7 %)");
    expect(wzg).toContain("laatste waarde 2023, verwacht 2025");
    expect(wzg).toMatch(/Bron: .*Statbel/);

    const closing = slides.at(-1)!.text;
    expect(closing).toMatch(/Aandacht nodig/i);
    expect(closing).toContain("Werkzaamheidsgraad Vlaanderen (totaal)");
    expect(closing).toContain("1 open voorbehoud van de sociale partners");

    const reservations = slides.find((s) => s.kind === "reservations")!.text;
    expect(reservations).toContain("De sociale partners betwisten de vergelijking met 2022.");
  });

  it("shows KPIs without data when asked", async () => {
    const { page, baseUrl } = journey;
    await page.goto(`${baseUrl}/present/IAB?all=1&slide=2`);
    await page.locator('.deck-slide[data-slide="IAB-P1"]').waitFor();
    expect(await page.getByLabel("Ook indicatoren zonder gegevens").isChecked()).toBe(true);
    // 25 KPIs in this pillar: ten a slide, continued on the next ones.
    expect(await page.locator(".deck-table [data-kpi]").count()).toBe(10);
    await page.getByRole("heading", { level: 1 }).getByText("(deel 1 van 3)").waitFor();
    await page.keyboard.press("ArrowRight");
    await page.locator('.deck-slide[data-slide="IAB-P1~2"]').waitFor();
  });

  it("keeps the slide in the address across a reload and moves with the keyboard", async () => {
    const { page, baseUrl } = journey;
    await page.goto(`${baseUrl}/present/IAB?slide=3`);
    const position = page.getByTestId("slide-position");
    await position.getByText(/^Dia 3 van \d+$/).waitFor();
    const id = await page.locator(".deck-slide").getAttribute("data-slide");
    await page.reload();
    await position.getByText(/^Dia 3 van \d+$/).waitFor();
    expect(await page.locator(".deck-slide").getAttribute("data-slide")).toBe(id);

    const slideInAddress = () => new URL(page.url()).searchParams.get("slide");
    const total = Number((await position.textContent())!.split(" ").at(-1));
    await page.keyboard.press("End");
    await page.locator('.deck-slide[data-slide-kind="closing"]').waitFor();
    expect(slideInAddress()).toBe(String(total));
    await page.keyboard.press("PageUp");
    await page.locator('.deck-slide[data-slide-kind="reservations"]').waitFor();
    await page.keyboard.press("Home");
    await page.locator('.deck-slide[data-slide-kind="title"]').waitFor();
    expect(slideInAddress()).toBe("1");
    await page.keyboard.press("PageDown");
    await page.locator('.deck-slide[data-slide="IAB-P1"]').waitFor();
    await page.keyboard.press("ArrowLeft");
    await page.locator('.deck-slide[data-slide-kind="title"]').waitFor();
    await page.keyboard.press("Escape");
    await page.waitForURL(/\/plans\/IAB/);
    await page.locator(".app-header").waitFor();
  });

  it("freezes the deck at an as-of date, written out on the title slide", async () => {
    const { page, baseUrl } = journey;
    await page.goto(`${baseUrl}/present/IAB?asOf=2021-06-30`);
    await page.getByTestId("deck-date").getByText("Zoals gekend op 30 juni 2021").waitFor();
    // The reservation was written after that date.
    await page.keyboard.press("End");
    await page.keyboard.press("ArrowLeft");
    await page.getByText("Er zijn geen open voorbehouden.").waitFor();
  });

  it("has no serious accessibility violations on any kind of slide", async () => {
    const { page, baseUrl } = journey;
    await page.setViewportSize({ width: 1920, height: 1080 });
    for (const slide of [1, 2, 3]) {
      await page.goto(`${baseUrl}/present/IAB?slide=${slide}`);
      await page.locator(".deck-slide").waitFor();
      await page.locator(".deck-facts, .deck-rollup").first().waitFor();
      expect(await seriousViolations(page)).toEqual([]);
    }
    await page.goto(`${baseUrl}/present/IAB?slide=99`);
    await page.locator('.deck-slide[data-slide-kind="closing"]').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press("ArrowLeft");
    await page.locator('.deck-slide[data-slide-kind="reservations"]').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.goto(`${baseUrl}/present/DIGI?slide=2`);
    await page.locator('.deck-slide[data-slide-kind="domain"]').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });

  it("speaks one language per deck: no Dutch notes in English slides, no English notes in Dutch ones", async () => {
    const { page, baseUrl } = journey;
    await page.setViewportSize({ width: 1920, height: 1080 });
    const english = await walkDeck(page, `${baseUrl}/present/IAB?lang=en`);
    const en = english.map((s) => s.text).join("\n");
    expect(en).toContain("Latest value");
    expect(en).toContain("Open reservations of the social partners");
    for (const dutch of ["Breuk in de tijdreeks", "Afgerond gepubliceerd", "Ook gepubliceerd door", "Laatste waarde"]) {
      expect(en).not.toContain(dutch);
    }
    const dutch = (await walkDeck(page, `${baseUrl}/present/IAB`)).map((s) => s.text).join("\n");
    for (const english of ["Values sourced in the document", "same value on Statistiek Vlaanderen", "Latest value"]) {
      expect(dutch).not.toContain(english);
    }
  });

  it("takes screenshots of the slides at projector and laptop size", async () => {
    const { page, baseUrl } = journey;
    for (const [name, query] of [
      ["title", "slide=1"],
      ["pillar", "slide=2"],
      ["kpi", "slide=3"],
      ["reservations", "slide=98"],
    ] as const) {
      await page.setViewportSize({ width: 1920, height: 1080 });
      await page.goto(`${baseUrl}/present/IAB?${query}`);
      await page.locator(".deck-slide").waitFor();
      if (name === "reservations") {
        await page.keyboard.press("ArrowLeft");
        await page.locator('.deck-slide[data-slide-kind="reservations"]').waitFor();
      }
      if (name === "kpi") await page.locator('.deck-slide svg .series-actual path[d*="L"]').first().waitFor();
      await screenshots(page, name);
    }
    await page.goto(`${baseUrl}/present/DIGI?slide=2&since=2026-11-01`);
    await page.locator('.deck-slide[data-slide-kind="domain"]').waitFor();
    await screenshots(page, "domain");
  });
});

describe("the DIGI board deck (a plan without KPIs)", () => {
  it("has a slide per domain with its building blocks, what was reported and what changed, and no KPI slide", async () => {
    const { page, baseUrl } = journey;
    await page.setViewportSize({ width: 1920, height: 1080 });
    const slides = await walkDeck(page, `${baseUrl}/present/DIGI?since=2026-11-01`);
    expect(slides.map((s) => s.kind)).toEqual(["title", ...Array<string>(7).fill("domain"), "closing"]);
    const all = slides.map((s) => s.text).join("\n");
    expect(all).not.toMatch(/Kernindicatoren|Indicatoren|Geen indicatoren/i);
    expect(slides[0]?.text).toContain("1 van 50 engagementen gerapporteerd");

    await page.goto(`${baseUrl}/present/DIGI?since=2026-11-01&slide=2`);
    const domain = page.locator('.deck-slide[data-slide="DIGI-3.1"]');
    await domain.waitFor();
    expect(await domain.locator("[data-commitment]").count()).toBe(9);
    expect(await domain.getByTestId("reported").textContent()).toBe("1 van 9 engagementen gerapporteerd");
    await domain.getByRole("heading", { name: "Gewijzigd sinds 01/11/2026" }).waitFor();
    expect(await domain.locator('[data-change="DIGI-B01"]').textContent()).toContain("15/11/2026: Lopend");
    expect(await domain.locator('[data-commitment="DIGI-B01"]').textContent()).toContain("Lopend · 20 %");

    // Another domain, with nothing changed since that date, says so.
    await page.keyboard.press("ArrowRight");
    await page.getByText("Geen statuswijzigingen sinds 01/11/2026.").waitFor();
  });
});
