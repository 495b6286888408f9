import { expect, test } from "@playwright/test";

test("the home page lists seeded statements from 2017 through 2024", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("NATO on China");
  await expect(page.getByRole("heading", { level: 2, name: "2017" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "2024" })).toBeVisible();

  const year2017 = page.getByRole("region", { name: "2017" });
  await expect(year2017.getByText("China not mentioned").first()).toBeVisible();

  const year2024 = page.getByRole("region", { name: "2024" });
  await expect(year2024.locator("blockquote").getByText(/decisive enabler of Russia's war against Ukraine/)).toBeVisible();
});
