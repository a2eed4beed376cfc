import { useTranslation } from "react-i18next";
import { useLanguage } from "../../lib/use-language";
import { writtenDate } from "./pack-data";

/** The plan's board pack as a PDF, for the page's as-of date (today when none): frozen once
 *  made, so the board and the minutes keep the same file. */
export function BoardPackLink({ code, asOf }: { code: string; asOf?: string | null }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const date = asOf ?? new Date().toISOString().slice(0, 10);
  const href = `/api/v1/plans/${encodeURIComponent(code)}/board-pack.pdf?asOf=${date}&lang=${language}`;
  return (
    <p className="board-pack-link">
      <a href={href} data-testid="board-pack-link" type="application/pdf">
        {t("boardPack.download")}
      </a>{" "}
      <span className="muted">{t("boardPack.downloadHint", { date: writtenDate(date, language) })}</span>
    </p>
  );
}
