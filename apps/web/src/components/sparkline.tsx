import { sparklinePath, type SparkPoint } from "../lib/sparkline";

/** A small trend line in plain SVG, decorative: the figure and summary next to it say the same
 *  in words. Plain SVG keeps the chart library out of the overview's first load. */
export function Sparkline({
  points,
  width = 160,
  height = 40,
}: {
  points: SparkPoint[];
  width?: number;
  height?: number;
}) {
  const d = sparklinePath(points, width, height);
  if (!d) return null;
  return (
    <svg className="sparkline" width={width} height={height} viewBox={`0 0 ${width} ${height}`} aria-hidden="true">
      <path d={d} fill="none" stroke="#0b3d5c" strokeWidth={2} strokeLinejoin="round" />
    </svg>
  );
}
