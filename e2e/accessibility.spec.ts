import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, hasHorizontalScroll } from "./axe";

const PAGES = [
  ["timeline", "/"],
  ["filtered timeline", "/?q=adversary&tone=2,3"],
  ["invalid filter", "/?tone=6"],
  ["statement", "/statements/2024-07-10-baonghean-declaration-decisive-role"],
  ["source with text", "/sources/agora24-2021-09-stoltenberg-wang-yi"],
  ["unknown statement", "/statements/2099-01-01-no-such-statement"],
] as const;

for (const scheme of ["light", "dark"] as const) {
  test.describe(`${scheme} mode`, () => {
    test.use({ colorScheme: scheme });
    for (const [name, path] of PAGES) {
      test(`axe finds no violations on the ${name} page`, async ({ page }) => {
        await page.goto(path);
        await expectNoAxeViolations(page);
      });
    }
  });
}

test.describe("375 px wide", () => {
  test.use({ viewport: { width: 375, height: 812 } });
  for (const [name, path] of PAGES) {
    test(`the ${name} page has no horizontal scroll`, async ({ page }) => {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      expect(await hasHorizontalScroll(page)).toBe(false);
    });
  }
});

test("the timeline can be used from the keyboard with a visible focus", async ({ page }) => {
  await page.goto("/");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press("Enter");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  const focused = page.locator(":focus");
  await expect(focused).toBeVisible();
  const outline = await focused.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe("none");
});
