import { XMLParser } from "fast-xml-parser";
import { watchCspViolations } from "./support/csp";
import { expect, test, uniqueId } from "./support/fixtures";
import { fillStatementForm } from "./support/statement-form";

/**
 * Stored text is shown as text, never run as HTML: a statement whose fields hold markup is saved
 * through the real form and read back on every page and format that shows it.
 */
test("markup typed into a statement is shown literally everywhere and never runs", async ({ editorPage: page }) => {
  const id = uniqueId();
  const title = `<script>window.__xss = "title"</script> Title ${id}`;
  const quote = `<img src=x onerror="window.__xss = 'quote'"> China ${id} </blockquote><b id="injected-${id}">bold</b>`;
  const summary = `"><svg onload="window.__xss = 'summary'"></svg> ' OR 1=1 -- ${id}`;
  const slug = `2024-07-12-stored-text-${id}`;

  const dialogs: string[] = [];
  page.on("dialog", async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  const violations = await watchCspViolations(page);

  await fillStatementForm(page, {
    date: "2024-07-12",
    slug,
    title,
    quote,
    documentType: "Press conference",
    toneLevel: "5 — Threat / enabler",
    verification: "Unverified",
    status: "Published",
    source: "NATO: Brussels Summit Declaration",
  });
  await page.getByLabel("Summary", { exact: true }).fill(summary);
  await page.getByRole("button", { name: "Create statement" }).click();
  await expect(page).toHaveURL(`/statements/${slug}/history?saved=1`);

  async function expectLiteral(path: string, texts: string[]) {
    await page.goto(path);
    for (const text of texts) await expect(page.getByText(text, { exact: false }).first(), `${path}: ${text}`).toBeVisible();
    await expect(page.locator(`#injected-${id}`)).toHaveCount(0);
    await expect(page.locator('img[src="x"], svg[onload]')).toHaveCount(0);
    expect(await page.evaluate(() => (window as unknown as { __xss?: string }).__xss), path).toBeUndefined();
  }

  await expectLiteral(`/statements/${slug}`, [title, quote.trim(), summary]);
  // The timeline highlights search words inside the text: the highlighting must not open markup.
  await expectLiteral(`/?q=${id}`, [title]);
  await expect(page.locator("mark").first()).toBeVisible();
  await expectLiteral(`/statements/${slug}/history`, [title]);
  await expectLiteral(`/embed/statements/${slug}`, [title, quote.trim()]);
  expect(dialogs).toEqual([]);
  expect(await violations()).toEqual([]);

  // The downloads carry the exact text; the feed's HTML content has it escaped, so readers show it as text.
  const json = (await (await page.request.get(`/api/statements/export.json?q=${id}`)).json()) as { data: { title: string; quote: string }[] };
  expect(json.data.map((row) => [row.title, row.quote])).toEqual([[title, quote.trim()]]);
  const csv = await (await page.request.get(`/api/statements/export.csv?q=${id}`)).text();
  expect(csv).toContain(`"${quote.trim().replaceAll('"', '""')}"`);
  const feed = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === "entry" }).parse(await (await page.request.get("/feed.xml")).text());
  const entry = (feed.feed.entry as { title: string | { "#text": string }; content: string | { "#text": string } }[]).find((e) => JSON.stringify(e.title).includes(id))!;
  const content = typeof entry.content === "string" ? entry.content : entry.content["#text"];
  expect(content).toContain(`&lt;img src=x onerror=&quot;window.__xss = &#39;quote&#39;&quot;&gt;`);
  expect(content).not.toMatch(/<img|<b id|<script/);
});
