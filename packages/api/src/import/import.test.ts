import { createTestDatabase, type TestDatabase } from "@boordtabel/db/testing";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../auth/actor.js";
import { callerFor, demoActors } from "../testing/actors.js";

let database: TestDatabase;
let editor: Actor;
const csv = (text: string) => ({ format: "csv" as const, content: Buffer.from(text).toString("base64") });
const counts = async () => ({
  versions: await database.db.measurementVersion.count(),
  audit: await database.db.auditLog.count(),
});

beforeAll(async () => {
  database = await createTestDatabase();
  editor = (await demoActors(database.db)).editor;
});
afterAll(() => database.drop());

describe("import", () => {
  it("previews without writing: the changes it would make and each bad row's problem", async () => {
    const before = await counts();
    const file = csv(
      'kpi,series,period,value,status,comment,source\nKPI-WZG,total,2024,"77,1",provisional,,Statbel\nKPI-NOPE,total,2024,1,,,x\nKPI-WZG,total,2019-Q5,70,,,x\nKPI-WZG,total,2024,77.2,,,x\nKPI-NWWZ,total,2024,-5,,,x\n',
    );
    const preview = await callerFor(database.db, editor).import.preview(file);
    expect(preview).toMatchObject({ committed: false, rows: 5, created: 1 });
    expect(preview.changes).toEqual([
      { row: 1, kpi: "KPI-WZG", series: "total", period: "2024", value: 77.1, version: 1 },
    ]);
    expect(preview.errors.map((e) => [e.row, e.issues[0]!.messageKey])).toEqual([
      [2, "kpi.notFound"],
      [3, "period.invalidFormat"],
      [4, "import.duplicateRowOf"],
      [5, "measurement.negative"],
    ]);
    expect(await counts()).toEqual(before);
  });

  it("commits nothing when one row is wrong", async () => {
    const before = await counts();
    const result = await callerFor(database.db, editor).import.commit(
      csv("kpi,period,value,source\nKPI-WZG,2024,77.1,Statbel\nKPI-WZG,2026,101,Statbel\n"),
    );
    expect(result).toMatchObject({
      committed: false,
      errors: [{ row: 2, issues: [{ messageKey: "measurement.percentRange" }] }],
    });
    expect(await counts()).toEqual(before);
  });

  it("refuses a row without its source, CSV or XLSX, naming the row and the field, and writes nothing", async () => {
    const before = await counts();
    const result = await callerFor(database.db, editor).import.commit(
      csv("kpi,period,value,source\nKPI-WZG,2016,77.1,Statbel\nKPI-WZG,2015,77.2, \n"),
    );
    expect(result).toMatchObject({
      committed: false,
      errors: [{ row: 2, issues: [{ field: "source", messageKey: "measurement.sourceRequired" }] }],
    });
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("waarden");
    sheet.addRow(["kpi", "period", "value", "source"]);
    sheet.addRow(["KPI-WZG", "2016", 77.1, "Statbel"]);
    sheet.addRow(["KPI-NWWZ", "2016", 180000]);
    const xlsx = Buffer.from(await workbook.xlsx.writeBuffer()).toString("base64");
    const fromXlsx = await callerFor(database.db, editor).import.commit({ format: "xlsx", content: xlsx });
    expect(fromXlsx).toMatchObject({
      committed: false,
      errors: [{ row: 2, issues: [{ field: "source", messageKey: "measurement.sourceRequired" }] }],
    });
    expect(await counts()).toEqual(before);
  });

  it("commits all rows in one go, as submitted values with their audit rows", async () => {
    const result = await callerFor(database.db, editor).import.commit(
      csv('kpi,period,value,source\nKPI-WZG,2024,77.1,Statbel\nKPI-NWWZ,2024,"180.123",VDAB\n'),
    );
    expect(result).toMatchObject({ committed: true, created: 2, revised: 0, errors: [] });
    const nwwz = await database.db.measurementVersion.findFirstOrThrow({
      where: { measurement: { period: "2024", series: { kpi: { code: "KPI-NWWZ" } } } },
      select: { value: true, workflow: true },
    });
    expect(nwwz).toMatchObject({ workflow: "SUBMITTED" });
    expect(nwwz.value?.toNumber()).toBe(180123);
  });

  it("audits a value alone per value, and many values of one series in one row listing each version", async () => {
    const result = await callerFor(database.db, editor).import.commit(
      // Quarterly figures go to the KPI's quarterly series, never into its yearly total.
      csv(
        "kpi,series,period,value,source\nKPI-WZG,kwartaal,2025-Q1,78.0,Statbel\nKPI-WZG,kwartaal,2025-Q2,78.1,Statbel\nKPI-WZG,kwartaal,2025-Q3,78.3,Statbel\nKPI-NWWZ,total,2025,181000,VDAB\n",
      ),
    );
    expect(result).toMatchObject({ committed: true, created: 4 });
    const rows = await database.db.auditLog.findMany({
      where: { OR: [{ entityId: "KPI-WZG/kwartaal" }, { entityId: "KPI-NWWZ/total/2025" }] },
      select: { action: true, entityType: true, after: true },
      orderBy: { id: "asc" },
    });
    expect(rows.map((r) => [r.action, r.entityType])).toEqual([
      ["measurement.batch", "series"],
      ["measurement.record", "measurement"],
    ]);
    expect((rows[0]!.after as { period: string; version: number }[]).map((v) => [v.period, v.version])).toEqual([
      ["2025-Q1", 1],
      ["2025-Q2", 1],
      ["2025-Q3", 1],
    ]);
  });

  it("a revision in a file needs a reason and the current version; a stale one is refused", async () => {
    const stale = await callerFor(database.db, editor).import.preview(
      csv("kpi,period,value,reason,expectedVersion,source\nKPI-WZG,2023,77.2,correctie,5,Statbel\n"),
    );
    expect(stale.errors[0]!.issues[0]!.messageKey).toBe("measurement.stale");
    const noReason = await callerFor(database.db, editor).import.preview(
      csv("kpi,period,value,expectedVersion,source\nKPI-WZG,2023,77.2,1,Statbel\n"),
    );
    expect(noReason.errors[0]!.issues[0]!.messageKey).toBe("measurement.reasonRequired");
  });

  it("gives an XLSX template per plan that reads back as an import file", async () => {
    const template = await callerFor(database.db, editor).import.template({ plan: "IAB", format: "xlsx" });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(template.content, "base64") as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      "kpi",
      "series",
      "period",
      "value",
      "status",
      "source",
      "comment",
      "reason",
      "expectedVersion",
    ]);
    // a header and one row per KPI that takes values (not those whose unit the source leaves unstated)
    const enterable = await database.db.kpi.count({ where: { plan: { code: "IAB" }, unit: { not: "UNSPECIFIED" } } });
    expect(sheet.rowCount).toBe(1 + enterable);
    const rows = sheet.getSheetValues().slice(2) as unknown[][];
    expect(rows.find((r) => r[1] === "KPI-WERKBAAR")?.[2]).toBe("statuut=werknemers");
    // fill in one value and import the sheet as it is
    sheet.eachRow((row, n) => {
      if (n > 1 && row.getCell(1).value === "KPI-LLL") {
        row.getCell(4).value = 9.1;
        row.getCell(6).value = "Statbel";
      }
    });
    const filled = Buffer.from(await workbook.xlsx.writeBuffer()).toString("base64");
    const preview = await callerFor(database.db, editor).import.preview({ format: "xlsx", content: filled });
    expect(preview.changes).toEqual([expect.objectContaining({ kpi: "KPI-LLL", value: 9.1 })]);
    expect(preview.errors.every((e) => e.issues[0]!.field === "value")).toBe(true); // the empty values of the other rows
  });

  it("refuses a file without the needed columns", async () => {
    await expect(callerFor(database.db, editor).import.preview(csv("a,b\n1,2\n"))).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
  });
});
