import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { LEXICON } from "../lib/tone/lexicon";

test("the methodology page lists the whole lexicon with weights, the score bands and the limits", async ({ page }) => {
  await page.goto("/methodology");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("How tone is measured");
  const rows = page.locator("[data-lexicon-entry]");
  await expect(rows).toHaveCount(LEXICON.length);
  await expect(page.locator('[data-lexicon-entry="decisive-enabler"]')).toContainText("+8");
  await expect(page.locator('[data-lexicon-entry="decisive-enabler"]')).toContainText("rôle décisif");
  await expect(page.locator('[data-lexicon-entry="not-an-adversary"]')).toContainText("n’est pas notre adversaire");
  await expect(page.locator('[data-lexicon-entry="constructive-dialogue"]')).toContainText("−3");
  await expect(page.getByRole("table", { name: "Score bands of the automatic reading" }).locator("tbody tr")).toHaveCount(5);
  await expect(page.getByRole("heading", { name: "Limits" })).toBeVisible();
  await expect(page.getByText("China not mentioned").first()).toBeVisible();
});

for (const colorScheme of ["light", "dark"] as const) {
  test(`the methodology page has no axe violations (${colorScheme})`, async ({ page }) => {
    // axe walks every chart node and table cell; on a busy two-core machine that outlasts the default 30 s.
    test.setTimeout(90_000);
    await page.emulateMedia({ colorScheme });
    await page.goto("/methodology");
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`)).toEqual([]);
  });
}
