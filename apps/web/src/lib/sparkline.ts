export interface SparkPoint {
  period: string;
  value: number;
}

/** The SVG path of a sparkline: points spread evenly over the width, values scaled to the
 *  height with a margin so the stroke is not clipped. A flat series is drawn at mid-height. */
export function sparklinePath(points: SparkPoint[], width: number, height: number, margin = 2): string {
  if (points.length < 2) return "";
  const values = points.map((p) => p.value);
  const min = Math.min(...values);
  const max = Math.max(...values);
  const span = max - min;
  const step = (width - 2 * margin) / (points.length - 1);
  const y = (v: number) => (span === 0 ? height / 2 : margin + ((max - v) / span) * (height - 2 * margin));
  return points
    .map((p, i) => `${i === 0 ? "M" : "L"}${(margin + i * step).toFixed(1)},${y(p.value).toFixed(1)}`)
    .join(" ");
}
