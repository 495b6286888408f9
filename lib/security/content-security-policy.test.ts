import { describe, expect, it } from "vitest";
import { contentSecurityPolicyFor, createNonce, embedContentSecurityPolicy, pageContentSecurityPolicy, resourceContentSecurityPolicy } from "./content-security-policy";

const production = { development: false, production: true };
const development = { development: true, production: false };

function directives(policy: string): Map<string, string[]> {
  return new Map(policy.split("; ").map((part) => {
    const [name, ...values] = part.split(" ");
    return [name!, values];
  }));
}

describe("createNonce", () => {
  it("makes a different base64 nonce of 128 bits every time", () => {
    const nonces = new Set(Array.from({ length: 50 }, createNonce));
    expect(nonces.size).toBe(50);
    for (const nonce of nonces) {
      expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
      expect(Buffer.from(nonce, "base64")).toHaveLength(16);
    }
  });
});

describe("pageContentSecurityPolicy", () => {
  it("allows scripts only with the nonce (and what they load), never inline ones", () => {
    const policy = directives(pageContentSecurityPolicy("abc123==", production));
    expect(policy.get("script-src")).toEqual(["'self'", "'nonce-abc123=='", "'strict-dynamic'"]);
    expect(policy.get("default-src")).toEqual(["'self'"]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(policy.get("base-uri")).toEqual(["'self'"]);
    expect(policy.get("form-action")).toEqual(["'self'"]);
    expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
    expect(policy.get("img-src")).toEqual(["'self'", "data:", "blob:"]);
    expect(policy.get("style-src")).toEqual(["'self'", "'unsafe-inline'"]);
    expect(policy.get("connect-src")).toEqual(["'self'"]);
    expect(policy.get("font-src")).toEqual(["'self'"]);
  });

  it("upgrades insecure requests in production only, and allows eval in development only", () => {
    const prod = pageContentSecurityPolicy("n0nce", production);
    const dev = pageContentSecurityPolicy("n0nce", development);
    expect(directives(prod).has("upgrade-insecure-requests")).toBe(true);
    expect(prod).not.toContain("unsafe-eval");
    expect(directives(dev).has("upgrade-insecure-requests")).toBe(false);
    expect(directives(dev).get("script-src")).toContain("'unsafe-eval'");
    expect(dev).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  });

  it("refuses a nonce that could smuggle directives into the header", () => {
    expect(() => pageContentSecurityPolicy("x'; script-src *", production)).toThrow(/base64/);
    expect(() => pageContentSecurityPolicy("", production)).toThrow(/base64/);
  });
});

describe("contentSecurityPolicyFor", () => {
  it("gives pages the nonce policy, the embed its framable one, API and files the restrictive one", () => {
    for (const path of ["/", "/trends", "/statements/2024-07-10-x", "/statements/new", "/sign-in", "/api", "/sources/a-b/edit"]) {
      expect(contentSecurityPolicyFor(path, "n0nce", production), path).toBe(pageContentSecurityPolicy("n0nce", production));
    }
    expect(contentSecurityPolicyFor("/embed/statements/2024-07-10-x", "n0nce", production)).toBe(embedContentSecurityPolicy());
    for (const path of ["/api/statements", "/api/analyze", "/api/statements/export.csv", "/feed.xml", "/robots.txt", "/sitemap.xml", "/statements/2024-07-10-x/cite.bib"]) {
      expect(contentSecurityPolicyFor(path, "n0nce", production), path).toBe("default-src 'none'; frame-ancestors 'none'");
    }
  });

  it("lets any site frame the embed, which may only use its inline style", () => {
    const policy = directives(embedContentSecurityPolicy());
    expect(policy.get("frame-ancestors")).toEqual(["*"]);
    expect(policy.get("default-src")).toEqual(["'none'"]);
    expect(policy.get("style-src")).toEqual(["'unsafe-inline'"]);
    expect(policy.has("script-src")).toBe(false);
    expect(resourceContentSecurityPolicy()).toContain("frame-ancestors 'none'");
  });
});
