import type { Db } from "@boordtabel/db";
import type { Actor } from "../auth/actor.js";
import { editorScopes, kpisInScope } from "../auth/editor-scope.js";
import { bilingual, num } from "../dto.js";
import type { Reader } from "../transaction.js";

/** Why a version went back to its editor: the reviewer's reason, name and the moment, read from
 *  the send-back's audit row (`measurement.sendBack`, whose `after` names the version). */
export interface SendBack {
  version: number;
  reason: string | null;
  reviewer: string;
  at: string;
}

/** The send-backs of the given values ("KPI/series/period"), newest first per value. One query
 *  for the audit rows and one for the reviewers' names. */
export async function sendBacksOf(db: Reader, entityIds: string[]): Promise<Map<string, SendBack>> {
  const out = new Map<string, SendBack>();
  if (entityIds.length === 0) return out;
  const rows = await db.auditLog.findMany({
    where: { action: "measurement.sendBack", entityType: "measurement", entityId: { in: entityIds } },
    orderBy: { at: "desc" },
    select: { entityId: true, actorId: true, actorLabel: true, reason: true, at: true, after: true },
  });
  const ids = [...new Set(rows.flatMap((r) => (r.actorId ? [r.actorId] : [])))];
  const names = new Map(
    (await db.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } })).map((u) => [
      u.id,
      u.name,
    ]),
  );
  for (const r of rows) {
    if (out.has(r.entityId)) continue;
    const version = (r.after as { version?: unknown } | null)?.version;
    out.set(r.entityId, {
      version: typeof version === "number" ? version : 0,
      reason: r.reason,
      reviewer: (r.actorId && names.get(r.actorId)) || r.actorLabel,
      at: r.at.toISOString(),
    });
  }
  return out;
}

/** The values of a plan that a reviewer sent back and nobody has changed since (their current
 *  version is the draft that was returned), within an editor's scope, oldest first. Three queries. */
export async function returnedValues(db: Db, actor: Actor, input: { plan: string }) {
  const scopes = await editorScopes(db, actor);
  const drafts = await db.measurementVersion.findMany({
    where: {
      workflow: "DRAFT",
      measurement: { series: { kpi: { plan: { code: input.plan }, archivedAt: null, ...kpisInScope(scopes) } } },
    },
    select: {
      version: true,
      value: true,
      measurement: {
        select: {
          period: true,
          currentVersion: true,
          series: {
            select: {
              key: true,
              labelNl: true,
              labelEn: true,
              kpi: { select: { code: true, nameNl: true, nameEn: true } },
            },
          },
        },
      },
    },
  });
  const current = drafts.filter((d) => d.version === d.measurement.currentVersion);
  const entity = (d: (typeof current)[number]) =>
    `${d.measurement.series.kpi.code}/${d.measurement.series.key}/${d.measurement.period}`;
  const sendBacks = await sendBacksOf(db, current.map(entity));
  return current
    .flatMap((d) => {
      const sendBack = sendBacks.get(entity(d));
      if (!sendBack || sendBack.version !== d.version) return [];
      const { series } = d.measurement;
      return [
        {
          kpi: series.kpi.code,
          name: bilingual(series.kpi.nameNl, series.kpi.nameEn),
          series: series.key,
          seriesLabel: bilingual(series.labelNl, series.labelEn),
          period: d.measurement.period,
          value: num(d.value),
          ...sendBack,
        },
      ];
    })
    .sort((a, b) => a.at.localeCompare(b.at));
}
export type ReturnedValues = Awaited<ReturnType<typeof returnedValues>>;
