import { appRouter, createAuth, toClientError, message, type AppRouter, type Context } from "@boordtabel/api";
import type { Db } from "@boordtabel/db";
import fastifyStatic from "@fastify/static";
import { fastifyTRPCPlugin, type FastifyTRPCPluginOptions } from "@trpc/server/adapters/fastify";
import Fastify from "fastify";
import { existsSync } from "node:fs";
import { actorOf, isTrustedMutation, registerAuthRoutes } from "./auth-routes.js";
import { localeOf } from "./locale.js";
import { registerOpenDataRoutes } from "./open-data-routes.js";
import { importRoute } from "./import-route.js";

export interface ServerOptions {
  db: Db;
  auth: {
    baseURL: string;
    secret: string;
    trustedOrigins?: string[];
    secureCookies?: boolean;
    signInPerMinute?: number;
  };
  webDistDir?: string;
  logger?: boolean | { level: string };
}

export interface RunningServer {
  url: string;
  port: number;
}

/** Fastify with better-auth at /api/auth, tRPC at /trpc, the open-data REST URLs under
 *  /api/v1, /healthz and, when it has been built, the web app. */
export function createServer(options: ServerOptions) {
  const app = Fastify({ logger: options.logger ?? false, genReqId: () => crypto.randomUUID() });
  const { db } = options;
  const auth = createAuth({ db, ...options.auth });
  const trustedOrigins = [options.auth.baseURL, ...(options.auth.trustedOrigins ?? [])];
  const actor = (request: Parameters<typeof actorOf>[0]) => actorOf(request, db, auth);

  app.addHook("onSend", async (_request, reply) => {
    reply.header("x-content-type-options", "nosniff");
    reply.header("referrer-policy", "same-origin");
    reply.header("x-frame-options", "DENY");
  });

  app.addHook("preHandler", async (request, reply) => {
    if (request.url.startsWith("/api/auth/") || isTrustedMutation(request, trustedOrigins)) return;
    return reply
      .code(403)
      .send({ error: { code: "FORBIDDEN", message: message(localeOf(request), "auth.badOrigin") } });
  });

  app.get("/healthz", async (_request, reply) => {
    try {
      await db.$queryRaw`SELECT 1`;
      return { status: "ok" };
    } catch {
      return reply.code(503).send({ status: "unavailable" });
    }
  });

  registerAuthRoutes(app, auth);

  app.register(fastifyTRPCPlugin, {
    prefix: "/trpc",
    trpcOptions: {
      router: appRouter,
      createContext: async ({ req }): Promise<Context> => ({
        db,
        locale: localeOf(req),
        requestId: String(req.id),
        actor: await actor(req),
      }),
      onError: ({ error, path }) => {
        if (error.code === "INTERNAL_SERVER_ERROR") app.log.error({ err: error, path }, "tRPC error");
      },
    } satisfies FastifyTRPCPluginOptions<AppRouter>["trpcOptions"],
  });

  registerOpenDataRoutes(app, db, actor);
  app.register(importRoute, { db, actorOf: actor });

  const webDist = options.webDistDir && existsSync(`${options.webDistDir}/index.html`) ? options.webDistDir : null;
  if (webDist) app.register(fastifyStatic, { root: webDist, wildcard: false });

  app.setNotFoundHandler((request, reply) => {
    const isApi = request.url.startsWith("/api/") || request.url.startsWith("/trpc");
    if (webDist && request.method === "GET" && !isApi) return reply.sendFile("index.html");
    return reply
      .code(404)
      .send({ error: { code: "NOT_FOUND", message: message(localeOf(request), "route.notFound") } });
  });

  app.setErrorHandler((error, request, reply) => {
    const status = (error as { statusCode?: number }).statusCode;
    if (status && status < 500) {
      return reply
        .code(status)
        .send({ error: { code: "BAD_INPUT", message: message(localeOf(request), "input.invalid") } });
    }
    request.log.error({ err: error }, "unhandled error");
    const clientError = toClientError(error, localeOf(request));
    return reply.code(clientError.status).send({ error: { code: clientError.code, message: clientError.message } });
  });

  return {
    app,
    auth,
    async start(port: number, host: string): Promise<RunningServer> {
      await app.listen({ port, host });
      const address = app.server.address();
      const actualPort = typeof address === "object" && address ? address.port : port;
      return { port: actualPort, url: `http://${host === "0.0.0.0" ? "localhost" : host}:${actualPort}` };
    },
    stop: () => app.close(),
  };
}
