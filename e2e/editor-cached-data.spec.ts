import { expect, test, uniqueId } from "./support/fixtures";
import { fillStatementForm } from "./support/statement-form";

// The timeline's total and the filter form's choices are cached per server (lib/cache); an
// editor's save must still show in them on the very next visit.

async function publishedTotal(page: import("@playwright/test").Page): Promise<number> {
  const text = await page.getByText(/^\d+ statements?$/).textContent();
  return Number(text!.split(" ")[0]);
}

test("a published statement shows at once in the timeline's total and the speaker choices", async ({ editorPage: page }) => {
  const id = uniqueId();
  const speaker = `Cache Probe ${id}`;

  await page.goto("/");
  const before = await publishedTotal(page);
  const speakerChoice = page.locator('select[name="speaker"] option', { hasText: speaker });
  await expect(speakerChoice).toHaveCount(0);

  await page.goto("/statements/new");
  await fillStatementForm(page, {
    date: "2024-07-12",
    slug: `2024-07-12-cache-${id}`,
    title: `Cached data probe ${id}`,
    quote: `China is a decisive enabler ${id}.`,
    documentType: "Press conference",
    toneLevel: "5 — Threat / enabler",
    verification: "Unverified",
    status: "Published",
    source: "NATO: Brussels Summit Declaration",
  });
  await page.getByLabel("Speaker", { exact: true }).fill(speaker);
  await page.getByRole("button", { name: "Create statement" }).click();
  await expect(page).toHaveURL(`/statements/2024-07-12-cache-${id}/history?saved=1`);

  await page.goto("/");
  // Other editor tests publish in parallel, so the total grows by at least this one.
  expect(await publishedTotal(page)).toBeGreaterThan(before);
  await expect(speakerChoice).toHaveCount(1);
});
