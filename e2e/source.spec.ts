import { expect, test } from "@playwright/test";

test("a stored article shows each French quote marked in place, linking to its statement", async ({ page }) => {
  await page.goto("/sources/baonghean-2024-07-11-otan-message-russie-chine");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("L'OTAN envoie un message à la Russie et à la Chine");
  const text = page.getByRole("region", { name: "Full text" });
  await expect(text.locator('[lang="fr"]')).toBeVisible();
  const marks = text.locator("mark");
  await expect(marks).toHaveCount(3);
  for (const quoted of ["la Chine joue désormais un rôle décisif", "Le message d’aujourd’hui est le plus fort", "restait prête à s’engager de manière constructive"]) {
    await expect(marks.filter({ hasText: quoted })).toHaveCount(1);
  }
  await expect(page.getByText("Quote not found verbatim")).toHaveCount(0);

  await marks.getByRole("link").filter({ hasText: "Le message d’aujourd’hui est le plus fort" }).click();
  await expect(page).toHaveURL(/\/statements\/2024-07-10-baonghean-stoltenberg-strongest-message$/);
});

test("every seed article 000–004 stores its text, with its quotes marked", async ({ page }) => {
  const expected: [string, number][] = [
    ["agora24-2021-09-stoltenberg-wang-yi", 2],
    ["press-agency-2022-04-stoltenberg-asia-pacific-partners", 2],
    ["baonghean-2024-07-11-otan-message-russie-chine", 3],
    ["nato-fr-2017-09-21-sg-un-general-assembly-new-york", 0],
    ["nato-fr-2023-11-28-foreign-ministers-meeting", 2],
  ];
  for (const [id, marks] of expected) {
    await page.goto(`/sources/${id}`);
    const text = page.getByRole("region", { name: "Full text" });
    await expect(text).toBeVisible();
    await expect(text.locator("mark")).toHaveCount(marks);
  }
});

test("a quote that is not verbatim in the stored text is flagged", async ({ page }) => {
  // Data of its own (e2e/fixtures/paraphrased-quote.ts), kept out of every filtered count in
  // filters.spec.ts (2020, German, interview, tone 3, government source).
  await page.goto("/sources/e2e-fixture-paraphrased-source");
  await expect(page.getByRole("listitem").filter({ hasText: "E2E fixture: a paraphrase" })).toContainText("Quote not found verbatim in the stored text");
  await expect(page.getByRole("region", { name: "Full text" }).locator("mark")).toHaveCount(0);
});

test("an unknown source is a 404", async ({ page }) => {
  const response = await page.goto("/sources/no-such-source");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Source not found" })).toBeVisible();
});
