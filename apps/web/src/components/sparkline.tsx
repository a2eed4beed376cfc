import { sparklinePath, type SparkPoint } from "../lib/sparkline";

const WIDTH = 160;
const HEIGHT = 40;

/** A small trend line in plain SVG, decorative: the figure and summary next to it say the same
 *  in words. Plain SVG keeps the chart library out of the overview's first load. */
export function Sparkline({ points }: { points: SparkPoint[] }) {
  const d = sparklinePath(points, WIDTH, HEIGHT);
  if (!d) return null;
  return (
    <svg className="sparkline" width={WIDTH} height={HEIGHT} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} aria-hidden="true">
      <path d={d} fill="none" stroke="#0b3d5c" strokeWidth={2} strokeLinejoin="round" />
    </svg>
  );
}
