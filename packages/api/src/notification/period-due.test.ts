import { describe, expect, it } from "vitest";
import { useDemoCallers } from "../testing/actors.js";
import { notifyDuePeriods } from "./period-due.js";

const demo = useDemoCallers();

describe("the 'period due' job", () => {
  it("tells editors once per series and period, however often it runs", async () => {
    const first = await notifyDuePeriods(demo.database.db, "2026-12-02");
    expect(first).toBeGreaterThan(0);
    expect(await notifyDuePeriods(demo.database.db, "2026-12-02")).toBe(0);
    const items = await demo.as("editor").notification.list();
    expect(items.every((n) => n.kind === "periodDue")).toBe(true);
    expect(items).toHaveLength(first);
    expect(items).toContainEqual(
      expect.objectContaining({
        params: expect.objectContaining({ kpiCode: "KPI-WZG", period: "2025" }) as unknown,
        link: "/kpis/KPI-WZG/entry?series=total&period=2025",
      }),
    );
    expect(await demo.as("reviewer").notification.unreadCount()).toBe(0);
    const audit = await demo.database.db.auditLog.count({ where: { action: "notification.periodDue" } });
    expect(audit).toBe(1);
  });
});
