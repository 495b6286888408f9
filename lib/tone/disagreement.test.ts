import { describe, expect, it } from "vitest";
import { disagreeingLevelPairs, toneDisagrees } from "./disagreement";

describe("toneDisagrees", () => {
  it("flags readings more than one level from the editor's", () => {
    expect(toneDisagrees(4, 2)).toBe(true);
    expect(toneDisagrees(4, 3)).toBe(false);
    expect(toneDisagrees(1, 5)).toBe(true);
  });

  it("never flags a statement without a reading or marked 'China not mentioned'", () => {
    expect(toneDisagrees(3, null)).toBe(false);
    expect(toneDisagrees(0, 5)).toBe(false);
  });

  it("lists exactly the disagreeing combinations for the database filter", () => {
    expect(disagreeingLevelPairs()).toEqual([
      { toneLevel: 1, autoToneLevels: [3, 4, 5] },
      { toneLevel: 2, autoToneLevels: [4, 5] },
      { toneLevel: 3, autoToneLevels: [1, 5] },
      { toneLevel: 4, autoToneLevels: [1, 2] },
      { toneLevel: 5, autoToneLevels: [1, 2, 3] },
    ]);
  });
});
