import { expect, test } from "./support/fixtures";

// The sign-out button loads the auth client only when clicked (it sits in every page's header).
test("an editor signs out from the header and is a reader again", async ({ editorPage: page }) => {
  await page.goto("/");
  const editorNav = page.getByRole("navigation", { name: "Editor" });
  await expect(editorNav.getByRole("link", { name: "New statement" })).toBeVisible();
  await editorNav.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole("navigation", { name: "Editor" })).toHaveCount(0);
  await page.goto("/statements/new");
  await expect(page).toHaveURL(/\/sign-in/);
});
