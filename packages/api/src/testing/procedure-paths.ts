import type { AnyMutationProcedure, AnyProcedure, AnyRouter } from "@trpc/server";
import type { AppRouter } from "../root.js";
import { router } from "../trpc.js";

type RecordKeys<R> = Exclude<keyof R, keyof AnyRouter> & string;

/** The dotted paths of a router's procedures of one kind ("plan.list"), read from its type. */
type PathsOf<R, Kind, Prefix extends string = ""> = {
  [K in RecordKeys<R>]: R[K] extends AnyProcedure
    ? R[K] extends Kind
      ? `${Prefix}${K}`
      : never
    : PathsOf<R[K], Kind, `${Prefix}${K}.`>;
}[RecordKeys<R>];

export type ProcedurePath = PathsOf<AppRouter, AnyProcedure>;
export type MutationPath = PathsOf<AppRouter, AnyMutationProcedure>;

/** The keys tRPC itself puts on every router, beside the procedures of its nouns. */
const routerOwnKeys = new Set(Object.keys(router({})));

/** The dotted paths of every procedure of a router, walked over its public record: a built
 *  router carries its nouns as properties, and a procedure is a function. */
export function procedurePaths(record: object, prefix = ""): string[] {
  return Object.entries(record).flatMap(([key, value]: [string, unknown]) => {
    if (prefix === "" && routerOwnKeys.has(key)) return [];
    if (typeof value === "function") return [`${prefix}${key}`];
    return procedurePaths(value as object, `${prefix}${key}.`);
  });
}
