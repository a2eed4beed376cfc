import { countSignInAttempt, errorBody, resolveActor, toClientError, type Actor, type Auth } from "@boordtabel/api";
import { DomainError, type ErrorCode, type MessageKey } from "@boordtabel/domain";
import type { Db } from "@boordtabel/db";
import { fromNodeHeaders } from "better-auth/node";
import type { FastifyInstance, FastifyRequest } from "fastify";
import { localeOf } from "./locale.js";

/** better-auth's refusals in the server's one error shape and the caller's language (its own
 *  answer is `{code, message}` in English). */
function authRefusal(response: Response, authCode: string | undefined, method: string): DomainError {
  const status = response.status;
  if (status === 405) {
    const allowed = response.headers.get("allow") ?? (method === "GET" ? "POST" : "GET");
    return new DomainError("METHOD_NOT_ALLOWED", "route.methodNotAllowed", { method, allowed });
  }
  const byStatus: Record<number, [ErrorCode, MessageKey]> = {
    400: ["BAD_INPUT", "input.invalid"],
    401: ["UNAUTHENTICATED", authCode === "INVALID_EMAIL_OR_PASSWORD" ? "auth.invalidCredentials" : "auth.required"],
    403: ["FORBIDDEN", "auth.forbidden"],
    404: ["NOT_FOUND", "route.notFound"],
    429: ["RATE_LIMITED", "auth.tooMany"],
  };
  const [code, key] = byStatus[status] ?? (status < 500 ? ["BAD_INPUT", "input.invalid"] : ["INTERNAL", "internal"]);
  return new DomainError(code, key);
}

export interface SignInLimit {
  db: Db;
  /** Attempts per account per minute, shared by all instances through the database. */
  perAccountPerMinute: number;
}

/** The account a sign-in attempt names, when it names one. */
function signInEmail(request: FastifyRequest): string | null {
  if (request.method !== "POST" || request.url.split("?")[0] !== "/api/auth/sign-in/email") return null;
  const email = (request.body as { email?: unknown } | undefined)?.email;
  return typeof email === "string" && email.length > 0 && email.length <= 320 ? email : null;
}

/** better-auth's own routes (sign-in, sign-out, session, password change) under /api/auth.
 *  Sign-in is limited per address (better-auth) and per account (here). */
export function registerAuthRoutes(app: FastifyInstance, auth: Auth, limit: SignInLimit): void {
  app.route({
    method: ["GET", "POST"],
    url: "/api/auth/*",
    async handler(request, reply) {
      const email = signInEmail(request);
      if (email && (await countSignInAttempt(limit.db, email, 60)) > limit.perAccountPerMinute) {
        const refusal = toClientError(new DomainError("RATE_LIMITED", "auth.tooMany"), localeOf(request));
        return reply.status(refusal.status).header("retry-after", "60").send(errorBody(refusal));
      }
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
      const text = response.body ? await response.text() : null;
      if (response.status < 400) return reply.send(text);
      let authCode: string | undefined;
      try {
        authCode = (JSON.parse(text ?? "{}") as { code?: string }).code;
      } catch {
        authCode = undefined;
      }
      const refusal = toClientError(authRefusal(response, authCode, request.method), localeOf(request));
      return reply
        .status(refusal.status)
        .header("content-type", "application/json; charset=utf-8")
        .send(errorBody(refusal));
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
