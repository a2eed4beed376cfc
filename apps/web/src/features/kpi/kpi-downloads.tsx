import { useState, type RefObject } from "react";
import { useTranslation } from "react-i18next";
import { chartSvgDocument, saveBlob, svgToPng } from "./chart-download";
import { localIsoDate } from "../../lib/dates";
import { exportFileName } from "./chart-export";

interface KpiDownloadsProps {
  code: string;
  asOf?: string | null;
  /** The figure holding the chart; without a drawn chart only the data files are offered. */
  chart?: RefObject<HTMLElement | null>;
  /** What the exported chart says above itself: the KPI's name, then as-of date and source. */
  title: string;
  subtitle: string;
}

/** The chart as PNG (drawn at twice its size) and SVG (what the user sees, with title, legend and
 *  fonts), and the KPI's values as files: CSV, CSV for Excel with nl-BE settings (;, decimal
 *  comma, BOM) and XLSX, as known on the page's as-of date or today. Every file is named with
 *  the KPI's code and that date. */
export function KpiDownloads({ code, asOf, chart, title, subtitle }: KpiDownloadsProps) {
  const { t } = useTranslation();
  const [failed, setFailed] = useState(false);
  const date = asOf ?? localIsoDate(new Date());
  const base = `/api/v1/kpis/${encodeURIComponent(code)}/observations`;
  const links = [
    { key: "csv", href: `${base}.csv?asOf=${date}`, file: exportFileName(code, date, "csv") },
    { key: "excel", href: `${base}.csv?format=excel&asOf=${date}`, file: exportFileName(code, date, "excel.csv") },
    { key: "xlsx", href: `${base}.xlsx?asOf=${date}`, file: exportFileName(code, date, "xlsx") },
  ] as const;
  const save = async (kind: "svg" | "png") => {
    setFailed(false);
    const figure = chart?.current;
    const document = figure ? chartSvgDocument(figure, title, subtitle) : null;
    if (!document) return setFailed(true);
    try {
      const blob =
        kind === "svg"
          ? new Blob([document.svg], { type: "image/svg+xml" })
          : await svgToPng(document.svg, document.width, document.height);
      saveBlob(blob, exportFileName(code, date, kind));
    } catch {
      setFailed(true);
    }
  };
  return (
    <section aria-labelledby="downloads-heading" className="panel downloads-panel">
      <h2 id="downloads-heading">{t("downloads.title")}</h2>
      <ul className="downloads">
        {chart && (
          <>
            <li>
              <button type="button" className="link-button" data-chart-export="png" onClick={() => void save("png")}>
                {t("print.chartPng")}
              </button>
            </li>
            <li>
              <button type="button" className="link-button" data-chart-export="svg" onClick={() => void save("svg")}>
                {t("print.chartSvg")}
              </button>
            </li>
          </>
        )}
        {links.map((l) => (
          <li key={l.key}>
            <a href={l.href} download={l.file} data-download={l.key}>
              {t(`downloads.${l.key}`)}
            </a>
          </li>
        ))}
      </ul>
      {failed && (
        <p role="alert" className="field-error">
          {t("print.chartFailed")}
        </p>
      )}
    </section>
  );
}
