import { describe, expect, it } from "vitest";
import { MissGate } from "./miss-gate.js";

describe("miss gate", () => {
  it("lets at most `limit` in at once and the others in, in arrival order, as slots free", async () => {
    const gate = new MissGate(2);
    const order: number[] = [];
    const first = await gate.enter();
    const second = await gate.enter();
    const waiting = [3, 4].map((n) => gate.enter().then((release) => (order.push(n), release)));
    await Promise.resolve();
    expect(gate.active).toBe(2);
    expect(gate.waiting).toBe(2);
    expect(order).toEqual([]);
    first();
    const third = await waiting[0]!;
    expect(order).toEqual([3]);
    expect(gate.active).toBe(2);
    second();
    second(); // a second release of the same slot changes nothing
    const fourth = await waiting[1]!;
    expect(order).toEqual([3, 4]);
    third();
    fourth();
    expect(gate.active).toBe(0);
    expect(gate.waiting).toBe(0);
  });
});
