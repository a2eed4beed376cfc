import { describe, expect, it } from "vitest";
import { digestMail } from "./digest.js";

const rows = [
  {
    id: 1,
    kind: "valueSentBack",
    params: { kpiCode: "KPI-X", kpiName: "Naam", kpiNameEn: "Name", period: "2025-Q2", reason: "no source" },
    link: "/kpis/KPI-X/entry?series=total&period=2025-Q2",
  },
];

describe("the digest mail", () => {
  it("speaks the user's language: English names, periods as said in English, links kept in English", () => {
    const mail = digestMail({ id: "u", email: "a@b.be", name: "An", locale: "en" }, rows, "https://x.example");
    expect(mail.subject).toBe("Boordtabel: 1 new notification");
    expect(mail.text).toContain("Hello An,");
    expect(mail.text).toContain("- Name (KPI-X), Q2 2025: your value was sent back. Reason: no source");
    expect(mail.text).toContain("Open: https://x.example/kpis/KPI-X/entry?series=total&period=2025-Q2&lang=en");
    expect(mail.text).toContain("All your notifications: https://x.example/meldingen?lang=en");
  });

  it("in Dutch by default, with the Dutch name and quarter", () => {
    const mail = digestMail({ id: "u", email: "a@b.be", name: "An", locale: "nl" }, rows, "https://x.example");
    expect(mail.text).toContain("- Naam (KPI-X), K2 2025: je waarde is teruggestuurd. Reden: no source");
    expect(mail.text).toContain("Openen: https://x.example/kpis/KPI-X/entry?series=total&period=2025-Q2\n");
  });
});
