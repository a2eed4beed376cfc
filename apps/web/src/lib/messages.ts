import { isMessageKey, message } from "@boordtabel/domain";
import { useTranslation } from "react-i18next";
import type { TranslationKey } from "../i18n/keys";
import { useLanguage } from "./use-language";

/** One error vocabulary: the server's messages (the same texts an API caller gets) for the
 *  shared rules, the web app's own for what only the browser asks. */
export function useMessage() {
  const { t, i18n } = useTranslation();
  const language = useLanguage();
  // Keys arrive as strings (from the server or a shared rule): checked at run time.
  return (key: string, params: Record<string, string | number> = {}) => {
    if (i18n.exists(key)) return t(key as TranslationKey, params);
    return isMessageKey(key) ? message(language, key, params) : key;
  };
}

/** The translated message and the field problems of a failed tRPC call. */
export function errorDetails(error: unknown): { message: string; messageKey?: string; fields: Record<string, string> } {
  const e = error as {
    message?: string;
    data?: { messageKey?: string; issues?: { field: string; message: string }[] };
  };
  const fields = Object.fromEntries((e.data?.issues ?? []).map((i) => [i.field, i.message]));
  return { message: e.message ?? "", messageKey: e.data?.messageKey, fields };
}

/** A text field of a submitted form ("" when absent). */
export function formText(data: FormData, name: string): string {
  const value = data.get(name);
  return typeof value === "string" ? value : "";
}
