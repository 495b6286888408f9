import http from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "@playwright/test";
import { DRAFT_FIXTURE } from "./fixtures/fixture-data";

const SLUG = "2023-11-28-nato-fr-foreign-ministers-china-not-adversary";
const EMBED = `/embed/statements/${SLUG}`;

test("the embed may be framed by any site; every other page refuses framing", async ({ request }) => {
  const embed = await request.get(EMBED);
  expect(embed.status()).toBe(200);
  expect(embed.headers()["content-security-policy"]).toContain("frame-ancestors *");
  expect(embed.headers()["x-frame-options"]).toBeUndefined();
  for (const path of ["/", `/statements/${SLUG}`, "/api", "/api/statements", "/feed.xml", "/trends", "/no-such-page"]) {
    const response = await request.get(path);
    expect(response.headers()["content-security-policy"], path).toContain("frame-ancestors 'none'");
    expect(response.headers()["x-frame-options"], path).toBe("DENY");
  }
  expect((await request.get(`/embed/statements/${DRAFT_FIXTURE.slug}`)).status()).toBe(404);
});

test("a page on another site shows the embed in an iframe, but not the statement page itself", async ({ page, baseURL }) => {
  // A real page on another origin (another port) that frames both addresses. It is served
  // from loopback rather than faked with page.route: Chromium's local network checks block a
  // page it cannot place from framing 127.0.0.1.
  const host = http.createServer((_request, response) => {
    response.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
    response.end(`<!doctype html><title>Blog</title>
      <iframe id="embed" src="${baseURL}${EMBED}" width="560" height="300"></iframe>
      <iframe id="page" src="${baseURL}/statements/${SLUG}" onload="window.pageFrameDone = true"></iframe>`);
  });
  await new Promise<void>((resolve) => host.listen(0, "127.0.0.1", resolve));
  try {
    await page.goto(`http://127.0.0.1:${(host.address() as AddressInfo).port}/`);
    const card = page.frameLocator("#embed");
    await expect(card.locator("blockquote[lang=fr]")).toContainText("La Chine n’est pas notre adversaire");
    await expect(card.getByText("28 November 2023")).toBeVisible();
    await expect(card.getByText(/Tone \d: /)).toBeVisible();
    await expect(card.getByRole("link", { name: /Source and context/ })).toHaveAttribute("href", `${baseURL}/statements/${SLUG}`);

    await page.waitForFunction(() => (window as unknown as { pageFrameDone?: boolean }).pageFrameDone === true);
    const blocked = await (await page.locator("#page").elementHandle())!.contentFrame();
    // Chromium replaces a frame it refuses with its own error page.
    expect(blocked!.url()).toMatch(/^chrome-error:/);
    expect(await blocked!.getByText("Share and cite").count()).toBe(0);
  } finally {
    await new Promise((resolve) => host.close(resolve));
  }
});

test.describe("oEmbed", () => {
  test("a statement page links to its oEmbed in its head", async ({ page, request, baseURL }) => {
    await page.goto(`/statements/${SLUG}`);
    const href = await page.locator('head link[rel="alternate"][type="application/json+oembed"]').getAttribute("href");
    expect(href).toBe(`${baseURL}/api/oembed?url=${encodeURIComponent(`${baseURL}/statements/${SLUG}`)}&format=json`);
    expect((await request.get(href!)).status()).toBe(200);
  });

  test("answers rich JSON whose iframe loads the embed", async ({ request, baseURL }) => {
    const url = `${baseURL}/statements/${SLUG}`;
    const response = await request.get(`/api/oembed?url=${encodeURIComponent(url)}&maxwidth=400`);
    expect(response.status()).toBe(200);
    expect(response.headers()["access-control-allow-origin"]).toBe("*");
    const body = await response.json();
    expect(body).toMatchObject({ version: "1.0", type: "rich", width: 400, height: 300, provider_name: "NATO–China Tracker", provider_url: `${baseURL}/` });
    const src = /src="([^"]+)"/.exec(body.html)?.[1];
    expect(src).toBe(`${baseURL}${EMBED}`);
    expect((await request.get(src!)).status()).toBe(200);
  });

  const refusals: [string, number][] = [
    ["", 400],
    ["?url=nonsense", 400],
    ["?url=PAGE&maxwidth=-1", 400],
    ["?url=PAGE&format=yaml", 400],
    ["?url=PAGE&format=xml", 501],
    ["?url=https%3A%2F%2Felsewhere.example%2Fstatements%2F2023-11-28-x", 404],
    ["?url=BASE%2Fsources%2Fnato", 404],
    [`?url=BASE%2Fstatements%2F${DRAFT_FIXTURE.slug}`, 404],
  ];
  for (const [query, status] of refusals) {
    test(`answers ${status} for ${query || "no url"}`, async ({ request, baseURL }) => {
      const resolved = query.replace("PAGE", encodeURIComponent(`${baseURL}/statements/${SLUG}`)).replace("BASE", encodeURIComponent(baseURL!));
      const response = await request.get(`/api/oembed${resolved}`);
      expect(response.status()).toBe(status);
      expect((await response.json()).error).toMatchObject({ code: expect.any(String), message: expect.any(String) });
    });
  }
});

test.describe("embed code on the statement page", () => {
  test.use({ permissions: ["clipboard-read", "clipboard-write"] });

  test("offers the iframe code and copies it", async ({ page, baseURL }) => {
    await page.goto(`/statements/${SLUG}`);
    await expect(page.getByRole("heading", { level: 2, name: "Embed" })).toBeVisible();
    const code = await page.getByLabel("Embed code").textContent();
    expect(code).toContain(`<iframe src="${baseURL}${EMBED}"`);
    await page.getByRole("button", { name: "Copy embed code" }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);
  });
});
