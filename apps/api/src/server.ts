import {
  appRouter,
  openData,
  pickLocale,
  toClientError,
  translate,
  type AppRouter,
  type Context,
  type RestResponse,
} from "@boordtabel/api";
import type { Db } from "@boordtabel/db";
import fastifyStatic from "@fastify/static";
import { fastifyTRPCPlugin, type FastifyTRPCPluginOptions } from "@trpc/server/adapters/fastify";
import Fastify, { type FastifyReply, type FastifyRequest } from "fastify";
import { existsSync } from "node:fs";

export interface ServerOptions {
  db: Db;
  webDistDir?: string;
  logger?: boolean | { level: string };
}

export interface RunningServer {
  url: string;
  port: number;
}

function localeOf(request: FastifyRequest): Context["locale"] {
  const lang = (request.query as Record<string, string | undefined>)["lang"];
  return pickLocale(lang, request.headers["accept-language"]);
}

/** Fastify with tRPC at /trpc, the open-data REST URLs under /api/v1, /healthz and, when it
 *  has been built, the web app. */
export function createServer(options: ServerOptions) {
  const app = Fastify({
    logger: options.logger ?? false,
    genReqId: () => crypto.randomUUID(),
  });
  const { db } = options;

  app.addHook("onSend", async (_request, reply) => {
    reply.header("x-content-type-options", "nosniff");
    reply.header("referrer-policy", "same-origin");
    reply.header("x-frame-options", "DENY");
  });

  app.get("/healthz", async (_request, reply) => {
    try {
      await db.$queryRaw`SELECT 1`;
      return { status: "ok" };
    } catch {
      return reply.code(503).send({ status: "unavailable" });
    }
  });

  app.register(fastifyTRPCPlugin, {
    prefix: "/trpc",
    trpcOptions: {
      router: appRouter,
      createContext: ({ req }): Context => ({ db, locale: localeOf(req), requestId: String(req.id) }),
      onError: ({ error, path }) => {
        if (error.code === "INTERNAL_SERVER_ERROR") app.log.error({ err: error, path }, "tRPC error");
      },
    } satisfies FastifyTRPCPluginOptions<AppRouter>["trpcOptions"],
  });

  const send = async (request: FastifyRequest, reply: FastifyReply, run: () => Promise<RestResponse>) => {
    try {
      const response = await run();
      reply
        .code(response.status)
        .type(response.contentType === "text/csv" ? "text/csv; charset=utf-8" : "application/json");
      if (response.filename) reply.header("content-disposition", `inline; filename="${response.filename}"`);
      return reply.send(response.body);
    } catch (error) {
      const clientError = toClientError(error, localeOf(request));
      if (clientError.status >= 500) request.log.error({ err: error }, "open-data error");
      return reply.code(clientError.status).send({ error: { code: clientError.code, message: clientError.message } });
    }
  };

  type CodeParams = { Params: { code: string } };
  app.get("/api/v1/plans", (request, reply) => send(request, reply, () => openData.plans(db)));
  app.get<CodeParams>("/api/v1/plans/:code", (request, reply) =>
    send(request, reply, () => openData.plan(db, request.params.code)),
  );
  app.get<CodeParams>("/api/v1/kpis/:code/observations.json", (request, reply) =>
    send(request, reply, () => openData.kpiObservationsJson(db, request.params.code)),
  );
  app.get<CodeParams>("/api/v1/kpis/:code/observations.csv", (request, reply) =>
    send(request, reply, () => openData.kpiObservationsCsv(db, request.params.code)),
  );

  const webDist = options.webDistDir && existsSync(`${options.webDistDir}/index.html`) ? options.webDistDir : null;
  if (webDist) app.register(fastifyStatic, { root: webDist, wildcard: false });

  app.setNotFoundHandler((request, reply) => {
    const isApi = request.url.startsWith("/api/") || request.url.startsWith("/trpc");
    if (webDist && request.method === "GET" && !isApi) return reply.sendFile("index.html");
    return reply
      .code(404)
      .send({ error: { code: "NOT_FOUND", message: translate(localeOf(request), "route.notFound") } });
  });

  return {
    app,
    async start(port: number, host: string): Promise<RunningServer> {
      await app.listen({ port, host });
      const address = app.server.address();
      const actualPort = typeof address === "object" && address ? address.port : port;
      return { port: actualPort, url: `http://${host === "0.0.0.0" ? "localhost" : host}:${actualPort}` };
    },
    stop: () => app.close(),
  };
}
