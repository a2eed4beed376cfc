import type { LegendPayload } from "recharts";
import { Symbols } from "recharts";

/** What a drawn series tells its legend entry (recharts passes the series' props as `payload`). */
interface SeriesLook {
  stroke?: string;
  fill?: string;
  strokeDasharray?: string;
  strokeWidth?: number;
  className?: string;
}

const SYMBOLS = ["circle", "cross", "diamond", "square", "star", "triangle", "wye"] as const;
type SymbolName = (typeof SYMBOLS)[number];
const isSymbol = (type: string | undefined): type is SymbolName => SYMBOLS.includes(type as SymbolName);

/** The chart's legend: each entry's symbol drawn as the chart draws it — the line's dash or dots,
 *  the band's fill with its outline, the point's shape — so a line is told apart by its style and
 *  not by colour alone (WCAG 1.4.1). The symbols are decorative (the text names the series), so
 *  no "legend icon" name in English is read out. Keeps recharts' class names, which the chart's
 *  download reads. */
export function ChartLegend({ payload, order }: { payload?: readonly LegendPayload[]; order: string[] }) {
  const entries = (payload ?? [])
    .filter((entry) => entry.type !== "none" && entry.value)
    .toSorted((a, b) => order.indexOf(String(a.value)) - order.indexOf(String(b.value)));
  if (entries.length === 0) return null;
  return (
    <ul className="recharts-default-legend chart-legend">
      {entries.map((entry) => (
        <li key={String(entry.value)} className="recharts-legend-item" data-legend-type={entry.type}>
          <LegendSymbol entry={entry} />
          <span className="recharts-legend-item-text legend-text">{entry.value}</span>
        </li>
      ))}
    </ul>
  );
}

function LegendSymbol({ entry }: { entry: LegendPayload }) {
  const look = (entry.payload ?? {}) as SeriesLook;
  const colour = entry.color ?? look.stroke ?? "#1b1f24";
  return (
    <svg width={32} height={16} viewBox="0 0 32 16" aria-hidden="true" focusable="false" className="legend-symbol">
      {entry.type === "line" ? (
        <>
          <path
            d="M1,8H31"
            stroke={look.stroke ?? colour}
            strokeWidth={Math.max(2, look.strokeWidth ?? 2)}
            strokeDasharray={look.strokeDasharray}
            fill="none"
          />
          {!look.strokeDasharray && <circle cx={16} cy={8} r={4} fill={look.stroke ?? colour} />}
        </>
      ) : entry.type === "square" && look.className?.includes("band") ? (
        <rect
          x={1}
          y={2}
          width={30}
          height={12}
          fill={look.fill ?? colour}
          stroke={look.stroke && look.stroke !== "none" ? look.stroke : "#4a5560"}
          strokeDasharray={look.strokeDasharray}
        />
      ) : (
        <Symbols
          cx={16}
          cy={8}
          size={12}
          sizeType="diameter"
          type={isSymbol(entry.type) ? entry.type : "circle"}
          fill={look.fill ?? colour}
          stroke={look.stroke}
          strokeWidth={look.strokeWidth}
        />
      )}
    </svg>
  );
}
