import { standaloneChartSvg, type LegendEntry } from "./chart-export";

/** The chart the user sees, found in its figure: the recharts surface (not a legend icon). */
export function chartSurface(figure: Element): SVGSVGElement | null {
  return figure.querySelector<SVGSVGElement>(".recharts-wrapper > svg.recharts-surface");
}

/** A copy sized by its attributes only: inline styles (width: 100 %) would resize it in a file. */
function serialize(svg: SVGSVGElement, size?: { width: number; height: number }): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.removeAttribute("style");
  if (size) {
    copy.setAttribute("width", String(size.width));
    copy.setAttribute("height", String(size.height));
    copy.setAttribute("viewBox", `0 0 ${size.width} ${size.height}`);
  }
  return new XMLSerializer().serializeToString(copy);
}

/** The figure's chart as a standalone SVG document with title, subtitle and legend. */
export function chartSvgDocument(figure: Element, title: string, subtitle: string) {
  const surface = chartSurface(figure);
  if (!surface) return null;
  const box = surface.viewBox.baseVal;
  const width = box.width || surface.clientWidth;
  // recharts keeps room at the bottom for its HTML legend; the file draws its own legend instead.
  const legendRoom = figure.querySelector<HTMLElement>(".recharts-legend-wrapper")?.offsetHeight ?? 0;
  const height = (box.height || surface.clientHeight) - legendRoom;
  const legend: LegendEntry[] = [...figure.querySelectorAll(".recharts-legend-item")].flatMap((item) => {
    const icon = item.querySelector<SVGSVGElement>("svg");
    const label = item.textContent.trim();
    return icon && label ? [{ icon: serialize(icon), label }] : [];
  });
  return standaloneChartSvg({
    chart: serialize(surface, { width, height }),
    width,
    height,
    title,
    subtitle,
    legend,
    fontFamily: getComputedStyle(surface).fontFamily,
  });
}

/** The SVG drawn on a canvas at `scale` times its size (sharp on a slide), as a PNG. */
export async function svgToPng(svg: string, width: number, height: number, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: "image/svg+xml" }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement("canvas");
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext("2d");
    if (!context) throw new Error("canvas 2d context unavailable");
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("PNG encoding failed"))), "image/png"),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Saves a blob under a file name, as a download link would. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
