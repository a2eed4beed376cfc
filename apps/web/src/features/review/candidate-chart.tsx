import { useTranslation } from "react-i18next";
import { CartesianGrid, Line, LineChart, XAxis, YAxis } from "recharts";
import { periodText, valueText } from "../../lib/format";
import { useLanguage } from "../../lib/use-language";

const WIDTH = 280;
const HEIGHT = 120;

interface Props {
  history: { period: string; value: number }[];
  candidate: { period: string; value: number | null };
  unit: string;
  decimals: number;
}

/** The series' recent published values with the submitted value as a marked point after them:
 *  enough to see at a glance whether the candidate fits. The label says the same in words. */
export function CandidateChart({ history, candidate, unit, decimals }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const rows = [
    ...history.map((h) => ({ period: h.period, published: h.value, candidate: undefined as number | undefined })),
    { period: candidate.period, published: undefined as number | undefined, candidate: candidate.value ?? undefined },
  ];
  // The line runs on to the candidate so the jump reads as one.
  const last = history.at(-1);
  if (last && candidate.value !== null) rows[rows.length - 2]!.candidate = last.value;
  const words = [
    ...history.map((h) => `${periodText(h.period, language)} ${valueText(h.value, unit, decimals, language)}`),
    t("review.card.candidatePoint", {
      period: periodText(candidate.period, language),
      value: valueText(candidate.value, unit, decimals, language),
    }),
  ].join(", ");
  return (
    <div className="candidate-chart" role="img" aria-label={t("review.card.chartLabel", { points: words })}>
      {/* The label above says it in words; the drawing itself is hidden from assistive technology. */}
      <div aria-hidden="true">
        <LineChart
          width={WIDTH}
          height={HEIGHT}
          data={rows}
          margin={{ top: 8, right: 12, bottom: 0, left: 0 }}
          accessibilityLayer={false}
        >
          <CartesianGrid strokeDasharray="2 4" />
          <XAxis dataKey="period" tickFormatter={(p: string) => periodText(p, language)} fontSize={11} />
          <YAxis domain={["auto", "auto"]} width={44} fontSize={11} />
          <Line dataKey="published" stroke="#0b3d5c" strokeWidth={2} isAnimationActive={false} dot={{ r: 2 }} />
          <Line
            dataKey="candidate"
            stroke="#8a5a00"
            strokeDasharray="4 3"
            strokeWidth={2}
            isAnimationActive={false}
            dot={(dot: { cx?: number; cy?: number; index?: number }) =>
              dot.index === rows.length - 1 ? (
                <circle key="candidate" cx={dot.cx} cy={dot.cy} r={5} fill="#8a5a00" data-candidate />
              ) : (
                <g key={dot.index} />
              )
            }
          />
        </LineChart>
      </div>
    </div>
  );
}
