import type { KpiDetail } from "@boordtabel/api";
import { useId, useMemo } from "react";
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
import { periodText, valueText } from "../../lib/format";
import { useWidth } from "../../lib/use-width";
import { ChartLegend } from "./chart-legend";
import { ChartTooltip } from "./chart-tooltip";
import {
  datedBenchmarks,
  toAnnotationMarks,
  toChartRows,
  yearlessBenchmarks,
  type AnnotationMark,
  type ChartRow,
} from "./to-chart-rows";
import { useLanguage } from "../../lib/use-language";

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
  /** Pale fill, dark outline: visibly a point, visibly not a target (also in the legend). */
  indicative: "#f4c2bd",
  benchmark: "#5b4b8a",
  annotation: "#176b2c",
};

/** Target versus actual on a time axis: the actual line (provisional points hollow, a gap where a
 *  period is missing, a marked break), values of another frequency as loose points, the planned
 *  path dashed inside its tolerance band, targets as diamonds and indicative points as hollow
 *  triangles, the forecast dotted inside its band, benchmarks as dated points and annotations as
 *  labelled lines. The legend lists only what is drawn. */
export function TargetChart({
  detail,
  width: fixedWidth,
  height = HEIGHT,
  print,
}: {
  detail: KpiDetail;
  /** A fixed size (print) instead of the container's width; 380 px high unless given. Nothing
   *  animates. */
  width?: number;
  height?: number;
  /** In the board pack: a fixed width and the text alternative of the whole chart. */
  print?: { width: number; alt: string };
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const measured = useWidth<HTMLDivElement>();
  const ref = measured.ref;
  const width = print?.width ?? fixedWidth ?? measured.width;
  const rows = useMemo(() => toChartRows(detail, Math.floor(width / PIXELS_PER_POINT)), [detail, width]);
  const annotations = toAnnotationMarks(detail);
  const benchmarks = datedBenchmarks(detail);
  const entities = [...new Map(benchmarks.map((b) => [b.entity, b])).values()];
  const yearless = yearlessBenchmarks(detail);
  const tMin = Math.min(...rows.map((r) => r.t), ...annotations.map((a) => a.t));
  const tMax = Math.max(...rows.map((r) => r.t), ...annotations.map((a) => a.t));
  const has = (key: keyof ChartRow) => rows.some((r) => r[key] !== undefined);
  const hasBand = rows.some((r) => r.band && r.band[1] > r.band[0]);
  const hasForecastBand = rows.some((r) => r.forecastBand && r.forecastBand[1] > r.forecastBand[0]);
  const segments = Math.max(-1, ...rows.map((r) => r.segment ?? -1)) + 1;
  const breaks = rows.filter((r) => r.breakInSeries);
  const axisValue = (value: number) => valueText(value, detail.kpi.unit, detail.kpi.decimals, language);
  const benchmarkName = (name: string) => `${name} (${t("kpi.benchmark").toLowerCase()})`;
  // What is read first comes first: the values, the plan, then the comparisons.
  const legendOrder = [
    t("kpi.actual"),
    t("kpi.otherFrequency"),
    t("kpi.planned"),
    t("kpi.tolerance"),
    t("kpi.target"),
    t("kpi.indicative"),
    t("kpi.forecast"),
    t("kpi.forecastBand"),
    ...entities.map((b) => benchmarkName(b.name[language])),
  ];
  const domain: [number, number] = [Math.floor(tMin), Math.ceil(tMax)];
  const captionId = useId();

  if (rows.length === 0) {
    return (
      <figure className="chart" aria-label={t("kpi.chartLabel")}>
        <p className="empty" data-testid="chart-empty">
          {t("kpi.noValues")}
        </p>
        <ChartNotes
          annotations={annotations}
          yearless={yearless}
          breaks={[]}
          unit={detail.kpi.unit}
          decimals={detail.kpi.decimals}
        />
      </figure>
    );
  }
  return (
    <figure
      className="chart"
      {...(print ? { "aria-label": t("kpi.chartLabel") } : { "aria-labelledby": captionId })}
      data-points={rows.filter((r) => r.actual !== undefined).length}
    >
      {/* The figure is named by the status sentence and points to the table with every value; the
          drawing is one image (recharts' keyboard layer is off: the table is the way to the values). */}
      {!print && (
        <figcaption className="chart-caption">
          <span id={captionId}>{detail.assessment.summary[language]}</span>{" "}
          <a href="#table-heading">{t("a11y.chartTable")}</a>
        </figcaption>
      )}
      <div
        ref={ref}
        className="chart-canvas"
        style={{ minHeight: height }}
        {...(print && { role: "img", "aria-label": print.alt })}
      >
        <ComposedChart
          width={width}
          height={height}
          data={rows}
          margin={{ top: 24, right: 24, bottom: 8, left: 8 }}
          title={detail.kpi.name[language]}
          desc={detail.assessment.summary[language]}
          accessibilityLayer={false}
          role="img"
        >
          <CartesianGrid strokeDasharray="2 4" />
          <XAxis
            dataKey="t"
            type="number"
            domain={domain}
            ticks={yearTicks(domain)}
            allowDecimals={false}
            tickFormatter={(value: number) => String(Math.floor(value))}
          />
          <YAxis domain={["auto", "auto"]} tickFormatter={axisValue} width={80} />
          <Tooltip content={<ChartTooltip detail={detail} />} />
          <Legend content={({ payload }) => <ChartLegend payload={payload} order={legendOrder} />} />
          {hasBand && (
            <Area
              name={t("kpi.tolerance")}
              dataKey="band"
              stroke={COLOURS.planned}
              strokeWidth={1}
              strokeDasharray="1 2"
              fill={COLOURS.band}
              legendType="square"
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
              stroke={COLOURS.forecast}
              strokeWidth={1}
              strokeDasharray="1 2"
              fill={COLOURS.forecastBand}
              legendType="square"
              fillOpacity={0.8}
              isAnimationActive={false}
              connectNulls
              className="series-forecast-band"
            />
          )}
          {has("planned") && (
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
          )}
          {has("forecast") && (
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
          )}
          {/* One line per stretch without a missing period: the gaps stay gaps. Other rows of the
              same stretch (a quarter, a target year) are bridged, which is what connectNulls does. */}
          {Array.from({ length: segments }, (_, i) => (
            <Line
              key={`actual-${i}`}
              name={t("kpi.actual")}
              dataKey={(r: ChartRow) => (r.segment === i ? r.actual : undefined)}
              stroke={COLOURS.actual}
              strokeWidth={3}
              isAnimationActive={false}
              connectNulls
              dot={ActualDot}
              activeDot={{ r: 7 }}
              legendType={i === 0 ? "line" : "none"}
              className="series-actual"
            />
          ))}
          {has("other") && (
            <Scatter
              name={t("kpi.otherFrequency")}
              dataKey="other"
              fill={COLOURS.actual}
              shape="circle"
              isAnimationActive={false}
              className="series-other"
            />
          )}
          {has("target") && (
            <Scatter
              name={t("kpi.target")}
              dataKey="target"
              fill={COLOURS.target}
              shape="diamond"
              legendType="diamond"
              isAnimationActive={false}
              className="series-target"
            />
          )}
          {has("indicative") && (
            <Scatter
              name={t("kpi.indicative")}
              dataKey="indicative"
              fill={COLOURS.indicative}
              stroke={COLOURS.target}
              strokeWidth={2}
              shape="triangle"
              legendType="triangle"
              isAnimationActive={false}
              className="series-indicative"
            />
          )}
          {entities.map((b, i) => (
            <Scatter
              key={b.entity}
              name={benchmarkName(b.name[language])}
              legendType={BENCHMARK_SHAPES[i % BENCHMARK_SHAPES.length]}
              dataKey={(r: ChartRow) => r.benchmarks?.[b.entity]}
              fill={COLOURS.benchmark}
              shape={BENCHMARK_SHAPES[i % BENCHMARK_SHAPES.length]}
              isAnimationActive={false}
              className="series-benchmark"
            />
          ))}
          {breaks.map((r) => (
            <ReferenceLine
              key={`break-${r.period}`}
              x={r.t - 0.5}
              stroke={COLOURS.actual}
              strokeDasharray="8 3 2 3"
              className="break-line"
              label={{ value: t("kpi.breakShort"), position: "insideTopLeft", fill: COLOURS.actual }}
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
      <ChartNotes
        annotations={annotations}
        yearless={yearless}
        breaks={breaks}
        unit={detail.kpi.unit}
        decimals={detail.kpi.decimals}
      />
    </figure>
  );
}

const BENCHMARK_SHAPES = ["square", "star", "cross", "wye", "circle"] as const;

/** Whole years at a readable step (1, 2, 5, 10 …), placed where the years' values sit (their
 *  midpoints) and labelled as plain years: "2020", never "2.020". */
export function yearTicks([from, to]: [number, number], most = 10): number[] {
  const span = Math.max(1, to - from);
  const step = [1, 2, 5, 10, 20, 25, 50].find((s) => span / s <= most) ?? 100;
  const ticks: number[] = [];
  for (let y = Math.ceil(from / step) * step; y < to; y += step) ticks.push(y + 0.5);
  return ticks;
}

function ActualDot(props: { cx?: number; cy?: number; value?: unknown; payload?: ChartRow; index?: number }) {
  // Each stretch of the line is its own series: rows of the other stretches have no point here.
  if (props.payload?.actual === undefined || props.value == null || props.cy == null) return <g key={props.index} />;
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

/** What the chart cannot draw on its axis, in words: benchmarks without a year, breaks in the
 *  series and the dated events. */
function ChartNotes({
  annotations,
  yearless,
  breaks,
  unit,
  decimals,
}: {
  annotations: AnnotationMark[];
  yearless: ReturnType<typeof yearlessBenchmarks>;
  breaks: ChartRow[];
  unit: string;
  decimals: number;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (annotations.length === 0 && yearless.length === 0 && breaks.length === 0) return null;
  return (
    <div className="chart-notes">
      {yearless.length > 0 && (
        <p data-testid="yearless-benchmarks">
          {t("kpi.yearless")}{" "}
          {yearless.map((b) => `${b.name[language]} ${valueText(b.value, unit, decimals, language)}`).join("; ")}.
        </p>
      )}
      {breaks.length > 0 && (
        <p data-testid="series-breaks">
          {t("kpi.breaks", { periods: breaks.map((r) => periodText(r.period, language)).join(", ") })}
        </p>
      )}
      {annotations.length > 0 && (
        <>
          <h3>{t("kpi.annotations")}</h3>
          <ul className="annotations">
            {annotations.map((a) => (
              <li key={a.date} data-annotation={a.date}>
                <time dateTime={a.date}>{a.date}</time> — {a.title[language]}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
