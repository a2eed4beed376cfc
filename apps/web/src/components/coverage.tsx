import { useTranslation } from "react-i18next";

/** On how much a roll-up rests: "1 van 25 indicatoren beoordeeld". */
export function Coverage({ coverage }: { coverage: { assessed: number; total: number } }) {
  const { t } = useTranslation();
  return (
    <p className="coverage" data-testid="coverage">
      {t("overview.coverage", { assessed: coverage.assessed, count: coverage.total })}
    </p>
  );
}
