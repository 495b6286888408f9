export type Latency = { p50: number; p95: number; p99: number };

/**
 * The nearest-rank percentile of a sample: the smallest value with at least p% of the sample at
 * or below it. Computed from every recorded latency rather than taken from autocannon, whose
 * summary has p97.5 but no p95.
 */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) throw new Error("No latencies recorded: every request failed or the run was empty");
  if (p <= 0 || p > 100) throw new Error(`Percentile must be in (0, 100], got ${p}`);
  return sorted[Math.ceil((p / 100) * sorted.length) - 1]!;
}

export function latencySummary(latencies: readonly number[]): Latency {
  const sorted = [...latencies].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99) };
}
