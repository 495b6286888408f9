import fs from "node:fs/promises";
import { expect, test } from "@playwright/test";

const SLUG = "2023-11-28-nato-fr-foreign-ministers-china-not-adversary";
const PATH = `/statements/${SLUG}`;

test("a permalink opens in a fresh browser context with the full statement", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await page.goto(PATH);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const original = page.locator('blockquote[lang="fr"]');
  await expect(original).toContainText("La Chine n’est pas notre adversaire");
  await expect(original.locator("mark")).toContainText("n’est pas notre adversaire");
  await expect(page.locator('blockquote[lang="en"]')).toBeVisible();
  await expect(page.getByText("Original (French)")).toBeVisible();
  await expect(page.getByText("English translation", { exact: true })).toBeVisible();
  for (const heading of ["Context", "Tone", "Verification", "Source", "Share and cite"]) {
    await expect(page.getByRole("heading", { level: 2, name: heading })).toBeVisible();
  }
  await expect(page.getByText("28 November 2023").first()).toBeVisible();
  await expect(page.getByRole("link", { name: "About this source" })).toHaveAttribute("href", "/sources/nato-fr-2023-11-28-foreign-ministers-meeting");
  await context.close();
});

test("previous, next and related statements link onwards", async ({ page }) => {
  await page.goto("/statements/2022-06-29-strategic-concept-prc-russia-partnership");
  const nav = page.getByRole("navigation", { name: "Previous and next statement" });
  await expect(nav.getByRole("link", { name: /Previous statement/ })).toContainText("2022");
  await nav.getByRole("link", { name: /Next statement/ }).click();
  await expect(page).toHaveURL(/\/statements\/2022-06-29-strategic-concept-subvert-rules-based-order$/);
  const related = page.getByRole("region", { name: "Related statements" });
  await expect(related.getByRole("link").first()).toBeVisible();
});

test.describe("sharing", () => {
  test.use({ permissions: ["clipboard-read", "clipboard-write"] });

  test("Copy link puts the permalink on the clipboard and says so", async ({ page, baseURL }) => {
    await page.goto(PATH);
    await page.getByRole("button", { name: "Copy link" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Copied" })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}${PATH}`);

    await page.getByRole("button", { name: "Copy APA citation" }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^Stoltenberg, J\. \(2023, November 28\)\./);
  });
});

test("Chicago and APA citations are shown ready to copy", async ({ page }) => {
  await page.goto("/statements/2024-07-10-washington-declaration-decisive-enabler");
  await expect(page.getByText(/^NATO Heads of State and Government\. “Washington Declaration.*” Washington Summit Declaration\. NATO, July 10, 2024\. http/)).toBeVisible();
  await expect(page.getByText(/^NATO Heads of State and Government\. \(2024, July 10\)\. Washington Declaration.*\[Declaration\]/)).toBeVisible();
});

test("BibTeX and RIS downloads carry the citation", async ({ page, request }) => {
  await page.goto(PATH);
  const [bib] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: /Download BibTeX/ }).click()]);
  expect(bib.suggestedFilename()).toBe(`${SLUG}.bib`);
  const bibText = await fs.readFile((await bib.path()) as string, "utf8");
  expect(bibText).toMatch(new RegExp(`^@misc\\{${SLUG},`));
  expect(bibText).toContain("author = {Stoltenberg, Jens}");
  expect(bibText).toContain("year = {2023}");

  const [ris] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: /Download RIS/ }).click()]);
  expect(ris.suggestedFilename()).toBe(`${SLUG}.ris`);
  const risText = await fs.readFile((await ris.path()) as string, "utf8");
  expect(risText).toMatch(/^TY {2}- PRESS\r\nAU {2}- Stoltenberg, Jens\r\n/);
  expect(risText).toContain("DA  - 2023/11/28\r\n");
  expect(risText.endsWith("ER  - \r\n")).toBe(true);

  const bibResponse = await request.get(`${PATH}/cite.bib`);
  expect(bibResponse.headers()["content-type"]).toBe("application/x-bibtex; charset=utf-8");
  expect(bibResponse.headers()["content-disposition"]).toBe(`attachment; filename="${SLUG}.bib"`);
  const risResponse = await request.get(`${PATH}/cite.ris`);
  expect(risResponse.headers()["content-type"]).toBe("application/x-research-info-systems; charset=utf-8");
  expect((await request.get("/statements/2099-01-01-no-such-statement/cite.bib")).status()).toBe(404);
});

test("link previews: title, description, canonical, Open Graph, Twitter, JSON-LD and a PNG image", async ({ page, request }) => {
  const slug = "2024-07-10-washington-declaration-decisive-enabler";
  await page.goto(`/statements/${slug}`);
  const head = page.locator("head");
  await expect(page).toHaveTitle(/^Washington Declaration: .* · NATO–China Tracker$/);
  await expect(head.locator('link[rel="canonical"]')).toHaveAttribute("href", new RegExp(`^https?://[^/]+/statements/${slug}$`));
  await expect(head.locator('meta[name="description"]')).toHaveAttribute("content", /^Heads of State and Government, 10 July 2024: “/);
  await expect(head.locator('meta[property="og:title"]')).toHaveAttribute("content", /^Washington Declaration/);
  await expect(head.locator('meta[property="og:type"]')).toHaveAttribute("content", "article");
  await expect(head.locator('meta[name="twitter:card"]')).toHaveAttribute("content", "summary_large_image");
  await expect(head.locator('meta[name="twitter:image"]')).toHaveAttribute("content", /opengraph-image/);

  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "{}");
  expect(jsonLd).toMatchObject({ "@type": "Quotation", dateCreated: "2024-07-10", isPartOf: { name: "Washington Summit Declaration" } });

  const ogImage = await head.locator('meta[property="og:image"]').getAttribute("content");
  expect(ogImage).toMatch(new RegExp(`/statements/${slug}/opengraph-image`));
  const url = new URL(ogImage as string);
  const image = await request.get(url.pathname + url.search);
  expect(image.status()).toBe(200);
  expect(image.headers()["content-type"]).toBe("image/png");
  expect((await image.body()).subarray(1, 4).toString()).toBe("PNG");
});

test("an unknown slug is a real 404 with a way back", async ({ page }) => {
  const response = await page.goto("/statements/2099-01-01-no-such-statement");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Statement not found" })).toBeVisible();
  await page.getByRole("link", { name: "Back to the timeline" }).click();
  await expect(page).toHaveURL(/\/$/);
});

test("the tone reading highlights its phrases in the quote and sits beside the editor's level", async ({ page }) => {
  await page.goto("/statements/2024-07-10-washington-declaration-decisive-enabler");
  const quote = page.locator('blockquote[lang="en"]');
  await expect(quote.locator("mark", { hasText: "decisive enabler" })).toBeVisible();
  const reading = page.getByRole("region", { name: "Tone reading" });
  await expect(reading.getByText("Editor’s level")).toBeVisible();
  await expect(reading.getByText(/^Suggested level/)).toBeVisible();
  await expect(reading.getByRole("listitem").filter({ hasText: "decisive enabler" })).toBeVisible();
  await expect(reading.getByText("Disagreement:")).toHaveCount(0);
});

test("a reading more than one level from the editor's is flagged", async ({ page }) => {
  await page.goto("/statements/2024-07-10-baonghean-stoltenberg-strongest-message");
  await expect(page.getByRole("region", { name: "Tone reading" }).getByRole("note")).toContainText("Disagreement");
});
