import { describe, expect, it } from "vitest";
import { normalizeStatementInput, sameSnapshot } from "./snapshots";

describe("sameSnapshot", () => {
  it("ignores key order but not values", () => {
    expect(sameSnapshot({ a: 1, b: "x" }, { b: "x", a: 1 })).toBe(true);
    expect(sameSnapshot({ a: 1, b: "x" }, { a: 1, b: "y" })).toBe(false);
    expect(sameSnapshot({ a: null }, { a: "" as string | null })).toBe(false);
  });

  it("treats the same themes in another order as the same statement", () => {
    const input = { themes: ["space", "arctic"] } as Parameters<typeof normalizeStatementInput>[0];
    expect(normalizeStatementInput(input).themes).toEqual(["arctic", "space"]);
  });
});
