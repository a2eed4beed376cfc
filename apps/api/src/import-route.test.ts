import { DEMO_PASSWORD } from "@boordtabel/api";
import { beforeAll, describe, expect, it } from "vitest";
import { multipartBody } from "./multipart-test-support.js";
import { signIn, TEST_BASE_URL, useAdminServer } from "./test-support.js";

const setup = useAdminServer();
let editor = "";
let viewer = "";
beforeAll(async () => {
  editor = await signIn(setup.server, "editor@demo.boordtabel.be", DEMO_PASSWORD);
  viewer = await signIn(setup.server, "viewer@demo.boordtabel.be", DEMO_PASSWORD);
});

const upload = async (
  cookie: string,
  file: { name: string; content: Buffer | string } | null,
  fields: Record<string, string> = {},
  language = "nl",
) => {
  const { payload, contentType } = await multipartBody(file, fields);
  return setup.server.app.inject({
    method: "POST",
    url: "/api/v1/import",
    headers: { "content-type": contentType, cookie, origin: TEST_BASE_URL, "accept-language": language },
    payload,
  });
};
const versions = () => setup.database.db.measurementVersion.count();
const csv = (text: string) => ({ name: "waarden.csv", content: text });

describe("POST /api/v1/import (multipart)", () => {
  it("previews a CSV file without writing, then commits it with dryRun=false", async () => {
    const before = await versions();
    const file = csv(
      'kpi,series,period,value,status,source\nKPI-WZG,total,2024,"77,1",provisional,Statbel EAK\nKPI-NWWZ,total,2024,180123,,VDAB\n',
    );
    const preview = await upload(editor, file, { plan: "IAB" });
    expect(preview.statusCode).toBe(200);
    expect(preview.json()).toMatchObject({ committed: false, rows: 2, created: 2, revised: 0, errors: [] });
    expect(preview.json().changes).toEqual([
      { row: 1, kpi: "KPI-WZG", series: "total", period: "2024", value: 77.1, version: 1 },
      { row: 2, kpi: "KPI-NWWZ", series: "total", period: "2024", value: 180123, version: 1 },
    ]);
    expect(await versions()).toBe(before);
    const commit = await upload(editor, file, { plan: "IAB", dryRun: "false" });
    expect(commit.json()).toMatchObject({ committed: true, created: 2 });
    expect(await versions()).toBe(before + 2);
  });

  it("lists every bad row and commits nothing", async () => {
    const before = await versions();
    const result = await upload(
      editor,
      csv(
        "kpi,period,value,source\nKPI-WZG,2025,77.1,Statbel\nKPI-WZG,2025-Q9,70,Statbel\nKPI-NWWZ,2025,-5,VDAB\nKPI-WZG,2025,77.2,Statbel\n",
      ),
      { dryRun: "false" },
    );
    expect(result.statusCode).toBe(200);
    expect(result.json().committed).toBe(false);
    expect(
      result
        .json()
        .errors.map((e: { row: number; issues: { messageKey: string }[] }) => [e.row, e.issues[0]!.messageKey]),
    ).toEqual([
      [2, "period.invalidFormat"],
      [3, "measurement.negative"],
      [4, "import.duplicateRowOf"],
    ]);
    expect(await versions()).toBe(before);
  });

  it("reads the plan's XLSX template as it comes: each row without a value is listed", async () => {
    const template = await setup.server.app.inject({
      method: "GET",
      url: "/api/v1/plans/IAB/import-template.xlsx",
      headers: { cookie: editor },
    });
    const result = await upload(editor, { name: "boordtabel-IAB-import.xlsx", content: template.rawPayload });
    const body = result.json();
    expect(body.rows).toBeGreaterThan(0);
    expect(body.errors).toHaveLength(body.rows);
    expect(body.errors.every((e: { issues: { field: string }[] }) => e.issues[0]!.field === "value")).toBe(true);
  });

  it("refuses rows of another plan's KPIs when a plan is named", async () => {
    const result = await upload(editor, csv("kpi,period,value\nKPI-WZG,2027,77.1\n"), { plan: "DIGI" });
    expect(result.json().errors).toEqual([
      { row: 1, issues: [{ field: "kpi", messageKey: "import.otherPlan", params: { kpi: "KPI-WZG", plan: "DIGI" } }] },
    ]);
  });

  it("answers 401, 403 and 400 with a translated message", async () => {
    const file = csv("kpi,period,value\nKPI-WZG,2027,77.1\n");
    const anonymous = await upload("", file);
    expect(anonymous.statusCode).toBe(401);
    const forbidden = await upload(viewer, file);
    expect(forbidden.statusCode).toBe(403);
    expect(forbidden.json().error.code).toBe("FORBIDDEN");
    const noFile = await upload(editor, null, { dryRun: "true" });
    expect(noFile.statusCode).toBe(400);
    expect(noFile.json().error.message).toBe("Kies een bestand (CSV of XLSX) in het veld file.");
    const wrongType = await upload(editor, { name: "waarden.pdf", content: "%PDF" }, {}, "en");
    expect(wrongType.json().error.message).toBe("Use a CSV or XLSX file.");
  });

  it("answers 413 to a file over 25 MB, saying so in the caller's language", async () => {
    const before = await versions();
    const big = Buffer.alloc(25 * 1024 * 1024 + 1, "a");
    const response = await upload(editor, { name: "groot.csv", content: big });
    expect(response.statusCode).toBe(413);
    expect(response.json().error).toMatchObject({ code: "TOO_LARGE", message: "Bestand te groot: hoogstens 25 MB." });
    expect(await versions()).toBe(before);
  });
});
