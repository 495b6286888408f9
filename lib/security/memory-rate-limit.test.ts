import { describe, expect, it } from "vitest";
import { createMemoryRateLimit } from "./memory-rate-limit";

describe("createMemoryRateLimit", () => {
  it("allows max requests per key and window, then says when to retry", () => {
    const limit = createMemoryRateLimit({ max: 3, windowSeconds: 60 });
    const t0 = 1_000_000;
    expect([1, 2, 3].map(() => limit.consume("a", t0).allowed)).toEqual([true, true, true]);
    expect(limit.consume("a", t0 + 10_000)).toEqual({ allowed: false, retryAfterSeconds: 50 });
    expect(limit.consume("b", t0 + 10_000).allowed).toBe(true);
    expect(limit.consume("a", t0 + 60_000).allowed).toBe(true);
  });

  it("keeps a bounded table however many keys arrive", () => {
    const limit = createMemoryRateLimit({ max: 1, windowSeconds: 60, maxKeys: 100 });
    for (let i = 0; i < 1000; i++) limit.consume(`client-${i}`, 5_000);
    // A new window for an old key still works, and the latest keys are still limited.
    expect(limit.consume("client-999", 5_000).allowed).toBe(false);
  });
});
