import { expect, test } from "./support/fixtures";

/**
 * Public pages are meant to become cacheable by a CDN; a response that depends on who is signed
 * in must never be. Every page an editor can load is checked here with the editor's session: its
 * Cache-Control forbids shared caches (private or no-store), and so does every response that sets
 * a cookie.
 */
const PAGES = ["/", "/fr", "/trends", "/methodology", "/api", "/statements/new", "/fr/statements/new"];

function forbidsSharedCaches(cacheControl: string | undefined): boolean {
  return /\b(private|no-store)\b/.test(cacheControl ?? "");
}

test("no response to a signed-in editor can be stored by a shared cache", async ({ editorPage: page }) => {
  const { data } = (await (await page.request.get("/api/statements?limit=1")).json()) as { data: { slug: string }[] };
  const slug = data[0]!.slug;
  for (const path of [...PAGES, `/statements/${slug}`, `/statements/${slug}/history`, `/statements/${slug}/edit`, "/api/auth/get-session"]) {
    const response = await page.request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBeLessThan(400);
    expect(forbidsSharedCaches(response.headers()["cache-control"]), `${path}: ${response.headers()["cache-control"]}`).toBe(true);
  }
});

test("the sign-in and sign-out responses, which set the session cookie, forbid shared caches", async ({ editorPage: page }) => {
  const signOut = await page.request.post("/api/auth/sign-out", { headers: { origin: new URL(page.url()).origin }, data: {} });
  expect(signOut.headers()["set-cookie"]).toBeTruthy();
  expect(forbidsSharedCaches(signOut.headers()["cache-control"]), signOut.headers()["cache-control"]).toBe(true);
});
