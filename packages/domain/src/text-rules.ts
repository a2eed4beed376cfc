/** The boundary rule for text: no control characters. A NUL byte cannot be stored by PostgreSQL
 *  at all, and the other C0/C1 controls (and DEL) are invisible noise that breaks exports and
 *  screens. Multi-line texts (comments, descriptions, justifications) may hold line breaks and
 *  tabs; one-line texts and codes may not. Every text input applies this rule: the zod schemas
 *  here, the REST parsing, CSV/XLSX cells and parsed headers. */
/* eslint-disable no-control-regex -- finding control characters is the point */
const SINGLE_LINE_FORBIDDEN = /[\u0000-\u001F\u007F-\u009F]/;
const MULTI_LINE_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
/* eslint-enable no-control-regex */

export type TextKind = "singleLine" | "multiLine";

/** Whether `text` holds a character the rule forbids for its kind (codes are single-line). */
export function hasForbiddenCharacters(text: string, kind: TextKind = "singleLine"): boolean {
  return (kind === "multiLine" ? MULTI_LINE_FORBIDDEN : SINGLE_LINE_FORBIDDEN).test(text);
}

/** The message key of the rule's field error. */
export const CONTROL_CHARACTER_KEY = "text.controlCharacter" as const;
