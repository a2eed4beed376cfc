import type { Db } from "@boordtabel/db";
import { writeAudit, type AuditActor } from "../audit.js";

export const PUBLIC_READ = "publicRead";

/** Open data by default: anyone may read unless an admin switched reading to signed-in only. */
export const publicReadFrom = (value: unknown): boolean => value !== false;

export async function isPublicRead(db: Db): Promise<boolean> {
  const setting = await db.appSetting.findUnique({ where: { key: PUBLIC_READ }, select: { value: true } });
  return publicReadFrom(setting?.value ?? null);
}

export async function setPublicRead(db: Db, actor: AuditActor, value: boolean): Promise<{ publicRead: boolean }> {
  return db.$transaction(async (tx) => {
    const before = await tx.appSetting.findUnique({ where: { key: PUBLIC_READ }, select: { value: true } });
    await tx.appSetting.upsert({ where: { key: PUBLIC_READ }, create: { key: PUBLIC_READ, value }, update: { value } });
    await writeAudit(tx, actor, {
      action: "setting.update",
      entityType: "app_setting",
      entityId: PUBLIC_READ,
      before: { value: before?.value ?? true },
      after: { value },
    });
    return { publicRead: value };
  });
}
