import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { publishedStatements as published } from "./seed-data";

const years = (list: { date: string }[]) => new Set(list.map((statement) => statement.date.slice(0, 4)));

test.describe("/trends", () => {
  // The charts' script loads after hydration; on a loaded two-core machine that can take many seconds.
  test.describe.configure({ timeout: 90_000 });

  test("the text summaries and data tables are in the server's HTML, before any chart loads", async ({ request }) => {
    const html = await (await request.get("/trends")).text();
    expect(html).toContain(`${published.length} statements from 2017 to 2024`);
    expect(html).toContain('data-table="tone-over-time"');
    expect(html).toContain('data-table="statements-per-year"');
    expect(html).not.toContain('data-point="');
  });

  test("tone over time: a point per statement, a yearly average, labelled milestones, tooltips naming the statement", async ({ page }) => {
    await page.goto("/trends");
    const chart = page.locator('[data-chart="tone-over-time"]');
    // The charts load after the page's text, in their own script.
    await expect(chart.locator("svg").first()).toBeVisible({ timeout: 30_000 });
    await expect(chart.locator("[data-point]")).toHaveCount(published.length);
    const yearsMentioningChina = years(published.filter((statement) => statement.toneLevel > 0));
    await expect(chart.locator("[data-average-point]")).toHaveCount(yearsMentioningChina.size);
    await expect(chart.locator("[data-milestone]")).toHaveCount(6);
    await expect(chart.locator('[data-milestone="washington-summit-2024"]')).toHaveText("Washington Summit");

    await chart.locator('[data-point="2019-12-04-london-declaration-opportunities-and-challenges"] circle').hover({ timeout: 30_000 });
    await expect(page.getByText(published.find((statement) => statement.slug === "2019-12-04-london-declaration-opportunities-and-challenges")!.title).first()).toBeVisible();
  });

  test("clicking a point opens the timeline filtered to its day", async ({ page }) => {
    await page.goto("/trends");
    await page.locator('[data-point="2021-06-14-brussels-communique-systemic-challenges"] circle').click({ timeout: 30_000 });
    await expect(page).toHaveURL(/\/\?from=2021-06-14&to=2021-06-14$/);
  });

  test("statements per year: one bar segment per year and tone level used; clicking one filters the timeline", async ({ page }) => {
    await page.goto("/trends");
    const chart = page.locator('[data-chart="statements-per-year"]');
    const segments = new Set(published.map((statement) => `${statement.date.slice(0, 4)}-${statement.toneLevel}`));
    await expect(chart.locator("[data-bar]")).toHaveCount(segments.size, { timeout: 30_000 });
    await chart.locator('[data-bar="2024-5"] rect').click();
    await expect(page).toHaveURL(/\/\?from=2024&to=2024&tone=5$/);
  });

  test("key phrases: 'not an adversary' persists while 'systemic challenges' and 'decisive enabler' arrive", async ({ page }) => {
    await page.goto("/trends");
    const chart = page.locator('[data-chart="key-phrases"]');
    await expect(chart.locator("[data-phrase-cell]").first()).toBeVisible({ timeout: 30_000 });
    await expect(chart.getByRole("link", { name: /“decisive enabler” in 2024.*first appearance/ })).toHaveCount(1);
    await expect(chart.getByRole("link", { name: /“systemic challenges” in 2021.*first appearance/ })).toHaveCount(1);
    await expect(chart.getByRole("link", { name: /“not an adversary” in/ })).toHaveCount(2);

    const section = page.locator('[data-section="key-phrases"]');
    await section.getByText("Data table").click();
    const row = section.getByRole("row", { name: /“decisive enabler”/ });
    await expect(row).toContainText("10 July 2024");
  });

  test("every chart has a data table with real rows", async ({ page }) => {
    await page.goto("/trends");
    for (const summary of await page.getByText("Data table").all()) await summary.click();
    await expect(page.locator('[data-table="tone-over-time"] tbody tr')).toHaveCount(published.length);
    await expect(page.locator('[data-table="yearly-average"] tbody tr')).toHaveCount(years(published).size);
    await expect(page.locator('[data-table="statements-per-year"] tbody tr')).toHaveCount(years(published).size);
    await expect(page.locator('[data-table="statements-per-year"]').getByRole("row", { name: /^2017/ })).toContainText("2");
    await expect(page.locator('[data-table="key-phrases"] tbody tr').first()).toContainText("opportunities");
    await expect(page.locator('[data-table="summit-passages"] tbody tr')).toHaveCount(5);
  });

  test("summit texts are compared side by side with added and dropped words marked", async ({ page }) => {
    await page.goto("/trends");
    const columns = page.locator("[data-summit-passages] > li");
    await expect(columns).toHaveCount(5);
    await expect(columns.first()).toContainText("London Leaders' Meeting 2019");
    await expect(columns.last().locator("ins").filter({ hasText: "enabler" })).toHaveCount(1);
    await expect(columns.last().locator("del").first()).toBeAttached();
    // The columns scroll inside their own region; the page itself must not scroll sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
  });

  test("applies the timeline's filters", async ({ page }) => {
    const in2021 = published.filter((statement) => statement.date.startsWith("2021"));
    await page.goto("/trends?from=2021&to=2021");
    await expect(page.locator('[data-section="tone-over-time"] [data-summary]')).toContainText(`${in2021.length} statements from 2021 to 2021`);
    await expect(page.locator('[data-chart="tone-over-time"] [data-point]')).toHaveCount(in2021.length, { timeout: 30_000 });

    await page.goto("/trends?tone=9");
    await expect(page.getByRole("alert").filter({ hasText: "These filters cannot be applied" })).toContainText('tone: "9" is not a tone level');
  });

  for (const colorScheme of ["light", "dark"] as const) {
    test(`has no axe violations (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto("/trends");
      await expect(page.locator('[data-chart="key-phrases"] [data-phrase-cell]').first()).toBeVisible({ timeout: 30_000 });
      for (const summary of await page.getByText("Data table").all()) await summary.click();
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`)).toEqual([]);
    });
  }
});
