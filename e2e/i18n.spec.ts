import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";

const FRENCH_QUOTE = "/statements/2023-11-28-nato-fr-foreign-ministers-china-not-adversary";
const ENGLISH_QUOTE = "/statements/2024-07-10-washington-declaration-decisive-enabler";

/** A message key shown instead of its text ("timeline.count"): next-intl's fallback when a message is missing. */
const RAW_KEY = /\b(?:common|timeline|statement|trends|methodology|labels|errors|api|sources|editor|auth)\.[a-z][A-Za-z0-9]*(?:\.[A-Za-z0-9]+)*\b/;

async function expectNoMissingMessages(page: Page) {
  expect(await page.locator("body").innerText()).not.toMatch(RAW_KEY);
}

async function expectLanguageAlternates(page: Page, englishPath: string) {
  const head = page.locator("head");
  await expect(head.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute("href", new RegExp(`^https?://[^/]+${englishPath === "/" ? "/?" : englishPath}$`));
  await expect(head.locator('link[rel="alternate"][hreflang="fr"]')).toHaveAttribute("href", new RegExp(`^https?://[^/]+/fr${englishPath === "/" ? "" : englishPath}$`));
  await expect(head.locator('link[rel="alternate"][hreflang="x-default"]')).toHaveCount(1);
}

test("the French timeline at /fr has French chrome, French dates and both languages' alternates", async ({ page }) => {
  await page.goto("/fr");
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("L'OTAN et la Chine, 2017–2024");
  await expect(page.getByRole("link", { name: "Aller au contenu" })).toHaveCount(1);
  await expect(page.getByRole("navigation", { name: "Navigation principale" }).getByRole("link", { name: "Tendances" })).toHaveAttribute("href", "/fr/trends");
  await expect(page.getByText(/^\d+ déclarations$/)).toBeVisible();
  await expect(page.locator("time", { hasText: "10 juillet 2024" }).first()).toBeVisible();
  await expect(page.locator("article").getByText("Chine non mentionnée").first()).toBeVisible();
  // Data is never translated: the 2024 quote stays in the words NATO published.
  await expect(page.locator("blockquote").getByText(/decisive enabler of Russia's war against Ukraine/)).toBeVisible();
  await expectLanguageAlternates(page, "/");
  await expectNoMissingMessages(page);
});

test("filters work under /fr and the URL reflects them", async ({ page }) => {
  await page.goto("/fr");
  await page.getByText("Ton, type, orateur, thème, source et langue").click();
  await page.getByRole("checkbox", { name: "5 · Menace / soutien décisif" }).check();
  await expect(page).toHaveURL(/\/fr\?tone=5$/);
  await expect(page.getByText("3 déclarations correspondent à ces filtres")).toBeVisible();
  await page.getByRole("group", { name: "Langue de la citation" }).getByRole("checkbox", { name: "Français" }).check();
  await expect(page).toHaveURL(/\/fr\?tone=5&lang=fr$/);
  await expect(page.getByText("2 déclarations correspondent à ces filtres")).toBeVisible();
  await page.getByRole("link", { name: "Réinitialiser les filtres" }).click();
  await expect(page).toHaveURL(/\/fr$/);
});

test("an invalid filter under /fr is explained in French, with the parser's own words marked as English", async ({ page }) => {
  await page.goto("/fr?tone=6");
  const alert = page.getByRole("alert").filter({ hasText: "paramètre" });
  await expect(alert).toContainText("Le paramètre tone n'est pas valide");
  await expect(alert).toContainText("Indiquez des niveaux de ton de 1 à 5");
  await expect(alert.locator('[lang="en"]')).toContainText('"6" is not a tone level');
});

test("the language switch keeps the page and its filters, both ways", async ({ page }) => {
  await page.goto("/?tone=4");
  await page.getByRole("link", { name: "Français" }).click();
  await expect(page).toHaveURL(/\/fr\?tone=4$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await expect(page.getByText(/déclarations? correspond/)).toBeVisible();
  await page.getByRole("link", { name: "English" }).click();
  await expect(page).toHaveURL(/\/\?tone=4$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");

  await page.goto(FRENCH_QUOTE);
  await page.getByRole("link", { name: "Français" }).click();
  await expect(page).toHaveURL(new RegExp(`/fr${FRENCH_QUOTE}$`));
});

test("a statement in French keeps its quote exactly as published, beside its translation", async ({ page }) => {
  await page.goto(FRENCH_QUOTE);
  const englishQuote = await page.locator('[data-quote="original"]').innerText();
  const englishTranslation = await page.locator('[data-quote="translation"]').innerText();

  await page.goto(`/fr${FRENCH_QUOTE}`);
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  const original = page.locator('[data-quote="original"]');
  await expect(original).toHaveAttribute("lang", "fr");
  await expect(original).toContainText("La Chine n’est pas notre adversaire");
  await expect(page.getByText("Texte original (français)")).toBeVisible();
  await expect(page.getByText("Traduction anglaise", { exact: true })).toBeVisible();
  await expect(page.locator('[data-quote="translation"]')).toHaveAttribute("lang", "en");
  // The sr-only notes inside the marks are interface text and change language; the words around them do not.
  const words = (text: string) => text.replace(/\s*\((?:tone phrase|expression de ton), [^)]*\)/g, "");
  expect(words(await original.innerText())).toBe(words(englishQuote));
  expect(await page.locator('[data-quote="translation"]').innerText()).toBe(englishTranslation);
  for (const heading of ["Contexte", "Ton", "Vérification", "Source", "Partager et citer"]) {
    await expect(page.getByRole("heading", { level: 2, name: heading })).toBeVisible();
  }
  await expect(page.getByText("28 novembre 2023").first()).toBeVisible();
  await expect(page.getByRole("link", { name: "À propos de cette source" })).toHaveAttribute("href", "/fr/sources/nato-fr-2023-11-28-foreign-ministers-meeting");
  await expect(page.getByRole("link", { name: "Télécharger BibTeX (.bib)" })).toHaveAttribute("href", `${FRENCH_QUOTE}/cite.bib`);
  await expectLanguageAlternates(page, FRENCH_QUOTE);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", new RegExp(`/fr${FRENCH_QUOTE}$`));
  await expectNoMissingMessages(page);
});

test("an English quote on a French page is labelled as the English original", async ({ page }) => {
  await page.goto(`/fr${ENGLISH_QUOTE}`);
  await expect(page.getByText("Texte original (anglais)")).toBeVisible();
  await expect(page.locator('[data-quote="original"]')).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 3, name: "Lecture du ton" })).toBeVisible();
  await expect(page.getByText("10 juillet 2024").first()).toBeVisible();
});

test.describe("/fr/trends", () => {
  // The charts load after the page, as in e2e/trends.spec.ts: slow on a busy machine.
  test.describe.configure({ timeout: 90_000 });

  test("is French: summaries, headings, and chart links that stay on French pages", async ({ page }) => {
    await page.goto("/fr/trends");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Tendances");
    await expect(page.locator('[data-section="tone-over-time"] [data-summary]')).toContainText(/^\d+ déclarations de 2017 à 2024\./);
    await expect(page.getByRole("heading", { level: 2, name: "Déclarations par année" })).toBeVisible();
    await expect(page.locator('[data-chart="statements-per-year"] a').first()).toHaveAttribute("href", /^\/fr\?from=/, { timeout: 30_000 });
    await expectNoMissingMessages(page);
  });

  for (const colorScheme of ["light", "dark"] as const) {
    test(`has no axe violations (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto("/fr/trends");
      await expect(page.locator('[data-chart="key-phrases"] [data-phrase-cell]').first()).toBeVisible({ timeout: 30_000 });
      for (const summary of await page.getByText("Tableau des données").all()) await summary.click();
      await expectNoAxeViolations(page);
    });
  }
});

test("the methodology page is French under /fr", async ({ page }) => {
  await page.goto("/fr/methodology");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Comment le ton est mesuré");
  await expect(page.locator('[data-lexicon-entry="decisive-enabler"]')).toContainText("+8");
  await expect(page.locator('[data-lexicon-entry="decisive-enabler"]')).toContainText("la presse francophone a écrit");
  await expect(page.getByText("Chine non mentionnée").first()).toBeVisible();
  await expectNoMissingMessages(page);
});

test("unknown French addresses answer with a French 404", async ({ page }) => {
  const response = await page.goto("/fr/statements/2099-01-01-no-such-statement");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Déclaration introuvable");
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
});

test.describe("a browser that prefers French", () => {
  test.use({ locale: "fr-FR" });

  test("is sent to /fr on its first visit to /", async ({ page }) => {
    await page.goto("/");
    await expect(page).toHaveURL(/\/fr$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  });

  test("opens a shared link in the link's language", async ({ page }) => {
    await page.goto(FRENCH_QUOTE);
    await expect(page).toHaveURL(new RegExp(`${FRENCH_QUOTE}$`));
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await page.goto("/?tone=4");
    await expect(page).toHaveURL(/\/\?tone=4$/);
  });

  test("keeps / in English once English was chosen with the switch", async ({ page }) => {
    await page.goto("/");
    await expect(page).toHaveURL(/\/fr$/);
    await page.getByRole("link", { name: "English" }).click();
    await expect(page).toHaveURL(/\/$/);
    await page.goto("/trends");
    await page.goto("/");
    await expect(page).toHaveURL(/\/$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
  });
});

for (const scheme of ["light", "dark"] as const) {
  test.describe(`${scheme} mode`, () => {
    test.use({ colorScheme: scheme });
    for (const path of ["/fr", `/fr${FRENCH_QUOTE}`, "/fr/methodology"]) {
      test(`axe finds no violations on ${path}`, async ({ page }) => {
        await page.goto(path);
        await expectNoAxeViolations(page);
      });
    }
  });
}
