import { describe, expect, it } from "vitest";
import { checkTargets, formatLoad, formatMs, renderReport, type BenchReport, type LoadResult, type SizeResult } from "./report";

const result = (requestsPerSecond: number, p95: number, failures = 0): LoadResult => ({
  requestsPerSecond,
  requests: 1000,
  failures,
  latency: { p50: p95 / 2, p95, p99: p95 * 2 },
});

const size = (statements: number, homeP95: number, searchP95: number, failures = 0): SizeResult => ({
  size: statements,
  endpoints: {
    home: result(500, homeP95),
    statement: result(600, 20),
    timeline: result(300, 40),
    searchApi: result(700, searchP95, failures),
    toneApi: result(2000, 5),
    static: result(4000, 3),
  },
});

const page = (label: string, firstLoadJsBytes: number, performance: number) => ({
  label,
  firstLoadJsBytes,
  transferredJsBytes: firstLoadJsBytes + 300,
  failingAudits: performance < 95 ? ["render-blocking-resources"] : [],
  lighthouse: { performance, accessibility: 100, bestPractices: 100, seo: 100 },
});

function report(largest: SizeResult): BenchReport {
  return {
    sizes: [size(100, 20, 10), largest],
    pages: { home: page("`/`", 150_000, 99), statement: page("statement page", 100_000, 94) },
    conditions: ["test conditions"],
    paths: { home: "/", statement: "/statements/2021-06-14-x", timeline: "/?q=x", searchApi: "/api/statements?q=x", toneApi: "POST /api/analyze" },
  };
}

describe("benchmark report", () => {
  it("formats latencies to a useful precision and makes failed requests stand out", () => {
    expect(formatMs(4.26)).toBe("4.3");
    expect(formatMs(123.6)).toBe("124");
    expect(formatLoad(result(1234.4, 12))).toBe("1,234 req/s · p50 6.0 · p95 12 · p99 24 ms");
    expect(formatLoad(result(10, 12, 7))).toContain("**7 of 1,000 failed**");
    expect(formatLoad({ requestsPerSecond: 0, requests: 50, failures: 50, latency: null })).toContain("no response");
  });

  it("checks every target against the figures", () => {
    const checks = checkTargets(report(size(100_000, 25, 140)));
    const byMeasure = Object.fromEntries(checks.map((check) => [check.measure, check]));
    expect(byMeasure["`/` p95 at 100,000 vs 100 statements"]).toMatchObject({ actual: "1.25×", met: true });
    expect(byMeasure["search API p95 at 100,000 vs 100 statements"]).toMatchObject({ actual: "14.00×", met: false });
    expect(byMeasure["search API p95 at 100,000 statements"]).toMatchObject({ actual: "140 ms", met: false });
    expect(byMeasure["`/` throughput vs static server (lowest over the sizes)"]).toMatchObject({ actual: "12.5%", met: false });
    expect(byMeasure["first-load JS of a statement page (gzip)"]).toMatchObject({ actual: "97.7 KB", met: true });
    expect(checks.filter((check) => check.measure.startsWith("Lighthouse")).map((check) => check.met)).toEqual([true, false]);
  });

  it("does not count a size whose requests failed as meeting a latency target", () => {
    const checks = checkTargets(report(size(100_000, 20, 12, 3)));
    expect(checks.find((check) => check.measure === "search API p95 at 100,000 statements")?.met).toBe(false);
  });

  it("says a growth factor cannot be measured when no request came back", () => {
    const largest = size(100_000, 25, 140);
    largest.endpoints.home = { requestsPerSecond: 0, requests: 0, failures: 0, latency: null };
    const check = checkTargets(report(largest)).find((c) => c.measure.startsWith("`/` p95"));
    expect(check).toMatchObject({ actual: "not measurable (no response at one size)", met: false });
  });

  it("renders one markdown table with a column per size, then the targets", () => {
    const markdown = renderReport(report(size(100_000, 25, 140)));
    const lines = markdown.split("\n");
    expect(lines[0]).toBe("| measure | 100 statements | 100,000 statements |");
    expect(lines[1]).toBe("| --- | --- | --- |");
    expect(lines).toContain("| `/` throughput as a share of the static server's | 12.5% | 12.5% |");
    expect(lines).toContain("| Lighthouse statement page: performance / accessibility / best practices / SEO | 94 / 100 / 100 / 100 | same build |");
    expect(markdown).toContain("- **not met**: search API p95 at 100,000 statements is 140 ms (target < 100 ms)");
    expect(markdown).toContain("- test conditions");
    expect(markdown).toContain("- Lighthouse audits failed on statement page: render-blocking-resources");
  });
});
