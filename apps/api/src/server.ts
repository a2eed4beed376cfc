import { appRouter, createAuth, message, type AppRouter, type AuthOptions, type Context } from "@boordtabel/api";
import type { Db } from "@boordtabel/db";
import fastifyCompress from "@fastify/compress";
import fastifyHelmet from "@fastify/helmet";
import fastifyStatic from "@fastify/static";
import { fastifyTRPCPlugin, type FastifyTRPCPluginOptions } from "@trpc/server/adapters/fastify";
import Fastify, { LogController } from "fastify";
import { existsSync } from "node:fs";
import { actorOf, isTrustedMutation, registerAuthRoutes } from "./auth-routes.js";
import { frameworkErrors, installErrorHandling, sendError } from "./http-errors.js";
import { localeOf } from "./locale.js";
import { registerOpenDataRoutes } from "./open-data-routes.js";
import { registerBoardPackRoutes } from "./board-pack-route.js";
import { importRoute } from "./import-route.js";
import { registerReadCache } from "./cache/read-cache.js";
import { publicReadOf } from "./cache/request-state.js";
import { registerSignInRoutes } from "./sign-in-routes.js";
import { registerAccessibilityRoutes } from "./accessibility-routes.js";
import { registerHealthRoutes, type ReadinessOptions } from "./health.js";

export interface ServerOptions {
  db: Db;
  auth: {
    baseURL: string;
    secret: string;
    trustedOrigins?: string[];
    secureCookies?: boolean;
    /** Per account; per address it is signInPerAddressPerMinute (default 30). */
    signInPerMinute?: number;
    /** Single sign-on (OIDC_* settings). */
    oidc?: AuthOptions["oidc"];
    /** AUTH_PASSWORD=off: false. */
    passwordSignIn?: boolean;
    /** Whom a user refused by single sign-on should ask (OIDC_ACCESS_CONTACT). */
    accessContact?: string | null;
    signInPerAddressPerMinute?: number;
  };
  webDistDir?: string;
  /** Bytes of serialised read responses kept per instance (docs/performance.md); 0 keeps none. */
  readCacheBytes?: number;
  /** Pino's options; `stream` lets a test read what is logged. */
  logger?: boolean | { level: string; stream?: { write(line: string): void } };
  /** Fastify's trustProxy: which proxies' X-Forwarded-For/-Proto count (request.ip, https). */
  trustProxy?: boolean | number | string[];
  readiness?: ReadinessOptions;
  /** Where accessibility problems are reported (ACCESSIBILITY_CONTACT). */
  accessibilityContact?: string | null;
}

export interface RunningServer {
  url: string;
  port: number;
}

/** A hop count trusts that many proxies nearest to the server. */
function trustProxyOption(
  value: ServerOptions["trustProxy"],
): boolean | string[] | ((a: string, hop: number) => boolean) {
  if (typeof value === "number") return (_address, hop) => hop < value;
  return value ?? false;
}

/** Fastify with better-auth at /api/auth, tRPC at /trpc, the open-data REST URLs under
 *  /api/v1, /healthz and, when it has been built, the web app. */
export function createServer(options: ServerOptions) {
  const app = Fastify({
    logger: options.logger ?? false,
    genReqId: () => crypto.randomUUID(),
    frameworkErrors,
    trustProxy: trustProxyOption(options.trustProxy),
    // One line per request, at debug (see the onResponse hook), instead of Fastify's two at info.
    logController: new LogController({ disableRequestLogging: true }),
  });
  const { db } = options;
  const { accessContact: _contact, ...authOptions } = options.auth;
  const auth = createAuth({ db, ...authOptions });
  const trustedOrigins = [options.auth.baseURL, ...(options.auth.trustedOrigins ?? [])];
  const actor = (request: Parameters<typeof actorOf>[0]) => actorOf(request, db, auth);
  const webDist = options.webDistDir && existsSync(`${options.webDistDir}/index.html`) ? options.webDistDir : null;
  const { routes } = installErrorHandling(app, webDist ? (_request, reply) => reply.sendFile("index.html") : null);

  // CSP: scripts only from this origin; recharts and Radix set inline styles. HSTS only when
  // the request came over https (directly or through a trusted proxy).
  app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", "data:", "blob:"],
        fontSrc: ["'self'", "data:"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    strictTransportSecurity: false,
    referrerPolicy: { policy: "same-origin" },
    frameguard: { action: "deny" },
    crossOriginEmbedderPolicy: false,
  });
  app.register(fastifyCompress, { encodings: ["br", "gzip"], threshold: 1024 });
  app.addHook("onSend", async (request, reply) => {
    if (request.protocol === "https") reply.header("strict-transport-security", "max-age=31536000; includeSubDomains");
  });
  app.addHook("onResponse", async (request, reply) => {
    request.log.debug(
      { method: request.method, url: request.url, status: reply.statusCode, ms: Math.round(reply.elapsedTime) },
      "request",
    );
  });

  app.addHook("preHandler", async (request, reply) => {
    if (request.url.startsWith("/api/auth/") || isTrustedMutation(request, trustedOrigins)) return;
    return sendError(reply, {
      code: "FORBIDDEN",
      status: 403,
      messageKey: "auth.badOrigin",
      message: message(localeOf(request), "auth.badOrigin"),
      issues: [],
    });
  });

  const readCache =
    options.readCacheBytes === 0
      ? null
      : registerReadCache(app, { db, actorOf: actor, maxBytes: options.readCacheBytes });

  registerSignInRoutes(app, options.auth);
  registerAccessibilityRoutes(app, options.accessibilityContact);
  registerHealthRoutes(app, db, options.readiness);

  registerAuthRoutes(app, auth, { db, perAccountPerMinute: options.auth.signInPerMinute ?? 5 });

  app.register(fastifyTRPCPlugin, {
    prefix: "/trpc",
    trpcOptions: {
      router: appRouter,
      createContext: async ({ req }): Promise<Context> => ({
        db,
        locale: localeOf(req),
        requestId: String(req.id),
        actor: await actor(req),
        publicRead: publicReadOf(req),
      }),
      onError: ({ error, path }) => {
        if (error.code === "INTERNAL_SERVER_ERROR") app.log.error({ err: error, path }, "tRPC error");
      },
    } satisfies FastifyTRPCPluginOptions<AppRouter>["trpcOptions"],
  });

  // Routes added in a plugin, so that @fastify/compress (which equips each route as it is added,
  // once the plugin has loaded) compresses them: added directly, they were sent uncompressed.
  app.register((scope, _options, done) => {
    registerOpenDataRoutes(scope, db, actor);
    registerBoardPackRoutes(scope, db, actor, { webApp: webDist !== null });
    done();
  });
  app.register(importRoute, { db, actorOf: actor });

  if (webDist) app.register(fastifyStatic, { root: webDist, wildcard: false });

  return {
    app,
    auth,
    routes,
    readCache,
    async start(port: number, host: string): Promise<RunningServer> {
      await app.listen({ port, host });
      const address = app.server.address();
      const actualPort = typeof address === "object" && address ? address.port : port;
      return { port: actualPort, url: `http://${host === "0.0.0.0" ? "localhost" : host}:${actualPort}` };
    },
    stop: () => app.close(),
  };
}
