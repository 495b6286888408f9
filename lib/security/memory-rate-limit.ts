/**
 * A per-key fixed-window counter in this process's memory, for endpoints where a database write
 * per request would cost more than the work it protects (POST /api/analyze). Per process: behind a
 * load balancer each server counts its own share, which still bounds what one client can take.
 */
export type RateLimitDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export function createMemoryRateLimit(options: { max: number; windowSeconds: number; maxKeys?: number }) {
  const windows = new Map<string, { count: number; resetAt: number }>();
  const maxKeys = options.maxKeys ?? 10_000;
  return {
    consume(key: string, now = Date.now()): RateLimitDecision {
      let window = windows.get(key);
      if (!window || window.resetAt <= now) {
        // Forgetting expired windows only when the table is full keeps each request O(1).
        if (windows.size >= maxKeys) {
          for (const [storedKey, stored] of windows) if (stored.resetAt <= now) windows.delete(storedKey);
          if (windows.size >= maxKeys) windows.delete(windows.keys().next().value!);
        }
        window = { count: 0, resetAt: now + options.windowSeconds * 1000 };
        windows.set(key, window);
      }
      window.count += 1;
      if (window.count <= options.max) return { allowed: true };
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((window.resetAt - now) / 1000)) };
    },
  };
}
