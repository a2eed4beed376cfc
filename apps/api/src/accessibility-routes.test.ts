import { createTestDatabase, type TestDatabase } from "@boordtabel/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accessibilityContact } from "./accessibility-routes.js";
import { loadEnv } from "./env.js";
import { createTestServer } from "./test-support.js";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database?.drop());

describe("the accessibility statement's contact (ACCESSIBILITY_CONTACT)", () => {
  it("is served to the statement page as an e-mail address or a web address", async () => {
    const withMail = createTestServer(database.db, { accessibilityContact: "toegankelijkheid@serv.be" });
    const withoutOne = createTestServer(database.db);
    try {
      const mail = await withMail.app.inject({ method: "GET", url: "/api/accessibility-contact" });
      expect(mail.statusCode).toBe(200);
      expect(mail.json()).toEqual({ contact: { kind: "email", value: "toegankelijkheid@serv.be" } });
      const none = await withoutOne.app.inject({ method: "GET", url: "/api/accessibility-contact" });
      expect(none.json()).toEqual({ contact: null });
    } finally {
      await withMail.stop();
      await withoutOne.stop();
    }
  });

  it("reads a web address as a link and anything else as no contact", () => {
    expect(accessibilityContact("https://example.org/meld-een-probleem")).toEqual({
      contact: { kind: "url", value: "https://example.org/meld-een-probleem" },
    });
    expect(accessibilityContact("bel ons")).toEqual({ contact: null });
  });

  it("refuses to start with a contact that is neither", () => {
    expect(() => loadEnv({ ACCESSIBILITY_CONTACT: "javascript:alert(1)" })).toThrow(/ACCESSIBILITY_CONTACT/);
    expect(loadEnv({ ACCESSIBILITY_CONTACT: " a11y@serv.be " }).ACCESSIBILITY_CONTACT).toBe("a11y@serv.be");
  });
});
