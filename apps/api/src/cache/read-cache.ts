import { readDataVersion, type Actor } from "@boordtabel/api";
import type { Db } from "@boordtabel/db";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { createHash } from "node:crypto";
import { localeOf } from "../locale.js";
import { ByteLru } from "./byte-lru.js";

/** The tRPC queries whose answer depends only on the data (its version), the caller (audience),
 *  the language and the day: what a dashboard reads hundreds of times per write. */
export const CACHED_PROCEDURES = new Set(["plan.list", "plan.overview", "plan.detail", "kpi.detail", "kpi.values"]);

/** The open-data reads (/api/v1): the plan list, a plan, and the observation and commitment
 *  exports. The import template is left out (it is for signed-in editors only, and rare). */
const OPEN_DATA =
  /^\/api\/v1\/(plans|plans\/[^/]+|plans\/[^/]+\/(observations|commitments)\.(csv|xlsx)|kpis\/[^/]+\/observations\.(json|csv|xlsx))$/;

export const DEFAULT_READ_CACHE_BYTES = 64 * 1024 * 1024;

interface Entry {
  bytes: number;
  body: Buffer;
  contentType: string | undefined;
  disposition: string | undefined;
}

interface Pending {
  key: string;
  version: string;
  etag: string;
  audience: string;
}

/** Whether a request is one of the cached reads. */
export function isCachedRead(request: FastifyRequest): boolean {
  if (request.method !== "GET") return false;
  const path = request.url.split("?", 1)[0]!;
  if (path.startsWith("/trpc/")) {
    const procedures = decodeURIComponent(path.slice("/trpc/".length)).split(",");
    return procedures.every((p) => CACHED_PROCEDURES.has(p));
  }
  return OPEN_DATA.test(path);
}

type ActorLookup = (request: FastifyRequest) => Promise<Actor | null>;

/** Versioned responses (docs/performance.md): the cached reads are answered from serialised bytes
 *  kept per instance under (URL, audience, language, day), valid for one data version. The
 *  version is read from the database on every request — one indexed row — before anything else,
 *  so an instance never answers with data older than a write committed before the request came,
 *  whichever instance wrote it. The same key gives the ETag: a browser that holds it gets 304. */
export function registerReadCache(app: FastifyInstance, options: { db: Db; actorOf: ActorLookup; maxBytes?: number }) {
  const cache = new ByteLru<Entry>(options.maxBytes ?? DEFAULT_READ_CACHE_BYTES);
  let cachedVersion = 0n;
  const pending = new WeakMap<FastifyRequest, Pending>();
  const stats = { hits: 0, misses: 0, notModified: 0 };

  app.addHook("preHandler", async (request, reply) => {
    if (!isCachedRead(request)) return;
    const version = await readDataVersion(options.db);
    // One version for all: a newer one makes every entry old, so free them at once.
    if (BigInt(version) > cachedVersion) {
      cache.clear();
      cachedVersion = BigInt(version);
    }
    const audience = await audienceOf(request, options.actorOf);
    const today = new Date().toISOString().slice(0, 10);
    const key = `${request.url}\n${audience}\n${localeOf(request)}\n${today}`;
    const etag = `"${version}-${createHash("sha1").update(key).digest("base64url").slice(0, 16)}"`;
    const state = { key, version, etag, audience };
    pending.set(request, state);
    if (matches(request.headers["if-none-match"], etag)) {
      stats.notModified++;
      cacheHeaders(reply, state);
      return reply.code(304).send();
    }
    const hit = cache.get(key);
    if (hit === undefined) {
      stats.misses++;
      return;
    }
    stats.hits++;
    pending.set(request, { ...state, key: "" });
    cacheHeaders(reply, state);
    if (hit.contentType) reply.type(hit.contentType);
    if (hit.disposition) reply.header("content-disposition", hit.disposition);
    return reply.code(200).send(hit.body);
  });

  app.addHook("onSend", async (request, reply, payload) => {
    const state = pending.get(request);
    if (!state || state.key === "" || reply.statusCode === 304) return payload;
    const response = asResponse(payload);
    if (response) {
      // tRPC answers with a web Response; take it apart so its bytes can be kept.
      const body = Buffer.from(await response.arrayBuffer());
      reply.code(response.status);
      response.headers.forEach((value, name) => reply.header(name, value));
      return store(request, reply, state, body);
    }
    if (typeof payload === "string" || Buffer.isBuffer(payload))
      return store(request, reply, state, Buffer.from(payload));
    return payload;
  });

  const store = (_request: FastifyRequest, reply: FastifyReply, state: Pending, body: Buffer) => {
    if (reply.statusCode !== 200) return body;
    cacheHeaders(reply, state);
    // A response read under a version older than the newest seen is not kept: it may be older.
    if (BigInt(state.version) === cachedVersion) {
      const header = (name: string) => {
        const value = reply.getHeader(name);
        return value === undefined ? undefined : String(value);
      };
      cache.set(state.key, {
        body,
        bytes: body.length + state.key.length * 2 + 200,
        contentType: header("content-type"),
        disposition: header("content-disposition"),
      });
    }
    return body;
  };

  return {
    stats: () => ({ ...stats, entries: cache.size, bytes: cache.bytes }),
    clear: () => cache.clear(),
  };
}

/** Anonymous unless the request carries a session cookie or a bearer token that resolves. */
async function audienceOf(request: FastifyRequest, actorOf: ActorLookup): Promise<string> {
  if (!request.headers.cookie && !request.headers.authorization) return "public";
  const actor = await actorOf(request);
  return actor ? `user:${actor.id}:${actor.role}` : "public";
}

function cacheHeaders(reply: FastifyReply, state: Pending) {
  reply.header("etag", state.etag);
  // Revalidate every time (the answer changes with any write); signed-in answers are the
  // caller's own and stay out of shared caches.
  reply.header("cache-control", state.audience === "public" ? "no-cache" : "private, no-cache");
  reply.header("vary", "accept-language, cookie, authorization");
}

function matches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header
    .split(",")
    .map((t) => t.trim().replace(/^W\//, ""))
    .some((t) => t === etag || t === "*");
}

function asResponse(payload: unknown): Response | null {
  return typeof payload === "object" &&
    payload !== null &&
    Object.prototype.toString.call(payload) === "[object Response]"
    ? (payload as Response)
    : null;
}
