import { z } from "zod";
import { CONTROL_CHARACTER_KEY, hasForbiddenCharacters } from "./text-rules.js";

/** A source link a reader can follow safely: an absolute http(s) address with a host. Anything
 *  else — `javascript:` (runs script), `data:`, `file:`, `ftp:`, `mailto:` or a bare host — is
 *  refused on every write and never published. */
export function isHttpUrl(text: string): boolean {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return false;
  }
  return (url.protocol === "http:" || url.protocol === "https:") && url.hostname !== "";
}

/** The input schema of every source link (measurements, targets, benchmarks, annotations,
 *  uploads). */
export const sourceUrlSchema = z
  .string()
  .trim()
  .max(1000)
  .refine((v) => !hasForbiddenCharacters(v, "singleLine"), { message: CONTROL_CHARACTER_KEY })
  .refine(isHttpUrl, { message: "source.httpUrl" });

/** A stored link as it may be published: itself when it is http(s), else nothing (defence in
 *  depth for links stored before the rule, or by a path that skipped it). */
export function publishableUrl(stored: string | null | undefined): string | null {
  return stored && isHttpUrl(stored) ? stored : null;
}
