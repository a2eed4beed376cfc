import { describe, expect, it } from "vitest";
import { isHttpUrl, publishableUrl } from "./source-url.js";

describe("isHttpUrl", () => {
  it.each(["https://statbel.fgov.be/nl", "http://www.serv.be", " https://www.serv.be "])("accepts %j", (url) => {
    expect(isHttpUrl(url)).toBe(true);
  });

  it.each([
    "javascript:alert(1)",
    "JAVASCRIPT://%0Aalert(1)",
    "data:text/html,<b>x</b>",
    "vbscript:msgbox(1)",
    "file:///etc/passwd",
    "//evil.example/x",
    "https://",
    "",
  ])("refuses %j", (url) => {
    expect(isHttpUrl(url)).toBe(false);
  });
});

describe("publishableUrl", () => {
  it("publishes a stored http(s) link and drops any other", () => {
    expect(publishableUrl("https://statbel.fgov.be")).toBe("https://statbel.fgov.be");
    expect(publishableUrl("javascript:alert(document.cookie)")).toBeNull();
    expect(publishableUrl(null)).toBeNull();
  });
});
