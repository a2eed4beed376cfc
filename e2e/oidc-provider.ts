import { findFreePort } from "@boordtabel/db";
import { createServer, type Server } from "node:http";
import Provider from "oidc-provider";

/** What the test provider says about one subject: its claims beyond `sub`. */
export type Claims = Record<string, unknown>;

export interface TestProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Claims by subject; a subject not listed signs in with no claims but `sub` (the provider
   *  knows everyone; whether Boordtabel does is the point of the tests). Change it between
   *  sign-ins to change a role at the provider. */
  claims: Map<string, Claims>;
  close(): Promise<void>;
}

/** A real OpenID Provider (panva's certified oidc-provider) on loopback with one confidential
 *  client for Boordtabel at `appUrl`: discovery, JWKS, PKCE, nonce, userinfo and RP-initiated
 *  logout, with its development login and consent pages (any login name is the subject). */
export async function startTestProvider(appUrl: string): Promise<TestProvider> {
  const port = await findFreePort();
  const issuer = `http://127.0.0.1:${port}`;
  const claims = new Map<string, Claims>();
  const clientId = "boordtabel";
  const clientSecret = "test-client-secret-0123456789-abcdef";
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [`${appUrl}/api/auth/callback/oidc`],
        post_logout_redirect_uris: [`${appUrl}/`],
        grant_types: ["authorization_code"],
        response_types: ["code"],
        token_endpoint_auth_method: "client_secret_basic",
      },
    ],
    findAccount: (_ctx: unknown, sub: string) =>
      Promise.resolve({ accountId: sub, claims: () => ({ sub, ...(claims.get(sub) ?? {}) }) }),
    claims: {
      openid: ["sub"],
      email: ["email", "email_verified"],
      profile: ["name", "given_name", "family_name"],
      boordtabel: ["boordtabel_rol", "vo_orgcode"],
    },
    scopes: ["openid", "email", "profile", "boordtabel"],
    pkce: { required: () => true },
    features: { devInteractions: { enabled: true }, rpInitiatedLogout: { enabled: true } },
    cookies: { keys: ["test-provider-cookie-key-0123456789"] },
    // The quiet default render of errors, without the provider's console warnings.
    renderError(ctx: { type: string; body: string }, out: Record<string, string>) {
      ctx.type = "html";
      ctx.body = `<!doctype html><title>Error</title><pre>${JSON.stringify(out)}</pre>`;
    },
  });
  const server: Server = createServer(provider.callback());
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return {
    issuer,
    clientId,
    clientSecret,
    claims,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
