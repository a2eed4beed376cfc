import { ByteLru, readDataState, type Actor } from "@boordtabel/api";
import type { Db } from "@boordtabel/db";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { createHash } from "node:crypto";
import { availableParallelism } from "node:os";
import { localeOf } from "../locale.js";
import { compress, isCompressible, negotiate, type Encoding } from "./compression.js";
import { MissGate } from "./miss-gate.js";
import { rememberPublicRead } from "./request-state.js";

/** The tRPC queries whose answer depends only on the data (its version), the caller (audience),
 *  the language and the day: what a dashboard reads hundreds of times per write. */
export const CACHED_PROCEDURES = new Set(["plan.list", "plan.overview", "plan.detail", "kpi.detail", "kpi.values"]);

/** The open-data reads (/api/v1): the plan list, a plan, and the observation and commitment
 *  exports. The import template is left out (it is for signed-in editors only, and rare). */
const OPEN_DATA =
  /^\/api\/v1\/(plans|plans\/[^/]+|plans\/[^/]+\/(observations|commitments)\.(csv|xlsx)|kpis\/[^/]+\/observations\.(json|csv|xlsx))$/;

export const DEFAULT_READ_CACHE_BYTES = 64 * 1024 * 1024;

/** Misses computed at once per instance: two per core keeps the CPU busy while others wait on
 *  PostgreSQL, without holding many answers under construction in memory. */
const MISS_CONCURRENCY = Math.max(2, availableParallelism() * 2);

interface Entry {
  /** What the entry weighs in the LRU: its bytes in every encoding kept, plus its key. */
  bytes: number;
  body: Buffer;
  /** The same body compressed, per encoding, made once on first demand. */
  encoded: Partial<Record<Encoding, Buffer>>;
  compressible: boolean;
  contentType: string | undefined;
  disposition: string | undefined;
}

interface Pending {
  key: string;
  version: string;
  etag: string;
  audience: string;
  /** Lets the requests waiting on the same miss (same key, same version) have its answer. */
  finish?: (entry: Entry | undefined) => void;
}

const weigh = (key: string, body: Buffer, encoded: Entry["encoded"]) =>
  body.length + (encoded.br?.length ?? 0) + (encoded.gzip?.length ?? 0) + key.length * 2 + 200;

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
  const stats = { hits: 0, misses: 0, notModified: 0, shared: 0 };
  const gate = new MissGate(MISS_CONCURRENCY);
  /** Misses being computed, by version and key: a board of twenty opening the same page right
   *  after a write computes it once. */
  const flights = new Map<string, Promise<Entry | undefined>>();

  /** Sends a kept answer, compressed when the client accepts it (compressed once, then kept). */
  const sendEntry = (request: FastifyRequest, reply: FastifyReply, state: Pending, entry: Entry) => {
    cacheHeaders(reply, state);
    if (entry.contentType) reply.type(entry.contentType);
    if (entry.disposition) reply.header("content-disposition", entry.disposition);
    const encoding = entry.compressible ? encodingFor(request) : null;
    if (!encoding) return reply.code(200).send(entry.body);
    let bytes = entry.encoded[encoding];
    if (!bytes) {
      bytes = compress(entry.body, encoding);
      const encoded = { ...entry.encoded, [encoding]: bytes };
      // Only an entry still kept is re-weighed; one evicted meanwhile stays out.
      if (cache.get(state.key) === entry)
        cache.set(state.key, { ...entry, encoded, bytes: weigh(state.key, entry.body, encoded) });
    }
    reply.header("content-encoding", encoding);
    return reply.code(200).send(bytes);
  };

  app.addHook("preHandler", async (request, reply) => {
    if (!isCachedRead(request)) return;
    const { version, publicRead } = await readDataState(options.db);
    rememberPublicRead(request, publicRead);
    // One version for all: a newer one makes every entry old, so free them at once.
    if (BigInt(version) > cachedVersion) {
      cache.clear();
      cachedVersion = BigInt(version);
    }
    const audience = await audienceOf(request, options.actorOf);
    const today = new Date().toISOString().slice(0, 10);
    const key = `${request.url}\n${audience}\n${localeOf(request)}\n${today}`;
    const etag = `"${version}-${createHash("sha1").update(key).digest("base64url").slice(0, 16)}"`;
    const state: Pending = { key, version, etag, audience };
    pending.set(request, state);
    if (matches(request.headers["if-none-match"], etag)) {
      stats.notModified++;
      cacheHeaders(reply, state);
      return reply.code(304).send();
    }
    const hit = cache.get(key);
    if (hit !== undefined) {
      stats.hits++;
      pending.set(request, { ...state, key: "" });
      return sendEntry(request, reply, state, hit);
    }
    const flightKey = `${version}\n${key}`;
    const flight = flights.get(flightKey);
    if (flight) {
      const shared = await flight;
      if (shared) {
        stats.shared++;
        pending.set(request, { ...state, key: "" });
        return sendEntry(request, reply, state, shared);
      }
    } else {
      let resolve: (entry: Entry | undefined) => void = () => undefined;
      flights.set(flightKey, new Promise((r) => (resolve = r)));
      state.finish = (entry) => {
        flights.delete(flightKey);
        resolve(entry);
      };
    }
    stats.misses++;
    const release = await gate.enter();
    // The slot and the flight end with the response, whatever happened to it.
    reply.raw.once("close", () => {
      release();
      state.finish?.(undefined);
    });
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
    if (typeof payload === "string") return store(request, reply, state, Buffer.from(payload));
    if (Buffer.isBuffer(payload)) return store(request, reply, state, payload);
    return payload;
  });

  const store = (request: FastifyRequest, reply: FastifyReply, state: Pending, body: Buffer) => {
    if (reply.statusCode !== 200) return body;
    cacheHeaders(reply, state);
    const header = (name: string) => {
      const value = reply.getHeader(name);
      return value === undefined ? undefined : String(value);
    };
    const contentType = header("content-type");
    const compressible = isCompressible(contentType, body.length);
    const encoding = compressible ? encodingFor(request) : null;
    const encoded: Entry["encoded"] = encoding ? { [encoding]: compress(body, encoding) } : {};
    const entry: Entry = {
      body,
      encoded,
      compressible,
      bytes: weigh(state.key, body, encoded),
      contentType,
      disposition: header("content-disposition"),
    };
    // A response read under a version older than the newest seen is not kept: it may be older.
    if (BigInt(state.version) === cachedVersion) cache.set(state.key, entry);
    state.finish?.(entry);
    if (!encoding) return body;
    reply.header("content-encoding", encoding);
    reply.removeHeader("content-length");
    return encoded[encoding];
  };

  return {
    stats: () => ({ ...stats, entries: cache.size, bytes: cache.bytes, computing: gate.active, queued: gate.waiting }),
    clear: () => cache.clear(),
  };
}

/** The encoding to answer in; `x-no-compression` asks for none (as @fastify/compress honours). */
const encodingFor = (request: FastifyRequest) =>
  request.headers["x-no-compression"] === undefined ? negotiate(request.headers["accept-encoding"]) : null;

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
  reply.header("vary", "accept-language, accept-encoding, cookie, authorization");
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
