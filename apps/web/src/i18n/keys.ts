import type { KeyOf } from "@boordtabel/domain";
import type nl from "./nl.json";

/** Every key of the web catalogue; i18next's typed `t()` (i18next.d.ts) accepts only these. */
export type TranslationKey = KeyOf<typeof nl>;

/** Groups that name a value the API sends as a plain string (a status, a frequency, …). */
type LabelGroup =
  "status" | "valueStatus" | "workflow" | "method" | "direction" | "frequency" | "notes.kind" | "notes.state";

/** The key of the label for an API value. The value is only known at run time; the test "names
 *  every status, workflow state, method, direction and note kind the API returns" (i18n.test.ts)
 *  is what guarantees the label exists. */
export function labelKey<G extends LabelGroup>(group: G, value: string) {
  return `${group}.${value}` as Extract<TranslationKey, `${G}.${string}`>;
}
