import { describe, expect, it } from "vitest";
import { latencySummary, percentile } from "./percentiles";

describe("percentiles", () => {
  it("takes the nearest rank of the sorted sample", () => {
    const oneToHundred = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(oneToHundred, 50)).toBe(50);
    expect(percentile(oneToHundred, 95)).toBe(95);
    expect(percentile(oneToHundred, 99)).toBe(99);
    expect(percentile([7], 95)).toBe(7);
  });

  it("sorts before ranking, so one slow request shows in p99 and not in p50", () => {
    const latencies = [...Array.from({ length: 99 }, () => 5), 400].reverse();
    expect(latencySummary(latencies)).toEqual({ p50: 5, p95: 5, p99: 5 });
    expect(latencySummary([...latencies, 400])).toEqual({ p50: 5, p95: 5, p99: 400 });
  });

  it("refuses an empty sample instead of reporting zero latency", () => {
    expect(() => latencySummary([])).toThrow(/No latencies/);
  });
});
