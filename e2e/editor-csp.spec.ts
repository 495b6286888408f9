import { watchCspViolations } from "./support/csp";
import { expect, test, uniqueId } from "./support/fixtures";

test("the editor's forms load and save (server actions) with no CSP violation", async ({ editorPage: page }) => {
  const violations = await watchCspViolations(page);
  await page.goto("/statements/new");
  await expect(page.getByLabel("Title", { exact: true })).toBeVisible();

  const name = `Export controls ${uniqueId()}`;
  await page.goto("/themes/new");
  await page.getByLabel("Slug", { exact: true }).fill(name.toLowerCase().replace(/\s+/g, "-"));
  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByRole("button", { name: "Create theme" }).click();
  // The confirmation is the server action's answer rendered by the client: both ran under the policy.
  await expect(page.getByRole("status")).toContainText(`Theme “${name}” created.`);
  expect(await violations()).toEqual([]);
});
