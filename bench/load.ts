import autocannon from "autocannon";
import type { LoadResult } from "../lib/bench/report";
import { latencySummary } from "../lib/bench/percentiles";

/** Long enough that a slow page counts as slow rather than failed, and is not sent again while the first is still running. */
const REQUEST_TIMEOUT_SECONDS = 30;

export type LoadTarget = { url: string; method?: "GET" | "POST"; body?: string; headers?: Record<string, string> };

/**
 * Loads one endpoint with autocannon for `seconds` over `connections` keep-alive connections and
 * records every response's latency, so percentiles come from the full sample. Responses that are
 * not 2xx, socket errors and timeouts are counted, never dropped.
 */
export async function measure(target: LoadTarget, seconds: number, connections: number): Promise<LoadResult> {
  const latencies: number[] = [];
  const result = await autocannon({
    url: target.url,
    method: target.method ?? "GET",
    body: target.body,
    headers: target.headers,
    duration: seconds,
    connections,
    timeout: REQUEST_TIMEOUT_SECONDS,
    setupClient: (client) => {
      client.on("response", (_status: number, _bytes: number, milliseconds: number) => latencies.push(milliseconds));
    },
  });
  const ok = result["2xx"];
  return {
    requestsPerSecond: ok / seconds,
    requests: result.requests.total,
    failures: result.errors + result.non2xx,
    latency: latencies.length > 0 ? latencySummary(latencies) : null,
  };
}
