import { useTranslation } from "react-i18next";

/** The KPI's values as files: CSV, CSV for Excel with nl-BE settings (;, decimal comma, BOM)
 *  and XLSX, as known today or on the page's as-of date. */
export function KpiDownloads({ code, asOf }: { code: string; asOf?: string | null }) {
  const { t } = useTranslation();
  const base = `/api/v1/kpis/${encodeURIComponent(code)}/observations`;
  const query = (params: Record<string, string | null | undefined>) => {
    const search = new URLSearchParams(
      Object.entries(params).filter((e): e is [string, string] => typeof e[1] === "string"),
    ).toString();
    return search ? `?${search}` : "";
  };
  const links = [
    { key: "csv", href: `${base}.csv${query({ asOf })}` },
    { key: "excel", href: `${base}.csv${query({ format: "excel", asOf })}` },
    { key: "xlsx", href: `${base}.xlsx${query({ asOf })}` },
  ] as const;
  return (
    <section aria-labelledby="downloads-heading" className="panel">
      <h2 id="downloads-heading">{t("downloads.title")}</h2>
      <ul className="downloads">
        {links.map((l) => (
          <li key={l.key}>
            <a href={l.href} download data-download={l.key}>
              {t(`downloads.${l.key}`)}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
