import { describe, expect, it } from "vitest";
import { escapeXml, exportFileName, layoutLegend, sourceText, standaloneChartSvg } from "./chart-export";

const icon =
  '<svg xmlns="http://www.w3.org/2000/svg" width="14" height="14" viewBox="0 0 32 32"><path d="M0,16h32"/></svg>';
const chart =
  '<svg xmlns="http://www.w3.org/2000/svg" class="recharts-surface" width="800" height="380" viewBox="0 0 800 380">' +
  '<path class="recharts-line-curve" d="M10,10L20,20"/></svg>';

describe("the chart as a standalone SVG file", () => {
  it("opens with a title and the as-of line, written out and escaped", () => {
    const { svg } = standaloneChartSvg({
      chart,
      width: 800,
      height: 380,
      title: "Werkzaamheidsgraad <20-64> & meer",
      subtitle: "Zoals gekend op 30/11/2026 · Bron: EAK Statbel",
      legend: [],
      fontFamily: 'system-ui, "Segoe UI"',
    });
    expect(svg).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain("<title>Werkzaamheidsgraad &lt;20-64&gt; &amp; meer</title>");
    expect(svg).toContain("Zoals gekend op 30/11/2026 · Bron: EAK Statbel");
    expect(svg).toContain("font-family:system-ui, &quot;Segoe UI&quot;");
    expect(svg).toContain('class="recharts-line-curve" d="M10,10L20,20"');
  });

  it("grows below the chart by one row per wrapped legend line", () => {
    const legend = Array.from({ length: 8 }, (_, i) => ({ icon, label: `Vergelijkingspunt nummer ${i}` }));
    const bare = standaloneChartSvg({
      chart,
      width: 800,
      height: 380,
      title: "t",
      subtitle: "s",
      legend: [],
      fontFamily: "x",
    });
    const withLegend = standaloneChartSvg({
      chart,
      width: 800,
      height: 380,
      title: "t",
      subtitle: "s",
      legend,
      fontFamily: "x",
    });
    const rows = Math.max(...layoutLegend(legend, 800).map((e) => e.row)) + 1;
    expect(rows).toBeGreaterThan(1);
    expect(bare.height).toBe(64 + 380);
    expect(withLegend.height).toBe(64 + 380 + rows * 22 + 16);
    expect(withLegend.svg.match(/class="legend"/g)).toHaveLength(8);
    // Each icon is redrawn at the legend's size.
    expect(withLegend.svg).toContain(
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32" width="14" height="14">',
    );
  });

  it("wraps the legend before an entry would run past the right edge", () => {
    const placed = layoutLegend(
      ["Waarde", "Gepland pad", "Doel", "Indicatief punt (geen officieel doel)", "Prognose"].map((label) => ({
        icon,
        label,
      })),
      360,
    );
    for (const entry of placed) expect(entry.x + entry.label.length * 7.2).toBeLessThanOrEqual(360);
    expect(placed[0]).toMatchObject({ x: 16, row: 0 });
  });

  it("escapes every character that would break the XML", () => {
    expect(escapeXml(`a&b<c>d"e'f`)).toBe("a&amp;b&lt;c&gt;d&quot;e&apos;f");
  });
});

describe("export file names", () => {
  it("carry the KPI's code and the date, and nothing a file system would refuse", () => {
    expect(exportFileName("KPI-WZG", "2026-12-02", "png")).toBe("KPI-WZG-2026-12-02.png");
    expect(exportFileName("KPI/WZG 55", "2026-12-02", "excel.csv")).toBe("KPI-WZG-55-2026-12-02.excel.csv");
  });
});

describe("the source line", () => {
  it("names the organisation once, and only when the source text does not already", () => {
    expect(sourceText("EAK Statbel, via Steunpunt Werk / Statistiek Vlaanderen", "Statistiek Vlaanderen")).toBe(
      "EAK Statbel, via Steunpunt Werk / Statistiek Vlaanderen",
    );
    expect(sourceText("EAK Statbel", "Statistiek Vlaanderen")).toBe("EAK Statbel, Statistiek Vlaanderen");
    expect(sourceText(null, "Statistiek Vlaanderen")).toBe("Statistiek Vlaanderen");
    expect(sourceText(null, undefined)).toBe("–");
  });
});
