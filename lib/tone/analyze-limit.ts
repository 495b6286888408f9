import { env } from "../env";
import { clientAddressOf } from "../security/client-address";
import { createMemoryRateLimit, type RateLimitDecision } from "../security/memory-rate-limit";

let limiter: ReturnType<typeof createMemoryRateLimit> | null | undefined;

/**
 * POST /api/analyze is anonymous and costs CPU per character, so each client gets a budget per
 * minute (ANALYZE_RATE_LIMIT, default 60). Clients the server cannot tell apart (started without
 * the client-address preload) share one budget rather than none.
 */
export function consumeAnalyzeBudget(headers: Headers): RateLimitDecision {
  if (limiter === undefined) {
    const max = env().analyzeRateLimit;
    limiter = max > 0 ? createMemoryRateLimit({ max, windowSeconds: 60 }) : null;
  }
  return limiter ? limiter.consume(clientAddressOf(headers) ?? "unknown") : { allowed: true };
}
