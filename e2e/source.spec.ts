import { expect, test } from "@playwright/test";
import { createPrismaClient } from "../lib/db/create-client";
import { parseDatabaseUrl } from "../lib/db/database-url";
import { buildSearchText } from "../lib/statements/search-text";

test("a stored article shows each French quote marked in place, linking to its statement", async ({ page }) => {
  await page.goto("/sources/baonghean-2024-07-11-otan-message-russie-chine");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("L'OTAN envoie un message à la Russie et à la Chine");
  const text = page.getByRole("region", { name: "Full text" });
  await expect(text.locator('[lang="fr"]')).toBeVisible();
  const marks = text.locator("mark");
  await expect(marks).toHaveCount(3);
  await expect(marks.first()).toContainText("la Chine joue désormais un rôle décisif");
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
  // A fixture of its own: a source and a paraphrased quote that the stored text does not contain.
  // Kept out of every filtered count in filters.spec.ts (2020, German, interview, tone 3, government).
  const db = createPrismaClient(parseDatabaseUrl(process.env.E2E_DATABASE_URL));
  const statement = {
    title: "E2E fixture: a paraphrase",
    quote: "Dieser Satz steht so nicht im Text.",
    translation: "This sentence is not in the text as such.",
    summary: null,
    speaker: "E2E Fixture Speaker",
    body: null,
  };
  try {
    await db.source.upsert({
      where: { id: "e2e-fixture-paraphrased-source" },
      update: {},
      create: { id: "e2e-fixture-paraphrased-source", title: "E2E fixture source", outlet: "E2E", language: "de", kind: "GOVERNMENT", fullText: "Dieser Satz steht anders im Text." },
    });
    await db.statement.upsert({
      where: { slug: "2020-05-01-e2e-fixture-paraphrase" },
      update: {},
      create: {
        ...statement,
        slug: "2020-05-01-e2e-fixture-paraphrase",
        date: new Date("2020-05-01T00:00:00Z"),
        documentType: "INTERVIEW",
        language: "de",
        toneLevel: 3,
        verification: "UNVERIFIED",
        status: "PUBLISHED",
        searchText: buildSearchText(statement),
        sourceId: "e2e-fixture-paraphrased-source",
      },
    });
  } finally {
    await db.$disconnect();
  }

  await page.goto("/sources/e2e-fixture-paraphrased-source");
  await expect(page.getByRole("listitem").filter({ hasText: "E2E fixture: a paraphrase" })).toContainText("Quote not found verbatim in the stored text");
  await expect(page.getByRole("region", { name: "Full text" }).locator("mark")).toHaveCount(0);
});

test("an unknown source is a 404", async ({ page }) => {
  const response = await page.goto("/sources/no-such-source");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Source not found" })).toBeVisible();
});
