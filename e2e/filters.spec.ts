import { expect, test, type Page } from "@playwright/test";

const count = (page: Page) => page.getByText(/^\d+ statements? match(es)? these filters$/);
const cardTitles = (page: Page) => page.getByRole("article").getByRole("heading", { level: 3 });

// Expected counts come from seeds/statements.json; each filter excludes the fixture statement
// that e2e/source.spec.ts may add (2020, German, interview, tone 3, government source).
test.describe("each filter parameter", () => {
  const cases: [string, number, RegExp][] = [
    ["q=adversary", 6, /not our adversary/i],
    ["from=2023", 11, /Vilnius/],
    ["to=2018", 3, /Brussels Summit Declaration: no mention of China/],
    ["tone=none", 3, /not mentioned/i],
    ["tone=5", 3, /decisive enabler/],
    ["type=strategic-concept", 3, /Strategic Concept/],
    ["speaker=Heads%20of%20State%20and%20Government", 13, /Brussels Communiqué|Brussels Summit Communiqué|London Declaration/],
    ["theme=russia-ukraine", 6, /Russia/],
    ["source=press", 7, /AGORA 24|Báo Nghệ An|agency/i],
    ["lang=fr", 10, /AGORA 24/],
  ];
  for (const [query, expected, title] of cases) {
    test(query, async ({ page }) => {
      await page.goto(`/?${query}`);
      await expect(count(page)).toHaveText(`${expected} statements match these filters`);
      await expect(cardTitles(page)).toHaveCount(expected);
      await expect(cardTitles(page).filter({ hasText: title }).first()).toBeVisible();
    });
  }

  test("combined: French quotes at tone 5 from 2024", async ({ page }) => {
    await page.goto("/?from=2024&tone=5&lang=fr");
    await expect(count(page)).toHaveText("2 statements match these filters");
    await expect(cardTitles(page)).toHaveText([/Báo Nghệ An|decisive role/i, /strongest message/i]);
  });
});

test("choosing filters in the form updates the URL and the results", async ({ page }) => {
  await page.goto("/");
  await page.getByText("Tone, type, speaker, theme, source and language").click();
  await page.getByRole("checkbox", { name: "5 · Threat / enabler" }).check();
  await expect(page).toHaveURL(/\/\?tone=5$/);
  await expect(count(page)).toHaveText("3 statements match these filters");

  await page.getByRole("group", { name: "Language of the quote" }).getByRole("checkbox", { name: "French" }).check();
  await expect(page).toHaveURL(/\/\?tone=5&lang=fr$/);
  await expect(count(page)).toHaveText("2 statements match these filters");

  await page.getByRole("combobox", { name: "Speaker or body" }).selectOption("Jens Stoltenberg");
  await expect(page).toHaveURL(/\/\?tone=5&speaker=Jens%20Stoltenberg&lang=fr$/);
  await expect(count(page)).toHaveText("1 statement matches these filters");

  await page.getByRole("searchbox", { name: "Search" }).fill("message");
  await page.getByRole("searchbox", { name: "Search" }).press("Enter");
  await expect(page).toHaveURL(/\/\?q=message&tone=5&speaker=Jens%20Stoltenberg&lang=fr$/);
  await page.getByRole("textbox", { name: "From", exact: true }).fill("2024");
  await page.getByRole("textbox", { name: "To", exact: true }).fill("2024");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/\/\?q=message&from=2024&to=2024&tone=5&speaker=Jens%20Stoltenberg&lang=fr$/);
  await expect(cardTitles(page)).toHaveCount(1);

  await page.getByRole("combobox", { name: "Order" }).selectOption("desc");
  await expect(page).toHaveURL(/&sort=desc$/);
});

test("search marks the matching words, ignoring accents", async ({ page }) => {
  await page.goto("/?q=decisif");
  await expect(count(page)).toHaveText("1 statement matches these filters");
  const card = page.getByRole("article");
  await expect(card.locator("blockquote mark")).toHaveText(["décisif"]);

  await page.goto("/?q=adversary");
  await expect(page.locator("article mark").first()).toHaveText(/adversary/i);
  await expect(page.locator("article h3 mark").first()).toBeVisible();
});

test("Back and Forward restore each filtered view", async ({ page }) => {
  await page.goto("/");
  await page.getByText("Tone, type, speaker, theme, source and language").click();
  const tone5 = page.getByRole("checkbox", { name: "5 · Threat / enabler" });
  const french = page.getByRole("group", { name: "Language of the quote" }).getByRole("checkbox", { name: "French" });
  await tone5.check();
  await expect(count(page)).toHaveText("3 statements match these filters");
  await french.check();
  await expect(count(page)).toHaveText("2 statements match these filters");

  await page.goBack();
  await expect(page).toHaveURL(/\/\?tone=5$/);
  await expect(count(page)).toHaveText("3 statements match these filters");
  await expect(tone5).toBeChecked();
  await expect(french).not.toBeChecked();

  await page.goBack();
  await expect(page).toHaveURL(/\/$/);
  await expect(tone5).not.toBeChecked();

  await page.goForward();
  await page.goForward();
  await expect(page).toHaveURL(/\/\?tone=5&lang=fr$/);
  await expect(count(page)).toHaveText("2 statements match these filters");
  await expect(french).toBeChecked();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the form still filters, sending one value per checkbox", async ({ page }) => {
    await page.goto("/?tone=4");
    await page.getByRole("checkbox", { name: "5 · Threat / enabler" }).check();
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/tone=4&tone=5/);
    await expect(count(page)).toHaveText("11 statements match these filters");
  });
});

test("an invalid parameter is named, not a server error", async ({ page }) => {
  const response = await page.goto("/?tone=6");
  expect(response?.status()).toBeLessThan(500);
  const alert = page.getByRole("alert").filter({ hasText: "parameter is not valid" });
  await expect(alert).toContainText("The tone parameter is not valid");
  await expect(alert).toContainText('"6" is not a tone level');

  await page.goto("/?from=2023&to=2021");
  await expect(page.getByRole("alert").filter({ hasText: "parameter" })).toContainText("The from parameter is not valid");
  await page.goto("/?after=nonsense");
  await expect(page.getByRole("alert").filter({ hasText: "parameter" })).toContainText("The after parameter is not valid");
});

test("no match shows an empty state whose reset link clears the filters", async ({ page }) => {
  await page.goto("/?q=xylophone");
  await expect(page.getByRole("heading", { name: "No statements match these filters" })).toBeVisible();
  await page.getByRole("main").getByRole("link", { name: "Reset all filters" }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole("heading", { level: 2, name: "2017" })).toBeVisible();
});
