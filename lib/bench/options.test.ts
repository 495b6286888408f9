import { describe, expect, it } from "vitest";
import { DEFAULT_OPTIONS, parseBenchArgs } from "./options";

describe("bench options", () => {
  it("defaults to the three sizes of issue 7", () => {
    expect(parseBenchArgs([])).toEqual(DEFAULT_OPTIONS);
    expect(DEFAULT_OPTIONS.sizes).toEqual([100, 10_000, 100_000]);
  });

  it("--quick shortens the loads but keeps every step", () => {
    const quick = parseBenchArgs(["--quick"]);
    expect(quick.seconds).toBeLessThan(DEFAULT_OPTIONS.seconds);
    expect(quick.sizes).toEqual(DEFAULT_OPTIONS.sizes);
    expect(parseBenchArgs(["--quick", "--seconds=5"]).seconds).toBe(5);
  });

  it("reads sizes in increasing order and rejects what it does not know", () => {
    expect(parseBenchArgs(["--sizes=1000,100"]).sizes).toEqual([100, 1000]);
    expect(() => parseBenchArgs(["--seconds=0"])).toThrow(/--seconds must be a whole number/);
    expect(() => parseBenchArgs(["--fast"])).toThrow(/Unknown option "--fast"/);
  });
});
