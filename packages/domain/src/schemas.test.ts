import { describe, expect, it } from "vitest";
import { annotationInputSchema, benchmarkInputSchema } from "./schemas-structure.js";
import { recordMeasurementSchema, sourceUrlSchema } from "./schemas.js";

const messagesOf = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.error?.issues.map((i) => i.message) ?? [];

describe("sourceUrlSchema", () => {
  it.each(["https://statbel.fgov.be/nl/themas/werk", "http://www.serv.be/serv/publicatie/iedereen-aan-boord"])(
    "accepts the web address %s",
    (url) => {
      expect(sourceUrlSchema.safeParse(url).success).toBe(true);
    },
  );

  it.each([
    "javascript:alert(1)",
    " JavaScript:alert(document.cookie)",
    "ftp://ftp.example.org/data.csv",
    "file:///etc/passwd",
    "data:text/html,<script>alert(1)</script>",
    "mailto:info@serv.be",
    "statbel.fgov.be",
    "https://",
  ])("refuses %s with the translatable source.httpUrl message", (url) => {
    expect(messagesOf(sourceUrlSchema.safeParse(url))).toEqual(["source.httpUrl"]);
  });

  it("guards every write schema that carries a source link", () => {
    const bad = "javascript:alert(1)";
    const measurement = { kpi: "KPI-WZG", period: "2024", value: 77.9, sourceUrl: bad };
    const benchmark = { kpi: "KPI-WZG", entityCode: "SE", entityNl: "Zweden", entityEn: "Sweden", value: 82.6 };
    const annotation = { kpi: "KPI-WZG", date: "2020-03-13", titleNl: "COVID-19", titleEn: "COVID-19" };
    expect(messagesOf(recordMeasurementSchema.safeParse(measurement))).toEqual(["source.httpUrl"]);
    expect(messagesOf(benchmarkInputSchema.safeParse({ ...benchmark, source: "Eurostat", sourceUrl: bad }))).toEqual([
      "source.httpUrl",
    ]);
    expect(messagesOf(annotationInputSchema.safeParse({ ...annotation, sourceUrl: bad }))).toEqual(["source.httpUrl"]);
    expect(annotationInputSchema.safeParse({ ...annotation, sourceUrl: "https://www.serv.be" }).success).toBe(true);
  });
});
