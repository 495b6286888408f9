import { expect, test } from "@playwright/test";

test("the home page is a timeline from 2017 through 2024 with milestones and 'not mentioned' data points", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("NATO on China");
  await expect(page.getByRole("heading", { level: 2, name: "2017" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "2024" })).toBeVisible();

  const year2017 = page.getByRole("region", { name: "2017" });
  await expect(year2017.getByText("China not mentioned").first()).toBeVisible();
  await expect(year2017.getByText(/NATO's French news page on Jens Stoltenberg's meetings/)).toBeVisible();

  const year2024 = page.getByRole("region", { name: "2024" });
  await expect(year2024.locator("blockquote").getByText(/decisive enabler of Russia's war against Ukraine/)).toBeVisible();

  // The London milestone stands just before what was said in London.
  const year2019 = page.getByRole("region", { name: "2019" });
  const items = year2019.locator(":scope > ol > li");
  await expect(items.first()).toContainText("London Leaders' Meeting");
  await expect(items.nth(1)).toContainText(/London Declaration|Stoltenberg/);
  for (const milestone of ["Brussels Summit", "Russia's full-scale invasion of Ukraine", "Madrid Summit and 2022 Strategic Concept", "Vilnius Summit", "Washington Summit"]) {
    await expect(page.getByText(new RegExp(`— ${milestone.replace(/[()]/g, "\\$&")}$`))).toBeVisible();
  }
});

test("oldest first by default, newest first with sort=desc", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 2 }).filter({ hasText: /^20\d\d$/ }).first()).toHaveText("2017");
  await page.goto("/?sort=desc");
  await expect(page.getByRole("heading", { level: 2 }).filter({ hasText: /^20\d\d$/ }).first()).toHaveText("2024");
  await expect(page.getByRole("combobox", { name: "Order" })).toHaveValue("desc");
});
