import type { EntryContext } from "@boordtabel/api";
import { useTranslation } from "react-i18next";
import { dateTimeText } from "../../lib/format";
import { useLanguage } from "../../lib/use-language";

export type EntryContextData = EntryContext;

/** Why the reviewer sent this value back, by whom and when: shown above the prefilled form. */
export function ReturnedNotice({ returned }: { returned: EntryContext["returned"][number] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <div className="notice returned" data-testid="returned-notice">
      <p>
        <strong>{t("entryLoop.returnedTitle")}</strong>{" "}
        {t("entryLoop.returnedBy", { reviewer: returned.reviewer, date: dateTimeText(returned.at, language) })}
      </p>
      {returned.reason && <blockquote data-testid="returned-reason">{returned.reason}</blockquote>}
      <p className="muted">{t("entryLoop.returnedHelp")}</p>
    </div>
  );
}
