import { describe, expect, it } from "vitest";
import { safeUrl } from "./source-link";

describe("source links", () => {
  it("links http and https addresses only", () => {
    expect(safeUrl("https://www.steunpuntwerk.be/cijfers")).toBe("https://www.steunpuntwerk.be/cijfers");
    expect(safeUrl("http://statbel.fgov.be")).toBe("http://statbel.fgov.be/");
    expect(safeUrl("javascript:alert(1)")).toBeNull();
    expect(safeUrl("file:///etc/passwd")).toBeNull();
    expect(safeUrl("www.example.be")).toBeNull();
    expect(safeUrl(null)).toBeNull();
  });
});
