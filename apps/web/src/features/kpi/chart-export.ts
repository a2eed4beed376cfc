/** The chart as a file that stands on its own: an SVG document with a title, the as-of date and
 *  source, the legend and the fonts written in (a downloaded SVG has no page stylesheet), and the
 *  name a saved file gets. Pure string work, so it is tested without a browser. */

export interface LegendEntry {
  label: string;
  /** The legend icon's own <svg> markup, as the page draws it. */
  icon: string;
}

export interface ChartSvgParts {
  /** The chart's <svg> serialized as XML (XMLSerializer), drawn at width × height. */
  chart: string;
  width: number;
  height: number;
  title: string;
  /** One line under the title: as-of date and source. */
  subtitle: string;
  legend: LegendEntry[];
  /** The page's font stack, so the file renders with the type the user saw. */
  fontFamily: string;
}

const HEADER = 64;
const LEGEND_ROW = 22;
const ICON = 14;
const PADDING = 16;
/** A generous average glyph width at 13 px: a legend row wraps before it could overflow. */
const CHARACTER = 7.2;

export function escapeXml(text: string): string {
  return text
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&apos;");
}

export interface PlacedEntry extends LegendEntry {
  x: number;
  row: number;
}

/** Legend entries left to right, wrapped onto a new row when the next one would not fit. */
export function layoutLegend(entries: LegendEntry[], width: number): PlacedEntry[] {
  const placed: PlacedEntry[] = [];
  let x = PADDING;
  let row = 0;
  for (const entry of entries) {
    const size = ICON + 6 + entry.label.length * CHARACTER + 18;
    if (x > PADDING && x + size > width - PADDING) {
      row += 1;
      x = PADDING;
    }
    placed.push({ ...entry, x, row });
    x += size;
  }
  return placed;
}

/** One SVG document: title and subtitle above the chart, the legend below it. */
export function standaloneChartSvg(parts: ChartSvgParts): { svg: string; width: number; height: number } {
  const legend = layoutLegend(parts.legend, parts.width);
  const rows = legend.length === 0 ? 0 : Math.max(...legend.map((e) => e.row)) + 1;
  const width = Math.round(parts.width);
  const height = Math.round(HEADER + parts.height + rows * LEGEND_ROW + (rows > 0 ? PADDING : 0));
  const legendTop = HEADER + parts.height + 8;
  const font = escapeXml(parts.fontFamily);
  const items = legend
    .map(
      (e) =>
        `<g transform="translate(${Math.round(e.x)},${legendTop + e.row * LEGEND_ROW})">` +
        `<g transform="translate(0,1)">${nestedIcon(e.icon)}</g>` +
        `<text x="${ICON + 6}" y="12" class="legend">${escapeXml(e.label)}</text></g>`,
    )
    .join("");
  const svg =
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img">` +
    `<title>${escapeXml(parts.title)}</title>` +
    `<desc>${escapeXml(parts.subtitle)}</desc>` +
    `<style>text{font-family:${font};font-size:12px}.title{font-size:18px;font-weight:700;fill:#1b1f24}` +
    `.subtitle{font-size:13px;fill:#4a5560}.legend{font-size:13px;fill:#1b1f24}</style>` +
    `<rect width="100%" height="100%" fill="#ffffff"/>` +
    `<text x="${PADDING}" y="26" class="title">${escapeXml(parts.title)}</text>` +
    `<text x="${PADDING}" y="48" class="subtitle">${escapeXml(parts.subtitle)}</text>` +
    `<g transform="translate(0,${HEADER})">${parts.chart}</g>` +
    items +
    `</svg>`;
  return { svg, width, height };
}

/** An icon drawn at the legend's size whatever size the page gave it. */
function nestedIcon(icon: string): string {
  return icon.replace(/<svg\b([^>]*)>/, (_, attributes: string) => {
    const kept = attributes.replace(/\s(width|height)="[^"]*"/g, "");
    return `<svg${kept} width="${ICON}" height="${ICON}">`;
  });
}

/** "KPI-WZG-2026-12-02.svg": the KPI's code and the date the figures are as of. */
export function exportFileName(code: string, date: string, extension: string): string {
  const safe = code.replace(/[^A-Za-z0-9_-]+/g, "-");
  return `${safe}-${date}.${extension}`;
}

/** The source as one line: the source text, then the organisation unless the text names it. */
export function sourceText(source: string | null | undefined, organisation: string | null | undefined): string {
  const parts = [source, organisation && !source?.includes(organisation) ? organisation : null];
  return parts.filter((p): p is string => Boolean(p)).join(", ") || "–";
}
