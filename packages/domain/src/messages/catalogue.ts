/** One scheme for every message catalogue (server, domain sentences, web): a tree of texts with
 *  `{{name}}` placeholders, Dutch as the source typed `as const`, English typed
 *  `Catalogue<typeof nl>` so a missing or extra key is a type error. */

/** The shape of a source catalogue with every text widened to `string`: the type a translation
 *  must have. */
export type Catalogue<T> = { readonly [K in keyof T]: T[K] extends string ? string : Catalogue<T[K]> };

/** The dotted keys of a catalogue's texts: `"plan.notFound"`, `"assess.noTarget"`. */
export type KeyOf<T> = {
  [K in keyof T & string]: T[K] extends string ? K : `${K}.${KeyOf<T[K]>}`;
}[keyof T & string];

export type MessageParams = Record<string, string | number>;

/** The texts of a catalogue by dotted key, for lookups at run time. */
export function flatten(tree: object, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === "string") out.set(`${prefix}${key}`, value);
    else for (const [k, v] of flatten(value as object, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

const PLACEHOLDER = /\{\{(\w+)\}\}/g;

/** Fills `{{name}}` placeholders; an absent parameter stays visible as `{{name}}`. */
export function fill(template: string, params: MessageParams = {}): string {
  return template.replace(PLACEHOLDER, (whole, name: string) =>
    params[name] === undefined ? whole : String(params[name]),
  );
}

/** The placeholder names of a text, sorted, for the check that both languages ask the same. */
export function placeholders(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((m) => m[1]!))].sort();
}
