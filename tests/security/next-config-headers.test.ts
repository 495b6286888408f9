import { createRequire } from "node:module";
import type { NextConfig } from "next";
import { afterEach, describe, expect, it, vi } from "vitest";

const nextConfig = createRequire(import.meta.url)("../../next.config.js") as NextConfig;

type Rule = { source: string; headers: { key: string; value: string }[] };

async function rules(nodeEnv: string): Promise<Rule[]> {
  vi.stubEnv("NODE_ENV", nodeEnv);
  return (await nextConfig.headers!()) as Rule[];
}

const everyPath = (all: Rule[]) => new Map(all.find((rule) => rule.source === "/:path*")!.headers.map((h) => [h.key, h.value]));

describe("next.config.js headers", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("sends nosniff, a referrer policy and a permissions policy on every path", async () => {
    const headers = everyPath(await rules("development"));
    expect(headers.get("X-Content-Type-Options")).toBe("nosniff");
    expect(headers.get("Referrer-Policy")).toBe("strict-origin-when-cross-origin");
    expect(headers.get("Permissions-Policy")).toMatch(/camera=\(\).*microphone=\(\).*geolocation=\(\)/);
  });

  it("adds HSTS in production only", async () => {
    expect(everyPath(await rules("development")).has("Strict-Transport-Security")).toBe(false);
    expect(everyPath(await rules("production")).get("Strict-Transport-Security")).toBe("max-age=63072000; includeSubDomains");
  });

  it("refuses framing with X-Frame-Options everywhere but the embeds", async () => {
    const deny = (await rules("production")).find((rule) => rule.headers.some((h) => h.key === "X-Frame-Options"))!;
    const pattern = new RegExp(`^/${deny.source.slice("/:path".length).replace(/^\((.*)\)$/, "$1")}$`);
    expect(pattern.test("/statements/x")).toBe(true);
    expect(pattern.test("/")).toBe(true);
    expect(pattern.test("/embed/statements/x")).toBe(false);
  });
});
