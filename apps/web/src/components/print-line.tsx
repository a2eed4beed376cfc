import { useTranslation } from "react-i18next";
import { dateText, localIsoDate } from "../lib/dates";

/** What a printed page needs that the screen shows elsewhere (or not at all): the date the
 *  figures are as of, the day it was printed, the source and where the live page is. Printed
 *  only. */
export function PrintLine({ asOf, source }: { asOf?: string | null; source: string }) {
  const { t } = useTranslation();
  const today = localIsoDate(new Date());
  return (
    <p className="print-only print-line" data-testid="print-line">
      {t("print.asOf", { date: dateText(asOf ?? today) })} · {t("print.printedOn", { date: dateText(today) })} ·{" "}
      {t("print.source", { source })} · {window.location.href}
    </p>
  );
}
