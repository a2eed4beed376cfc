import { errorBody, message, toClientError, type ClientError, type MessageKey } from "@boordtabel/api";
import { CONTROL_CHARACTER_KEY, hasForbiddenCharacters, type ErrorCode, errorCodes } from "@boordtabel/domain";
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { localeOf } from "./locale.js";

/** Every answer the server gives on an error, Fastify's own included, in the one error body
 *  (packages/api errorBody), translated by the request's language. */
export function sendError(reply: FastifyReply, client: ClientError) {
  return reply.code(client.status).send(errorBody(client));
}

function clientError(
  request: FastifyRequest,
  code: ErrorCode,
  messageKey: MessageKey,
  params: Record<string, string | number> = {},
  issues: ClientError["issues"] = [],
): ClientError {
  const locale = localeOf(request);
  return { code, status: errorCodes[code], messageKey, message: message(locale, messageKey, params), issues };
}

const MB = 1024 * 1024;

/** Fastify's own client errors (its codes are stable: fastify/lib/errors.js), in our words. */
function fastifyClientError(request: FastifyRequest, error: FastifyError): ClientError {
  // any 413 (Fastify's body limit, a multipart file limit): the route's limit in MB
  if (error.statusCode === 413) {
    const limit = request.routeOptions.bodyLimit ?? MB;
    return clientError(request, "TOO_LARGE", "request.tooLarge", { mb: Math.max(1, Math.floor(limit / MB)) });
  }
  switch (error.code) {
    case "FST_ERR_CTP_INVALID_MEDIA_TYPE":
      return clientError(request, "UNSUPPORTED_MEDIA_TYPE", "request.contentType", {
        type: String(request.headers["content-type"] ?? "").slice(0, 100),
      });
    case "FST_ERR_CTP_EMPTY_JSON_BODY":
    case "FST_ERR_CTP_INVALID_JSON_BODY":
      return clientError(request, "BAD_INPUT", "request.badJson");
    default:
      if (error instanceof SyntaxError) return clientError(request, "BAD_INPUT", "request.badJson");
      return { ...clientError(request, "BAD_INPUT", "input.invalid"), status: error.statusCode ?? 400 };
  }
}

/** Fastify's errors before routing (a URL that does not decode): Fastify's `frameworkErrors`. */
export function frameworkErrors(_error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  void sendError(reply, clientError(request, "BAD_INPUT", "request.badPath"));
}

/** A route's patterns by method, to tell a wrong method (405) from an unknown address (404). */
function routeTable(app: FastifyInstance) {
  const routes: { methods: string[]; url: string; pattern: RegExp }[] = [];
  app.addHook("onRoute", (route) => {
    const methods = [route.method].flat().map((m) => m.toUpperCase());
    const source = route.url
      .split(/(:\w+|\*)/)
      .map((part) =>
        part === "*" ? ".*" : part.startsWith(":") ? "[^/]+" : part.replace(/[.+?^${}()|[\]\\]/g, "\\$&"),
      )
      .join("");
    routes.push({ methods, url: route.url, pattern: new RegExp(`^${source}$`) });
  });
  const allowed = (url: string): string[] => {
    const path = url.split("?")[0]!;
    return [...new Set(routes.filter((r) => r.pattern.test(path)).flatMap((r) => r.methods))];
  };
  return { routes: () => routes.map(({ methods, url }) => ({ methods, url })), allowed };
}

/** Installs the one error shape: the error handler, the 404/405 handler and the check that no
 *  path parameter carries a control character (the text rule, before any SQL). `webFallback`
 *  answers GETs outside the API with the web app. */
export function installErrorHandling(
  app: FastifyInstance,
  webFallback: ((request: FastifyRequest, reply: FastifyReply) => FastifyReply) | null,
) {
  const table = routeTable(app);

  app.addHook("preValidation", async (request, reply) => {
    const params = (request.params ?? {}) as Record<string, unknown>;
    const issues = Object.entries(params)
      .filter(([, value]) => typeof value === "string" && hasForbiddenCharacters(value))
      .map(([field]) => ({ field, message: message(localeOf(request), CONTROL_CHARACTER_KEY) }));
    if (issues.length > 0) return sendError(reply, clientError(request, "BAD_INPUT", "request.badPath", {}, issues));
  });

  app.setNotFoundHandler((request, reply) => {
    const isApi = request.url.startsWith("/api/") || request.url.startsWith("/trpc");
    if (webFallback && request.method === "GET" && !isApi) return webFallback(request, reply);
    const allowed = table.allowed(request.url).filter((m) => m !== request.method);
    if (allowed.length > 0) {
      reply.header("allow", allowed.join(", "));
      return sendError(
        reply,
        clientError(request, "METHOD_NOT_ALLOWED", "route.methodNotAllowed", {
          method: request.method,
          allowed: allowed.join(", "),
        }),
      );
    }
    return sendError(reply, clientError(request, "NOT_FOUND", "route.notFound"));
  });

  app.setErrorHandler((error: FastifyError, request, reply) => {
    const status = error.statusCode;
    // A client's mistake is answered, not logged with a stack: Fastify logs the request itself.
    if (status && status < 500) return sendError(reply, fastifyClientError(request, error));
    request.log.error({ err: error }, "unhandled error");
    return sendError(reply, toClientError(error, localeOf(request)));
  });

  /** Every route registered (method and URL pattern): the fuzz suite's list of endpoints. */
  return { routes: table.routes };
}
