export interface XY {
  x: number;
  y: number;
}

/** Largest-Triangle-Three-Buckets: picks `threshold` of the points that keep the line's shape
 *  (peaks and troughs survive, flat stretches thin out). Returns the kept indices in order;
 *  the first and last points are always kept, and `keep` marks points that must stay (a
 *  provisional value, a break in the series). Fewer points than the threshold are kept as is. */
export function decimate(points: XY[], threshold: number, keep: (index: number) => boolean = () => false): number[] {
  const n = points.length;
  if (threshold >= n || threshold < 3) return points.map((_, i) => i);
  const kept: number[] = [0];
  const bucketSize = (n - 2) / (threshold - 2);
  let a = 0;
  for (let bucket = 0; bucket < threshold - 2; bucket++) {
    const start = Math.floor(bucket * bucketSize) + 1;
    const end = Math.min(Math.floor((bucket + 1) * bucketSize) + 1, n - 1);
    const nextEnd = Math.min(Math.floor((bucket + 2) * bucketSize) + 1, n);
    let avgX = 0;
    let avgY = 0;
    for (let i = end; i < nextEnd; i++) {
      avgX += points[i]!.x;
      avgY += points[i]!.y;
    }
    const count = Math.max(nextEnd - end, 1);
    avgX /= count;
    avgY /= count;
    const pa = points[a]!;
    let best = start;
    let bestArea = -1;
    for (let i = start; i < end; i++) {
      const p = points[i]!;
      const area = Math.abs((pa.x - avgX) * (p.y - pa.y) - (pa.x - p.x) * (avgY - pa.y));
      if (area > bestArea) {
        bestArea = area;
        best = i;
      }
    }
    for (let i = start; i < end; i++) if (i !== best && keep(i)) kept.push(i);
    kept.push(best);
    a = best;
  }
  kept.push(n - 1);
  return [...new Set(kept)].sort((x, y) => x - y);
}
