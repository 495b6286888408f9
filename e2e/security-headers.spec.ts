import { expect, test } from "@playwright/test";
import { nonceOf, watchCspViolations } from "./support/csp";

const SLUG = "2023-11-28-nato-fr-foreign-ministers-china-not-adversary";

test.describe("security headers", () => {
  test("a page: nonce CSP without inline scripts, no framing, and the static headers", async ({ request }) => {
    const response = await request.get("/");
    const headers = response.headers();
    const policy = headers["content-security-policy"]!;
    expect(policy).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/]+=*' 'strict-dynamic'(;|$)/);
    expect(policy).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("base-uri 'self'");
    expect(policy).toContain("form-action 'self'");
    // The suite's server runs a production build.
    expect(policy).toContain("upgrade-insecure-requests");
    expect(headers["strict-transport-security"]).toBe("max-age=63072000; includeSubDomains");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["permissions-policy"]).toContain("camera=()");
    expect(headers["x-frame-options"]).toBe("DENY");
  });

  test("every script in a page's HTML carries that response's nonce, and the nonce changes per request", async ({ request }) => {
    const nonces = [];
    for (const path of [`/statements/${SLUG}`, `/statements/${SLUG}`]) {
      const response = await request.get(path);
      const nonce = nonceOf(response.headers()["content-security-policy"]);
      expect(nonce).toBeTruthy();
      nonces.push(nonce);
      const html = await response.text();
      const scripts = [...html.matchAll(/<script\b([^>]*)>/g)].map((match) => match[1]!);
      const executable = scripts.filter((attributes) => !attributes.includes('type="application/ld+json"'));
      expect(executable.length).toBeGreaterThan(0);
      for (const attributes of executable) expect(attributes).toContain(`nonce="${nonce}"`);
      // The structured data is a data block, which CSP does not govern.
      expect(scripts.some((attributes) => attributes.includes('type="application/ld+json"'))).toBe(true);
    }
    expect(nonces[0]).not.toBe(nonces[1]);
  });

  test("API responses, feeds and citations: nothing may load or be framed", async ({ request }) => {
    for (const path of ["/api/statements", "/api/statements/no-such-statement", "/api/openapi.json", "/feed.xml", `/statements/${SLUG}/cite.bib`]) {
      const headers = (await request.get(path)).headers();
      expect(headers["content-security-policy"], path).toBe("default-src 'none'; frame-ancestors 'none'");
      expect(headers["x-content-type-options"], path).toBe("nosniff");
      expect(headers["strict-transport-security"], path).toBeTruthy();
    }
    const analyze = await request.post("/api/analyze", { data: { text: "systemic challenges", language: "en" } });
    expect(analyze.headers()["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'");
  });

  test("the embed may be framed by anyone, and runs no script", async ({ request }) => {
    const headers = (await request.get(`/embed/statements/${SLUG}`)).headers();
    const policy = headers["content-security-policy"]!;
    expect(policy).toContain("frame-ancestors *");
    expect(policy).toContain("default-src 'none'");
    expect(policy).not.toContain("script-src");
    expect(headers["x-frame-options"]).toBeUndefined();
    expect(headers["x-content-type-options"]).toBe("nosniff");
  });
});

test.describe("pages work under the policy", () => {
  test.describe.configure({ timeout: 90_000 });

  for (const path of ["/", `/statements/${SLUG}`, "/methodology", "/sign-in", "/api", `/statements/${SLUG}/history`]) {
    test(`${path} reports no CSP violation`, async ({ page }) => {
      const violations = await watchCspViolations(page);
      await page.goto(path);
      await page.waitForLoadState("networkidle");
      expect(await violations()).toEqual([]);
    });
  }

  test("/trends draws its charts (client scripts ran) with no CSP violation", async ({ page }) => {
    const violations = await watchCspViolations(page);
    await page.goto("/trends");
    await expect(page.locator('[data-chart="tone-over-time"] svg').first()).toBeVisible({ timeout: 30_000 });
    await expect(page.locator('[data-chart="tone-over-time"] [data-point]').first()).toBeAttached();
    expect(await violations()).toEqual([]);
  });

  test("an injected inline script does not run", async ({ page }) => {
    const violations = await watchCspViolations(page);
    await page.goto("/methodology");
    // Markup with an inline script, as a stored-XSS would produce: a srcdoc frame inherits the
    // page's policy and parses its script like a page would.
    await page.evaluate(() => document.body.insertAdjacentHTML("beforeend", '<iframe srcdoc="<script>parent.__injected = true</script>"></iframe>'));
    await expect.poll(async () => (await violations()).some((violation) => violation.includes("script-src"))).toBe(true);
    expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
  });
});
