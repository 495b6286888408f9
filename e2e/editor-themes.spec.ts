import { expect, newClient, test, uniqueId } from "./support/fixtures";

// Each test makes its users with the user:* scripts (a few seconds each) before using the browser.
test.describe.configure({ timeout: 60_000 });

test("an editor creates a theme and can pick it on a statement; visitors are sent to sign in", async ({ browser, editorPage: page }) => {
  const name = `Semiconductors ${uniqueId()}`;
  const slug = name.toLowerCase().replace(/\s+/g, "-");
  await page.goto("/themes/new");
  await page.getByLabel("Slug", { exact: true }).fill("Not A Slug");
  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByRole("button", { name: "Create theme" }).click();
  await expect(page.locator("#slug-error")).toHaveText("Slug must be lower-case words joined by hyphens");
  await expect(page.getByLabel("Name", { exact: true })).toHaveValue(name);

  await page.getByLabel("Slug", { exact: true }).fill(slug);
  await page.getByRole("button", { name: "Create theme" }).click();
  await expect(page.getByRole("status")).toContainText(`Theme “${name}” created.`);

  await page.goto("/statements/new");
  await expect(page.getByLabel(name, { exact: true })).toBeVisible();

  const { context, page: visitor } = await newClient(browser);
  await visitor.goto("/themes/new");
  await expect(visitor).toHaveURL(/\/sign-in\?next=%2Fthemes%2Fnew/);
  await context.close();
});
