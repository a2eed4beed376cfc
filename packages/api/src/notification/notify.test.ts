import { describe, expect, it } from "vitest";
import { useDemoCallers } from "../testing/actors.js";
import { notify, recipients } from "./notify.js";

const demo = useDemoCallers();
const db = () => demo.database.db;

async function user(key: string, role: "EDITOR" | "REVIEWER" | "ADMIN", extra: { disabled?: boolean } = {}) {
  return db().user.create({
    data: { id: `u-${key}`, name: `User ${key}`, email: `${key}@notify.test`, role, ...extra },
    select: { id: true },
  });
}

const rowsOf = (userId: string) =>
  db().notification.findMany({
    where: { userId },
    select: { kind: true, params: true, link: true, readAt: true, emailedAt: true },
  });

describe("notify", () => {
  it("stores one unread item per distinct recipient and never notifies the actor", async () => {
    const a = await user("n-a", "REVIEWER");
    const b = await user("n-b", "REVIEWER");
    await db().$transaction((tx) =>
      notify(tx, {
        kind: "valuesSubmitted",
        userIds: [a.id, b.id, a.id],
        actorId: b.id,
        params: { kpiCode: "KPI-WZG", kpiName: "Werkzaamheidsgraad", period: "2025" },
        link: "/review",
      }),
    );
    expect(await rowsOf(a.id)).toEqual([
      {
        kind: "valuesSubmitted",
        params: { kpiCode: "KPI-WZG", kpiName: "Werkzaamheidsgraad", period: "2025" },
        link: "/review",
        readAt: null,
        emailedAt: null,
      },
    ]);
    expect(await rowsOf(b.id)).toEqual([]);
  });

  it("is part of the writer's transaction: a write that fails leaves no notification", async () => {
    const a = await user("n-tx", "EDITOR");
    await expect(
      db().$transaction(async (tx) => {
        await notify(tx, { kind: "periodDue", userIds: [a.id], params: { period: "2025" }, link: "/due" });
        throw new Error("the write failed");
      }),
    ).rejects.toThrow("the write failed");
    expect(await rowsOf(a.id)).toEqual([]);
  });

  it("a notification with a dedupe key is stored once per recipient however often it is sent", async () => {
    const a = await user("n-dedupe", "EDITOR");
    const send = () =>
      db().$transaction((tx) =>
        notify(tx, {
          kind: "periodDue",
          userIds: [a.id],
          params: { kpiCode: "KPI-WZG", kpiName: "Werkzaamheidsgraad", period: "2025" },
          link: "/due",
          dedupeKey: "periodDue:1:2025",
        }),
      );
    await send();
    await send();
    expect(await rowsOf(a.id)).toHaveLength(1);
  });

  it("with no recipient left it writes nothing", async () => {
    const a = await user("n-self", "EDITOR");
    await db().$transaction((tx) =>
      notify(tx, { kind: "periodDue", userIds: [a.id], actorId: a.id, params: {}, link: "/due" }),
    );
    expect(await rowsOf(a.id)).toEqual([]);
  });
});

describe("recipients", () => {
  it("editors of a KPI: the unscoped ones and those whose scope covers it by KPI or steward", async () => {
    const unscoped = demo.actors.editor.id;
    const byKpi = await user("r-kpi", "EDITOR");
    const byOrg = await user("r-org", "EDITOR");
    const elsewhere = await user("r-else", "EDITOR");
    const disabled = await user("r-off", "EDITOR", { disabled: true });
    const kpi = await db().kpi.findUniqueOrThrow({ where: { code: "KPI-WZG" }, select: { id: true } });
    const other = await db().kpi.findUniqueOrThrow({ where: { code: "KPI-NWWZ" }, select: { id: true } });
    const org = await db().organisation.create({ data: { code: "NOTIFY-ORG", nameNl: "Org", nameEn: "Org" } });
    await db().kpiSteward.create({ data: { kpiId: kpi.id, organisationId: org.id } });
    await db().editorScope.createMany({
      data: [
        { userId: byKpi.id, kpiId: kpi.id },
        { userId: byOrg.id, organisationId: org.id },
        { userId: elsewhere.id, kpiId: other.id },
      ],
    });
    const ids = await db().$transaction((tx) => recipients(tx, { role: "editor", kpiCode: "KPI-WZG" }));
    expect(ids).toContain(unscoped);
    expect(ids).toContain(byKpi.id);
    expect(ids).toContain(byOrg.id);
    expect(ids).not.toContain(elsewhere.id);
    expect(ids).not.toContain(disabled.id);

    const ofOrg = await db().$transaction((tx) => recipients(tx, { role: "editor", organisationCode: "NOTIFY-ORG" }));
    expect(ofOrg).toContain(byOrg.id);
    expect(ofOrg).not.toContain(elsewhere.id);
    expect(ofOrg).not.toContain(byKpi.id);
  });

  it("reviewers and admins: every enabled one of the role, never another role", async () => {
    const reviewer = await user("r-rev", "REVIEWER");
    const reviewers = await db().$transaction((tx) => recipients(tx, { role: "reviewer", kpiCode: "KPI-WZG" }));
    expect(reviewers).toEqual(expect.arrayContaining([demo.actors.reviewer.id, reviewer.id]));
    expect(reviewers).not.toContain(demo.actors.editor.id);
    expect(reviewers).not.toContain(demo.actors.admin.id);
    const admins = await db().$transaction((tx) => recipients(tx, { role: "admin" }));
    expect(admins).toEqual([demo.actors.admin.id]);
  });
});
