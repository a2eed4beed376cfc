import { describe, expect, it } from "vitest";
import { callerFor, useDemoCallers } from "../testing/actors.js";

const demo = useDemoCallers();
const as = demo.as;
const key = { kpi: "KPI-WZG", series: "total" };

describe("the working loop's notifications", () => {
  it("submitting a value tells the reviewers; sending it back tells its editor, with the reason", async () => {
    await as("editor").measurement.record({ ...key, period: "1991", value: 77.1, source: "Statbel EAK" });
    await as("editor").measurement.submit({ ...key, period: "1991", expectedVersion: 1 });
    const forReviewer = await as("reviewer").notification.list();
    expect(forReviewer[0]).toMatchObject({
      kind: "valuesSubmitted",
      params: { kpiCode: "KPI-WZG", kpiName: "Werkzaamheidsgraad Vlaanderen (totaal)", period: "1991" },
      link: "/review",
      readAt: null,
    });
    expect(await as("editor").notification.unreadCount()).toBe(0);

    await as("reviewer").measurement.sendBack({ ...key, period: "1991", expectedVersion: 1, reason: "bron ontbreekt" });
    const forEditor = await as("editor").notification.list();
    expect(forEditor).toHaveLength(1);
    expect(forEditor[0]).toMatchObject({
      kind: "valueSentBack",
      params: { kpiCode: "KPI-WZG", period: "1991", reason: "bron ontbreekt" },
      link: "/kpis/KPI-WZG/entry?series=total&period=1991",
    });
  });

  it("values imported as submitted give the reviewers one item per KPI naming the periods", async () => {
    const before = await as("reviewer").notification.unreadCount();
    await as("editor").measurement.recordMany({
      rows: [
        { ...key, period: "1992", value: 70, workflow: "submitted", source: "Statbel" },
        { ...key, period: "1993", value: 71, workflow: "submitted", source: "Statbel" },
      ],
    });
    expect(await as("reviewer").notification.unreadCount()).toBe(before + 1);
    expect((await as("reviewer").notification.list())[0]).toMatchObject({
      kind: "valuesSubmitted",
      params: { period: "1992, 1993" },
    });
  });

  it("marking read touches only one's own items and clears the unread count", async () => {
    const mine = await as("reviewer").notification.list();
    const theirs = await as("editor").notification.list();
    expect(mine.length).toBeGreaterThan(0);
    const result = await as("editor").notification.markRead({ ids: mine.map((n) => n.id) });
    expect(result).toEqual({ marked: 0 });
    expect(await as("reviewer").notification.unreadCount()).toBe(mine.length);

    expect(await as("reviewer").notification.markRead({ ids: [mine[0]!.id] })).toEqual({ marked: 1 });
    expect(await as("reviewer").notification.unreadCount()).toBe(mine.length - 1);
    expect(await as("reviewer").notification.markAllRead()).toEqual({ marked: mine.length - 1 });
    expect(await as("reviewer").notification.unreadCount()).toBe(0);
    expect(await as("editor").notification.unreadCount()).toBe(theirs.length);
  });

  it("working the inbox in English makes English the language of the user's e-mail; reading it writes nothing", async () => {
    await callerFor(demo.database.db, demo.actors.viewer, "en").notification.list();
    const unchanged = await demo.database.db.user.findUniqueOrThrow({
      where: { id: demo.actors.viewer.id },
      select: { locale: true },
    });
    expect(unchanged.locale).toBe("nl");
    await callerFor(demo.database.db, demo.actors.viewer, "en").notification.markAllRead();
    const user = await demo.database.db.user.findUniqueOrThrow({
      where: { id: demo.actors.viewer.id },
      select: { locale: true },
    });
    expect(user.locale).toBe("en");
  });
});
