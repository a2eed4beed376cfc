import { describe, expect, it } from "vitest";
import { ByteLru } from "./byte-lru.js";

const entry = (bytes: number) => ({ bytes });

describe("ByteLru", () => {
  it("evicts the least recently used entries once the bytes exceed the bound", () => {
    const lru = new ByteLru<{ bytes: number }>(100);
    lru.set("a", entry(40));
    lru.set("b", entry(40));
    lru.get("a");
    lru.set("c", entry(40));
    expect(lru.get("b")).toBeUndefined();
    expect(lru.get("a")).toBeDefined();
    expect(lru.get("c")).toBeDefined();
    expect(lru.bytes).toBe(80);
  });

  it("keeps nothing larger than its bound and counts a replaced entry once", () => {
    const lru = new ByteLru<{ bytes: number }>(100);
    lru.set("big", entry(101));
    expect(lru.size).toBe(0);
    lru.set("a", entry(30));
    lru.set("a", entry(50));
    expect(lru.bytes).toBe(50);
    lru.clear();
    expect(lru.bytes).toBe(0);
  });
});
