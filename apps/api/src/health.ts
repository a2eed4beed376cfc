// /healthz: the process answers. /readyz: it can do its work — the database answers, its
// migrations are current, and the disk has room — else 503 with the reason in the one error shape.
import { message } from "@boordtabel/api";
import { pendingMigrations, type Db, type PgConnection } from "@boordtabel/db";
import type { MessageKey } from "@boordtabel/domain";
import type { FastifyInstance } from "fastify";
import { randomUUID } from "node:crypto";
import { statfsSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sendError } from "./http-errors.js";
import { localeOf } from "./locale.js";

export interface ReadinessOptions {
  /** Checked for pending migrations; left out, the migration check is skipped. */
  connection?: PgConnection;
  /** The file system that must have room (the embedded data directory, else the temp folder). */
  diskPath?: string;
  /** Below this many free bytes the disk counts as full. */
  minFreeBytes?: number;
}

const DEFAULT_MIN_FREE = 64 * 1024 * 1024;

function diskProblem(path: string, minFree: number): boolean {
  try {
    const stats = statfsSync(path);
    if (stats.bavail * stats.bsize < minFree) return true;
    const probe = join(tmpdir(), `boordtabel-ready-${randomUUID()}`);
    writeFileSync(probe, "ok");
    unlinkSync(probe);
    return false;
  } catch {
    return true;
  }
}

export function registerHealthRoutes(app: FastifyInstance, db: Db, options: ReadinessOptions = {}): void {
  app.get("/healthz", () => Promise.resolve({ status: "ok" }));

  // Migrations only change with a deployment: once current, not asked again.
  let migrationsCurrent = false;
  app.get("/readyz", async (request, reply) => {
    const refuse = (reason: string, key: MessageKey, params: Record<string, number> = {}) => {
      request.log.warn({ reason }, "not ready");
      return sendError(reply, {
        code: "UNAVAILABLE",
        status: 503,
        messageKey: key,
        message: message(localeOf(request), key, params),
        issues: [{ field: "reason", message: reason }],
      });
    };
    try {
      await db.$queryRaw`SELECT 1`;
    } catch {
      return refuse("database", "health.database");
    }
    if (options.connection && !migrationsCurrent) {
      try {
        const pending = await pendingMigrations(options.connection);
        if (pending.length > 0) return refuse("migrations", "health.migrations", { count: pending.length });
        migrationsCurrent = true;
      } catch {
        return refuse("database", "health.database");
      }
    }
    if (diskProblem(options.diskPath ?? tmpdir(), options.minFreeBytes ?? DEFAULT_MIN_FREE)) {
      return refuse("disk", "health.disk");
    }
    return { status: "ready" };
  });
}
