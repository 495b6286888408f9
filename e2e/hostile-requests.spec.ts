import http from "node:http";
import { expect, test } from "@playwright/test";

/** A raw GET with the Host and forwarding headers an attacker (or a cache poisoner) chooses. */
function getWithHeaders(baseURL: string, path: string, headers: Record<string, string>): Promise<{ status: number; headers: http.IncomingHttpHeaders }> {
  const target = new URL(path, baseURL);
  return new Promise((resolve, reject) => {
    const request = http.request({ host: target.hostname, port: target.port, path: target.pathname + target.search, method: "GET", headers }, (response) => {
      response.resume();
      response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers }));
    });
    request.on("error", reject);
    request.end();
  });
}

const HOSTILE = { host: "evil.example", "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" };

test.describe("absolute addresses come from SITE_URL, never from the request's Host", () => {
  for (const path of ["/", "/fr", "/trends", "/fr/methodology", "/en/trends", "/statements/new", "/fr/statements/new"]) {
    test(`GET ${path} with a forged Host and X-Forwarded-Host`, async ({ baseURL }) => {
      const response = await getWithHeaders(baseURL!, path, HOSTILE);
      expect(response.status).toBeLessThan(500);
      const echoed = Object.entries(response.headers).filter(([, value]) => String(value).includes("evil.example"));
      expect(echoed).toEqual([]);
      if (response.headers.location) expect(new URL(response.headers.location, baseURL).origin).toBe(new URL(baseURL!).origin);
    });
  }
});

test("a crafted ?saved= link puts no words of its own on the history page", async ({ page, request }) => {
  const { data } = (await (await request.get("/api/statements?limit=1")).json()) as { data: { slug: string }[] };
  const slug = data[0]!.slug;
  await page.goto(`/statements/${slug}/history?saved=${encodeURIComponent("Your account is locked: call +1 555 0100")}`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "locked" })).toHaveCount(0);
  await expect(page.getByText("Your account is locked")).toHaveCount(0);
});

test.describe("a form or server action posted from another site", () => {
  for (const origin of ["https://evil.example", "null", "http://127.0.0.1.evil.example"]) {
    test(`is refused with 403, not a server error (Origin: ${origin})`, async ({ request }) => {
      for (const path of ["/sign-in", "/statements/new", "/fr/trends"]) {
        const response = await request.post(path, {
          headers: { origin, "next-action": "0".repeat(40), "content-type": "text/plain;charset=UTF-8", accept: "text/x-component" },
          data: "[]",
          maxRedirects: 0,
        });
        expect(response.status(), path).toBe(403);
        expect(response.headers()["cache-control"]).toBe("no-store");
      }
    });
  }

  test("a post from this site itself still reaches the page (the guard only refuses other origins)", async ({ request, baseURL }) => {
    const response = await request.post("/fr/trends", {
      headers: { origin: new URL(baseURL!).origin, "content-type": "application/x-www-form-urlencoded" },
      data: "a=1",
      maxRedirects: 0,
    });
    expect(response.status()).not.toBe(403);
    expect(response.status()).toBeLessThan(500);
  });
});
