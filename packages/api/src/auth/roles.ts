import { DomainError } from "@boordtabel/domain";
import type { Actor } from "./actor.js";
import type { Role } from "./accounts.js";

/** The caller when signed in with one of the roles (an admin passes every check), else the
 *  error that says why not: the one role check of the tRPC role procedures and the REST writes. */
export function requireRole(actor: Actor | null, roles: readonly Role[]): Actor {
  if (!actor) throw new DomainError("UNAUTHENTICATED", "auth.required");
  if (actor.role !== "ADMIN" && !roles.includes(actor.role)) throw new DomainError("FORBIDDEN", "auth.forbidden");
  return actor;
}

/** Who may record values: editors and reviewers (and admins). */
export const RECORDING_ROLES = ["EDITOR", "REVIEWER"] as const satisfies readonly Role[];
