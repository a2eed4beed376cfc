import type { KpiDetail } from "@boordtabel/api";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import {
  Area,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ReferenceLine,
  Scatter,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import type { Language } from "../../i18n";
import { valueText } from "../../lib/format";
import { useWidth } from "../../lib/use-width";
import { ChartTooltip } from "./chart-tooltip";
import { toAnnotationMarks, toChartRows, type AnnotationMark, type ChartRow } from "./to-chart-rows";

const HEIGHT = 380;
/** At most one drawn value per this many pixels; the table keeps every value. */
const PIXELS_PER_POINT = 3;

const COLOURS = {
  actual: "#0b3d5c",
  planned: "#4a5560",
  band: "#c9d1d9",
  forecast: "#8a5a00",
  forecastBand: "#f3e3c3",
  target: "#b42318",
  benchmark: "#5b4b8a",
  annotation: "#176b2c",
};

/** Target versus actual on a time axis: the actual line (provisional points hollow), values of
 *  another frequency as loose points, the planned path dashed inside its tolerance band, targets
 *  as diamonds, the forecast dotted inside its band, benchmarks and annotations as labelled lines. */
export function TargetChart({ detail }: { detail: KpiDetail }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const { ref, width } = useWidth<HTMLDivElement>();
  const rows = useMemo(() => toChartRows(detail, Math.floor(width / PIXELS_PER_POINT)), [detail, width]);
  const annotations = toAnnotationMarks(detail);
  const benchmarks = detail.benchmarks.filter((b) => b.value !== null && b.series === detail.selectedSeries);
  const tMin = Math.min(...rows.map((r) => r.t), ...annotations.map((a) => a.t));
  const tMax = Math.max(...rows.map((r) => r.t), ...annotations.map((a) => a.t));
  const hasBand = rows.some((r) => r.band && r.band[1] > r.band[0]);
  const hasForecastBand = rows.some((r) => r.forecastBand && r.forecastBand[1] > r.forecastBand[0]);
  const axisValue = (value: number) => valueText(value, detail.kpi.unit, detail.kpi.decimals, language);

  if (rows.length === 0) {
    return (
      <figure className="chart" aria-label={t("kpi.chartLabel")}>
        <p className="empty" data-testid="chart-empty">
          {t("kpi.noValues")}
        </p>
        <AnnotationList annotations={annotations} />
      </figure>
    );
  }
  return (
    <figure
      className="chart"
      aria-label={t("kpi.chartLabel")}
      data-points={rows.filter((r) => r.actual !== undefined).length}
    >
      <div ref={ref} className="chart-canvas">
        <ComposedChart width={width} height={HEIGHT} data={rows} margin={{ top: 24, right: 132, bottom: 8, left: 8 }}>
          <CartesianGrid strokeDasharray="2 4" />
          <XAxis
            dataKey="t"
            type="number"
            domain={[Math.floor(tMin), Math.ceil(tMax)]}
            allowDecimals={false}
            tickFormatter={(value: number) => String(Math.floor(value))}
          />
          <YAxis domain={["auto", "auto"]} tickFormatter={axisValue} width={72} />
          <Tooltip content={<ChartTooltip detail={detail} />} />
          <Legend formatter={(value: string) => <span className="legend-text">{value}</span>} />
          {hasBand && (
            <Area
              name={t("kpi.tolerance")}
              dataKey="band"
              stroke="none"
              fill={COLOURS.band}
              fillOpacity={0.6}
              isAnimationActive={false}
              connectNulls
              className="series-band"
            />
          )}
          {hasForecastBand && (
            <Area
              name={t("kpi.forecastBand")}
              dataKey="forecastBand"
              stroke="none"
              fill={COLOURS.forecastBand}
              fillOpacity={0.8}
              isAnimationActive={false}
              connectNulls
              className="series-forecast-band"
            />
          )}
          <Line
            name={t("kpi.planned")}
            dataKey="planned"
            stroke={COLOURS.planned}
            strokeDasharray="6 4"
            dot={false}
            isAnimationActive={false}
            connectNulls
            className="series-planned"
          />
          <Line
            name={t("kpi.forecast")}
            dataKey="forecast"
            stroke={COLOURS.forecast}
            strokeDasharray="2 3"
            strokeWidth={2}
            dot={false}
            isAnimationActive={false}
            connectNulls
            className="series-forecast"
          />
          <Line
            name={t("kpi.actual")}
            dataKey="actual"
            stroke={COLOURS.actual}
            strokeWidth={3}
            isAnimationActive={false}
            connectNulls
            dot={ActualDot}
            activeDot={{ r: 7 }}
            className="series-actual"
          />
          <Scatter
            name={t("kpi.otherFrequency")}
            dataKey="other"
            fill={COLOURS.actual}
            shape="circle"
            isAnimationActive={false}
            className="series-other"
          />
          <Scatter
            name={t("kpi.target")}
            dataKey="target"
            fill={COLOURS.target}
            shape="diamond"
            isAnimationActive={false}
            className="series-target"
          />
          {benchmarks.map((b) => (
            <ReferenceLine
              key={`${b.entity}-${b.period}`}
              y={b.value}
              stroke={COLOURS.benchmark}
              strokeDasharray="1 3"
              className="benchmark-line"
              label={{
                value: `${b.name[language]} ${b.period ?? ""}`.trim(),
                position: "right",
                fill: COLOURS.benchmark,
              }}
            />
          ))}
          {annotations.map((a) => (
            <ReferenceLine
              key={a.date}
              x={a.t}
              stroke={COLOURS.annotation}
              strokeDasharray="4 2"
              className="annotation-line"
              label={{ value: `▾ ${a.date.slice(0, 4)}`, position: "top", fill: COLOURS.annotation }}
            />
          ))}
        </ComposedChart>
      </div>
      <AnnotationList annotations={annotations} />
    </figure>
  );
}

function ActualDot(props: { cx?: number; cy?: number; payload?: ChartRow; index?: number }) {
  if (props.payload?.actual === undefined) return <g key={props.index} />;
  const provisional = props.payload.provisional === true;
  return (
    <circle
      key={props.index}
      cx={props.cx}
      cy={props.cy}
      r={5}
      stroke={COLOURS.actual}
      strokeWidth={2}
      fill={provisional ? "#ffffff" : COLOURS.actual}
      data-series="actual"
      data-provisional={provisional ? "true" : undefined}
    />
  );
}

function AnnotationList({ annotations }: { annotations: AnnotationMark[] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  if (annotations.length === 0) return null;
  return (
    <figcaption>
      <h3>{t("kpi.annotations")}</h3>
      <ul className="annotations">
        {annotations.map((a) => (
          <li key={a.date} data-annotation={a.date}>
            <time dateTime={a.date}>{a.date}</time> — {a.title[language]}
          </li>
        ))}
      </ul>
    </figcaption>
  );
}
