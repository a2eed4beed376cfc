import {
  boardPack,
  errorBody,
  isPublicRead,
  readBoardPackKey,
  regenerateBoardPack,
  toClientError,
  type Actor,
  type BoardPackKey,
  type StoredBoardPack,
} from "@boordtabel/api";
import { DomainError } from "@boordtabel/domain";
import type { Db } from "@boordtabel/db";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { ChromiumUnavailable, createBoardPackRenderer } from "./board-pack-renderer.js";
import { loadEnv } from "./env.js";
import { localeOf } from "./locale.js";

/** The server does not serve the web app (not built), so it has no print page: 503. */
class NoWebApp extends Error {
  override readonly name = "NoWebApp";
}

type ActorLookup = (request: FastifyRequest) => Promise<Actor | null>;
type CodeParams = { Params: { code: string } };

/** Where Chromium is looked for, read when a pack is made (so a fix needs no restart). */
const chromiumPath = () => loadEnv().CHROMIUM_PATH ?? "/usr/bin/chromium";

/** The board pack: `GET /api/v1/plans/:code/board-pack.pdf?asOf=&lang=` serves the frozen PDF
 *  (made on first request by Chromium printing the app's print route from this server), and
 *  `POST /api/v1/plans/:code/board-pack/regenerate?asOf=&lang=` lets an admin make it again. */
export function registerBoardPackRoutes(
  app: FastifyInstance,
  db: Db,
  actorOf: ActorLookup,
  options: { webApp: boolean },
): void {
  const renderer = createBoardPackRenderer(chromiumPath);
  app.addHook("onClose", () => renderer.close());

  /** This server's own address, as the browser beside it reaches it. */
  const origin = () => {
    const address = app.server.address();
    if (!address || typeof address === "string") throw new ChromiumUnavailable("the server is not listening");
    const host = ["0.0.0.0", "::"].includes(address.address)
      ? "127.0.0.1"
      : address.family === "IPv6"
        ? `[${address.address}]`
        : address.address;
    return `http://${host}:${address.port}`;
  };
  const render = (request: FastifyRequest) => (key: BoardPackKey) => {
    // The pack is the app's print page: without the built web app there is nothing to print.
    if (!options.webApp) throw new NoWebApp();
    const { cookie, authorization } = request.headers;
    const credentials = Object.fromEntries(
      Object.entries({ cookie, authorization }).filter((e): e is [string, string] => typeof e[1] === "string"),
    );
    return renderer.render(origin(), key, credentials);
  };

  const fail = (request: FastifyRequest, reply: FastifyReply, error: unknown) => {
    const locale = localeOf(request);
    if (error instanceof NoWebApp) {
      const unavailable = new DomainError("UNAVAILABLE", "boardPack.noWebApp");
      return reply.code(503).send(errorBody(toClientError(unavailable, locale)));
    }
    if (error instanceof ChromiumUnavailable) {
      request.log.warn({ err: error }, "board pack: no Chromium");
      const unavailable = new DomainError("UNAVAILABLE", "boardPack.unavailable");
      return reply.code(503).send(errorBody(toClientError(unavailable, locale)));
    }
    const clientError = toClientError(error, locale);
    if (clientError.status >= 500) {
      request.log.error({ err: error }, "board pack error");
      const failed = new DomainError("INTERNAL", "boardPack.failed");
      return reply.code(500).send(errorBody(toClientError(failed, locale)));
    }
    return reply.code(clientError.status).send(errorBody(clientError));
  };

  const filename = (key: BoardPackKey) => `boordtabel-${key.code}-${key.asOf}-${key.lang}.pdf`;
  const etagOf = (pack: StoredBoardPack) => `"${pack.sha256}"`;

  app.get<CodeParams>("/api/v1/plans/:code/board-pack.pdf", async (request, reply) => {
    try {
      const actor = await actorOf(request);
      if (!actor && !(await isPublicRead(db))) throw new DomainError("UNAUTHENTICATED", "auth.required");
      const key = readBoardPackKey(request.params.code, request.query as Record<string, unknown>, localeOf(request));
      const pack = await boardPack(db, actor, key, render(request), String(request.id));
      const etag = etagOf(pack);
      reply.header("etag", etag).header("cache-control", "private, no-cache");
      if (request.headers["if-none-match"] === etag) return reply.code(304).send();
      return reply
        .type("application/pdf")
        .header("content-disposition", `inline; filename="${filename(key)}"`)
        .send(Buffer.from(pack.bytes));
    } catch (error) {
      return fail(request, reply, error);
    }
  });

  app.post<CodeParams>("/api/v1/plans/:code/board-pack/regenerate", async (request, reply) => {
    try {
      const actor = await actorOf(request);
      if (!actor) throw new DomainError("UNAUTHENTICATED", "auth.required");
      if (actor.role !== "ADMIN") throw new DomainError("FORBIDDEN", "auth.forbidden");
      const key = readBoardPackKey(request.params.code, request.query as Record<string, unknown>, localeOf(request));
      const pack = await regenerateBoardPack(db, actor, key, render(request), String(request.id));
      return reply.code(201).header("etag", etagOf(pack)).send({
        plan: key.code,
        asOf: key.asOf,
        lang: key.lang,
        sha256: pack.sha256,
        sizeBytes: pack.sizeBytes,
        generatedAt: pack.generatedAt.toISOString(),
      });
    } catch (error) {
      return fail(request, reply, error);
    }
  });
}
