import { DomainError } from "@boordtabel/domain";
import type { Db } from "@boordtabel/db";
import { createHash } from "node:crypto";
import { z } from "zod";
import { writeAudit, type AuditActor } from "../audit.js";
import type { Locale } from "../i18n.js";

/** What identifies a pack: the plan, the date it shows the plan as known on, and its language. */
export interface BoardPackKey {
  code: string;
  asOf: string;
  lang: Locale;
}

/** Draws the pack's PDF; the server supplies it (Chromium printing the app's print route). */
export type RenderBoardPack = (key: BoardPackKey) => Promise<Uint8Array>;

export interface StoredBoardPack {
  id: number;
  sha256: string;
  bytes: Uint8Array;
  sizeBytes: number;
  generatedAt: Date;
  /** True when this request made it (false when it was served from the table). */
  created: boolean;
}

const SYSTEM: AuditActor = { id: null, label: "system:board-pack" };

/** `?asOf=` and `?lang=` of a board-pack request: a real calendar day, not in the future
 *  (a pack of a day still to come could not stay frozen); today when left out. */
export function readBoardPackKey(
  code: string,
  query: Record<string, unknown>,
  locale: Locale,
  today = new Date().toISOString().slice(0, 10),
): BoardPackKey {
  const parsed = z
    .string()
    .date()
    .optional()
    .safeParse(query["asOf"] === "" ? undefined : query["asOf"]);
  if (!parsed.success || (parsed.data !== undefined && parsed.data > today))
    throw new DomainError("BAD_INPUT", "boardPack.badDate");
  return { code, asOf: parsed.data ?? today, lang: locale };
}

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");
const flightKey = (key: BoardPackKey) => `${key.code}|${key.asOf}|${key.lang}`;
/** Generations under way in this process, per database: identical requests wait for the same one. */
const inFlightByDb = new WeakMap<Db, Map<string, Promise<StoredBoardPack>>>();

function once(db: Db, key: BoardPackKey, work: () => Promise<StoredBoardPack>): Promise<StoredBoardPack> {
  const inFlight = inFlightByDb.get(db) ?? new Map<string, Promise<StoredBoardPack>>();
  inFlightByDb.set(db, inFlight);
  const name = flightKey(key);
  const running = inFlight.get(name);
  if (running) return running.then((pack) => ({ ...pack, created: false }));
  const promise = work().finally(() => inFlight.delete(name));
  inFlight.set(name, promise);
  return promise;
}

async function planId(db: Db, code: string): Promise<number> {
  const plan = await db.plan.findUnique({ where: { code }, select: { id: true } });
  if (!plan) throw new DomainError("NOT_FOUND", "plan.notFound", { code });
  return plan.id;
}

const currentSelect = { id: true, sha256: true, bytes: true, sizeBytes: true, generatedAt: true } as const;

async function current(db: Db, id: number, key: BoardPackKey) {
  const row = await db.boardPack.findFirst({
    where: { planId: id, asOf: new Date(`${key.asOf}T00:00:00Z`), lang: key.lang, supersededAt: null },
    select: currentSelect,
  });
  return row ? { ...row, created: false } : null;
}

const isUniqueViolation = (error: unknown) =>
  typeof error === "object" && error !== null && "code" in error && error.code === "P2002";

/** The frozen pack of (plan, as-of date, language): read from the table when it was made
 *  before, else drawn once, stored with its SHA-256 and audited. Concurrent identical requests
 *  share one generation; the partial unique index keeps other processes from storing a second. */
export async function boardPack(
  db: Db,
  actor: AuditActor | null,
  key: BoardPackKey,
  render: RenderBoardPack,
  requestId?: string,
): Promise<StoredBoardPack> {
  const id = await planId(db, key.code);
  const stored = await current(db, id, key);
  if (stored) return stored;
  return once(db, key, async () => {
    const again = await current(db, id, key);
    if (again) return again;
    const bytes = await render(key);
    try {
      return await store(db, actor ?? SYSTEM, id, key, bytes, { action: "boardPack.generate", requestId });
    } catch (error) {
      const winner = isUniqueViolation(error) ? await current(db, id, key) : null;
      if (winner) return winner;
      throw error;
    }
  });
}

/** An admin draws the pack again (after a correction): the current row is kept, marked
 *  superseded, and the new one becomes the one served. Audited. */
export async function regenerateBoardPack(
  db: Db,
  actor: AuditActor,
  key: BoardPackKey,
  render: RenderBoardPack,
  requestId?: string,
): Promise<StoredBoardPack> {
  const id = await planId(db, key.code);
  return once(db, key, async () => {
    const bytes = await render(key);
    return store(db, actor, id, key, bytes, { action: "boardPack.regenerate", requestId, supersede: true });
  });
}

async function store(
  db: Db,
  actor: AuditActor,
  id: number,
  key: BoardPackKey,
  bytes: Uint8Array,
  options: { action: string; requestId?: string; supersede?: boolean },
): Promise<StoredBoardPack> {
  const asOf = new Date(`${key.asOf}T00:00:00Z`);
  const hash = sha256(bytes);
  return db.$transaction(async (tx) => {
    const old = options.supersede
      ? await tx.boardPack.findFirst({
          where: { planId: id, asOf, lang: key.lang, supersededAt: null },
          select: { id: true, sha256: true },
        })
      : null;
    if (old) await tx.boardPack.update({ where: { id: old.id }, data: { supersededAt: new Date() } });
    const row = await tx.boardPack.create({
      data: {
        planId: id,
        asOf,
        lang: key.lang,
        sha256: hash,
        bytes: Buffer.from(bytes),
        sizeBytes: bytes.byteLength,
        generatedById: actor.id,
      },
      select: currentSelect,
    });
    await writeAudit(tx, actor, {
      action: options.action,
      entityType: "boardPack",
      entityId: row.id,
      before: old ? { id: old.id, sha256: old.sha256 } : undefined,
      after: { plan: key.code, asOf: key.asOf, lang: key.lang, sha256: hash, sizeBytes: bytes.byteLength },
      requestId: options.requestId,
    });
    return { ...row, created: true };
  });
}
