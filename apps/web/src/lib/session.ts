import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "./trpc";

export type Role = "VIEWER" | "EDITOR" | "REVIEWER" | "ADMIN";

/** What a screen asks of its user: nothing (null), being signed in ("viewer") or a role. */
export type RequiredRole = "admin" | "editor" | "reviewer" | "viewer" | null;

/** Whether a user with `role` (null: signed out) may open what needs `required` (nothing when
 *  null or left out); an admin may open everything, as the API allows. */
export function allows(required: RequiredRole | undefined, role: Role | null): boolean {
  if (!required) return true;
  if (role === null) return false;
  return required === "viewer" || role === "ADMIN" || role === required.toUpperCase();
}

/** The signed-in user (or null), from the server: the session cookie is http-only. */
export function useSession() {
  const trpc = useTRPC();
  const me = useQuery(trpc.session.me.queryOptions(undefined, { staleTime: 60_000 }));
  const actor = me.data ?? null;
  const role = actor?.role ?? null;
  return {
    loading: me.isPending,
    actor,
    role,
    /** Editors enter values and run imports; reviewers review; admins do both and manage. */
    canEnter: allows("editor", role),
    canReview: allows("reviewer", role),
    isAdmin: allows("admin", role),
  };
}

export class SignInError extends Error {
  constructor(readonly reason: "credentials" | "tooMany" | "unavailable") {
    super(reason);
  }
}

/** Signs in with better-auth's email endpoint; the server sets the session cookie. */
export async function signIn(email: string, password: string): Promise<void> {
  const response = await fetch("/api/auth/sign-in/email", {
    method: "POST",
    credentials: "same-origin",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password }),
  });
  if (response.ok) return;
  if (response.status === 401 || response.status === 400 || response.status === 403)
    throw new SignInError("credentials");
  if (response.status === 429) throw new SignInError("tooMany");
  throw new SignInError("unavailable");
}

/** Ends the session. When it was a single sign-on and the provider supports RP-initiated
 *  logout, the answer names the provider's logout address, which the caller should open
 *  (the provider ends its own session and sends the user back to the app). */
export async function signOut(): Promise<{ providerLogout: string | null }> {
  const response = await fetch("/api/auth/sign-out", {
    method: "POST",
    credentials: "same-origin",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ disableRedirect: true }),
  });
  const body = (await response.json().catch(() => ({}))) as { url?: unknown };
  return { providerLogout: typeof body.url === "string" ? body.url : null };
}
