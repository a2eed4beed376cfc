import type { KpiDetail } from "@boordtabel/api";
import { useTranslation } from "react-i18next";
import {
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ReferenceLine,
  ResponsiveContainer,
  Scatter,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import type { Language } from "../../i18n";
import type { ChartRow } from "./to-chart-rows";

/** Target versus actual: actual line (provisional points hollow), planned path dashed, targets
 *  marked, benchmarks as labelled lines, the forecast dotted. Receives its data as props. */
export function TargetChart({ rows, detail }: { rows: ChartRow[]; detail: KpiDetail }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  return (
    <figure className="chart" aria-label={t("kpi.chartLabel")}>
      <ResponsiveContainer width="100%" height={360}>
        <ComposedChart data={rows} margin={{ top: 16, right: 120, bottom: 8, left: 8 }}>
          <CartesianGrid strokeDasharray="2 4" />
          <XAxis dataKey="period" />
          <YAxis domain={["auto", "auto"]} />
          <Tooltip />
          <Legend />
          <Line
            name={t("kpi.planned")}
            dataKey="planned"
            stroke="#6b7280"
            strokeDasharray="6 4"
            dot={false}
            isAnimationActive={false}
            connectNulls
          />
          <Line
            name={t("kpi.forecast")}
            dataKey="forecast"
            stroke="#8a5a00"
            strokeDasharray="2 3"
            dot={false}
            isAnimationActive={false}
            connectNulls
          />
          <Line
            name={t("kpi.actual")}
            dataKey="actual"
            stroke="#0b3d5c"
            strokeWidth={3}
            isAnimationActive={false}
            connectNulls
            dot={(props: { cx?: number; cy?: number; payload?: ChartRow; index?: number }) =>
              props.payload?.actual === undefined ? (
                <g key={props.index} />
              ) : (
                <circle
                  key={props.index}
                  cx={props.cx}
                  cy={props.cy}
                  r={5}
                  stroke="#0b3d5c"
                  strokeWidth={2}
                  fill={props.payload.provisional ? "#ffffff" : "#0b3d5c"}
                  data-series="actual"
                  data-provisional={props.payload.provisional ? "true" : undefined}
                />
              )
            }
          />
          <Scatter
            name={t("kpi.target")}
            dataKey="target"
            fill="#b42318"
            shape="diamond"
            isAnimationActive={false}
            data-series="target"
          />
          {detail.benchmarks
            .filter((b) => b.value !== null && b.series === detail.selectedSeries)
            .map((b) => (
              <ReferenceLine
                key={`${b.entity}-${b.period}`}
                y={b.value}
                stroke="#7a7a7a"
                strokeDasharray="1 3"
                label={{ value: `${b.name[language]} ${b.period ?? ""}`.trim(), position: "right" }}
              />
            ))}
        </ComposedChart>
      </ResponsiveContainer>
    </figure>
  );
}
