import type { Db } from "@boordtabel/db";
import type { AuditActor } from "../audit.js";
import type { Auth } from "./auth.js";
import type { Role } from "./accounts.js";
import { userForToken } from "./tokens.js";

/** Who is calling; built once per request, and the audit actor of every write they make. */
export interface Actor extends AuditActor {
  id: string;
  email: string;
  name: string;
  role: Role;
  via: "session" | "token";
}

/** Who is calling: a bearer API token, or a better-auth session cookie; null when anonymous. */
export async function resolveActor(db: Db, auth: Auth, headers: Headers): Promise<Actor | null> {
  const authorization = headers.get("authorization");
  if (authorization?.startsWith("Bearer ")) {
    const user = await userForToken(db, authorization.slice("Bearer ".length).trim());
    return user
      ? { id: user.id, email: user.email, name: user.name, role: user.role, via: "token", label: user.email }
      : null;
  }
  if (!headers.get("cookie")) return null;
  const session = await auth.api.getSession({ headers });
  if (!session) return null;
  const user = session.user as typeof session.user & { role?: string; disabled?: boolean };
  if (user.disabled) return null;
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: (user.role ?? "VIEWER") as Role,
    via: "session",
    label: user.email,
  };
}
