import { useTranslation } from "react-i18next";

/** The plan's commitments as files: CSV, CSV for Excel with nl-BE settings and XLSX. */
export function CommitmentsDownloads({ plan }: { plan: string }) {
  const { t } = useTranslation();
  const base = `/api/v1/plans/${encodeURIComponent(plan)}/commitments`;
  const links = [
    { key: "csv", href: `${base}.csv` },
    { key: "excel", href: `${base}.csv?format=excel` },
    { key: "xlsx", href: `${base}.xlsx` },
  ] as const;
  return (
    <p className="commitment-downloads">
      {t("agenda.download")}{" "}
      {links.map((l, i) => (
        <span key={l.key}>
          {i > 0 && " · "}
          <a href={l.href} download data-download={`commitments-${l.key}`}>
            {t(`downloads.${l.key}`)}
          </a>
        </span>
      ))}
    </p>
  );
}
