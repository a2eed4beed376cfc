import { useQuery } from "@tanstack/react-query";

/** What the server offers for signing in (GET /api/sign-in-options). */
export interface SignInOptions {
  password: boolean;
  provider: { id: string; name: string } | null;
  contact: string | null;
}

const PASSWORD_ONLY: SignInOptions = { password: true, provider: null, contact: null };

/** The server's sign-in options; the password form alone while they load or if they fail. */
export function useSignInOptions() {
  const query = useQuery({
    queryKey: ["sign-in-options"],
    staleTime: Infinity,
    queryFn: async (): Promise<SignInOptions> => {
      const response = await fetch("/api/sign-in-options", { credentials: "same-origin" });
      if (!response.ok) throw new Error(`sign-in options: ${response.status}`);
      return (await response.json()) as SignInOptions;
    },
  });
  return { loading: query.isPending, options: query.data ?? PASSWORD_ONLY };
}

/** Starts single sign-on: better-auth answers with the provider's authorization address
 *  (state, PKCE challenge and nonce included), which the browser then opens. Back from the
 *  provider the user lands on `returnTo`, or on the refusal page when it said no. */
export async function startProviderSignIn(provider: string, returnTo: string): Promise<void> {
  const response = await fetch("/api/auth/sign-in/social", {
    method: "POST",
    credentials: "same-origin",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ provider, callbackURL: returnTo, errorCallbackURL: "/login/refused" }),
  });
  const body = (await response.json().catch(() => ({}))) as { url?: unknown };
  if (!response.ok || typeof body.url !== "string") throw new Error(`sign-in/social: ${response.status}`);
  window.location.assign(body.url);
}
