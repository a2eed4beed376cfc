import { resolveActor, type Actor, type Auth } from "@boordtabel/api";
import type { Db } from "@boordtabel/db";
import { fromNodeHeaders } from "better-auth/node";
import type { FastifyInstance, FastifyRequest } from "fastify";

/** better-auth's own routes (sign-in, sign-out, session, password change) under /api/auth. */
export function registerAuthRoutes(app: FastifyInstance, auth: Auth): void {
  app.route({
    method: ["GET", "POST"],
    url: "/api/auth/*",
    async handler(request, reply) {
      const headers = fromNodeHeaders(request.headers);
      // Rate limiting keys on this header; it is always the socket's address, never the client's word.
      headers.set("x-boordtabel-client-ip", request.ip);
      const url = new URL(request.url, `${request.protocol}://${request.host}`);
      const body = request.body === undefined ? undefined : JSON.stringify(request.body);
      const response = await auth.handler(new Request(url, { method: request.method, headers, body }));
      reply.status(response.status);
      response.headers.forEach((value, key) => {
        if (key !== "set-cookie") reply.header(key, value);
      });
      const cookies = response.headers.getSetCookie();
      if (cookies.length > 0) reply.header("set-cookie", cookies);
      return reply.send(response.body ? await response.text() : null);
    },
  });
}

const actors = new WeakMap<FastifyRequest, Promise<Actor | null>>();

/** The caller of a request, resolved once per request. */
export function actorOf(request: FastifyRequest, db: Db, auth: Auth): Promise<Actor | null> {
  let actor = actors.get(request);
  if (!actor) {
    actor = resolveActor(db, auth, fromNodeHeaders(request.headers));
    actors.set(request, actor);
  }
  return actor;
}

/** Mutations carried by a browser session must come from a trusted origin (CSRF); token and
 *  anonymous calls carry no cookie and are not at risk. */
export function isTrustedMutation(request: FastifyRequest, trustedOrigins: string[]): boolean {
  if (request.method === "GET" || request.method === "HEAD" || request.method === "OPTIONS") return true;
  if (!request.headers.cookie) return true;
  const origin = request.headers.origin ?? originOf(request.headers.referer);
  return origin !== undefined && trustedOrigins.includes(origin);
}

/** The origin of a Referer header; a malformed one is no origin (so the mutation is refused),
 *  never an error. */
function originOf(referer: string | undefined): string | undefined {
  if (!referer || !URL.canParse(referer)) return undefined;
  return new URL(referer).origin;
}
