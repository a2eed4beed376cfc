import { isPeriod } from "@boordtabel/domain";
import type { NotificationItem } from "@boordtabel/api";
import type { Language } from "../../i18n";
import { periodText } from "../../lib/format";

/** The params of an item for the reader: the KPI's name in their language and periods as they
 *  say them ("K2 2025"), a list of periods item by item. */
export function readerParams(item: NotificationItem, language: Language): Record<string, string | number> {
  const params = { ...item.params };
  if (language === "en" && params["kpiNameEn"] !== undefined) params["kpiName"] = params["kpiNameEn"];
  const period = params["period"];
  if (typeof period === "string")
    params["period"] = period
      .split(", ")
      .map((p) => (isPeriod(p) ? periodText(p, language) : p))
      .join(", ");
  return params;
}

/** The in-app address of an item, keeping the reader's language. */
export function itemHref(item: NotificationItem, language: Language): string {
  if (language !== "en") return item.link;
  const url = new URL(item.link, "http://app.invalid");
  url.searchParams.set("lang", "en");
  return `${url.pathname}${url.search}`;
}
