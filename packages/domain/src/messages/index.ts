import type { FieldIssue } from "../errors.js";
import type { Locale } from "../periods.js";
import { assessEn, assessNl } from "./assess.js";
import { fill, flatten, type KeyOf, type MessageParams } from "./catalogue.js";
import { notificationEn, notificationNl } from "./notification.js";
import { serverEn, serverNl } from "./server.js";
import { wordsEn, wordsNl } from "./words.js";

export { fill, placeholders, type Catalogue, type KeyOf, type MessageParams } from "./catalogue.js";

/** The domain's catalogue: the server's messages, the assessment's sentences and the words of
 *  formatted values, in both
 *  languages. The web app keeps its own texts (apps/web/src/i18n) in the same scheme. */
export const messages = {
  nl: { ...serverNl, assess: assessNl, format: wordsNl, notification: notificationNl },
  en: { ...serverEn, assess: assessEn, format: wordsEn, notification: notificationEn },
} as const;

export type MessageKey = KeyOf<typeof messages.nl>;

const byKey: Record<Locale, Map<string, string>> = { nl: flatten(messages.nl), en: flatten(messages.en) };

/** The text of `key` in `locale`, with its `{{placeholders}}` filled in. */
export function message(locale: Locale, key: MessageKey, params: MessageParams = {}): string {
  return fill(byKey[locale].get(key) ?? key, params);
}

/** For keys that arrive as plain strings (zod issues, the wire). */
export function isMessageKey(key: string): key is MessageKey {
  return byKey.nl.has(key);
}

/** The message key of a zod issue: the shared schemas give their keys as messages; zod's own
 *  English texts become "input.invalidField". */
export function issueKey(zodMessage: string): MessageKey {
  return isMessageKey(zodMessage) ? zodMessage : "input.invalidField";
}

/** A zod issue as a field issue: its key and, for the shared schemas' own rules (a number's
 *  column bound names its digits), the parameters its message needs. */
export function fieldIssueOf(issue: {
  path: PropertyKey[];
  message: string;
  code?: string;
  params?: Record<string, unknown>;
}): FieldIssue {
  const params = issue.code === "custom" && issue.params ? (issue.params as MessageParams) : undefined;
  return {
    field: issue.path.map(String).join("."),
    messageKey: issueKey(issue.message),
    ...(params ? { params } : {}),
  };
}
