import { expect, newClient, queryDb, test, uniqueId } from "./support/fixtures";

// The editor's side in French: sign-in, the statement form, its errors and its result, all at /fr.

async function statementCount(slug: string): Promise<number> {
  const [row] = await queryDb<{ n: number }>(`SELECT CAST(COUNT(*) AS INTEGER) AS n FROM "Statement" WHERE slug = ?`, slug);
  return row!.n;
}

test("an editor signs in and creates a statement in French, with French errors for bad input", async ({ browser, editor }) => {
  const { context, page } = await newClient(browser);
  const id = uniqueId();
  const slug = `2024-07-10-e2e-fr-${id}`;
  const quote = `La Chine est devenue un soutien décisif de la guerre de la Russie ${id}.`;
  const translation = `China has become a decisive enabler of Russia's war ${id}.`;

  await page.goto("/fr/statements/new");
  await expect(page).toHaveURL(`/fr/sign-in?next=${encodeURIComponent("/fr/statements/new")}`);
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Connexion des rédacteurs");
  await page.getByLabel("Adresse e-mail").fill(editor.email);
  await page.getByLabel("Mot de passe").fill("pas le bon mot de passe");
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(page.locator("#sign-in-error")).toHaveText("Adresse e-mail ou mot de passe incorrect, ou compte désactivé.", { timeout: 30_000 });
  await page.getByLabel("Mot de passe").fill(editor.password);
  await page.getByRole("button", { name: "Se connecter" }).click();

  await expect(page).toHaveURL("/fr/statements/new", { timeout: 30_000 });
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nouvelle déclaration");
  await expect(page.getByRole("navigation", { name: "Rédaction" })).toContainText("Nouveau thème");

  await page.getByLabel("Date", { exact: true }).fill("2024-07-10");
  await page.getByLabel("Identifiant d'adresse (slug)", { exact: true }).fill(slug);
  await page.getByLabel("Langue", { exact: true }).fill("fr");
  // The form says which text is the original and which the translation, in the language typed.
  await expect(page.locator("#quote-original")).toHaveText("Texte original, en français");
  await expect(page.getByLabel("Traduction en anglais", { exact: true })).toBeVisible();
  await page.getByLabel("Citation", { exact: true }).fill(quote);
  await page.getByLabel("Type de document", { exact: true }).selectOption({ label: "Conférence de presse" });
  await page.getByLabel("Niveau de ton", { exact: true }).selectOption({ label: "5 — Menace / soutien décisif" });
  await page.getByLabel("Vérification", { exact: true }).selectOption({ label: "Non vérifié" });
  await page.getByLabel("Statut", { exact: true }).selectOption({ label: "Publié" });
  await page.getByLabel("Source", { exact: true }).selectOption({ label: "NATO: Brussels Summit Declaration" });
  // No title: refused, in French, with everything typed kept.
  await page.getByRole("button", { name: "Créer la déclaration" }).click();
  await expect(page.locator("#form-message")).toContainText("Certains champs sont à corriger.");
  await expect(page.locator("#title-error")).toHaveText("Le champ « Titre » est obligatoire");
  await expect(page.getByLabel("Titre", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Citation", { exact: true })).toHaveValue(quote);
  expect(await statementCount(slug)).toBe(0);

  // A French quote without its English translation: refused too.
  await page.getByLabel("Titre", { exact: true }).fill(`Conférence de presse ${id}`);
  await page.getByRole("button", { name: "Créer la déclaration" }).click();
  await expect(page.locator("#translation-error")).toHaveText("La traduction anglaise est obligatoire lorsque la citation n'est pas en anglais");
  await expect(page.locator("#title-error")).toHaveCount(0);
  expect(await statementCount(slug)).toBe(0);

  await page.getByLabel("Traduction en anglais", { exact: true }).fill(translation);
  await page.getByRole("button", { name: "Créer la déclaration" }).click();

  await expect(page).toHaveURL(`/fr/statements/${slug}/history?saved=1`, { timeout: 30_000 });
  await expect(page.getByRole("status")).toHaveText("Version 1 enregistrée.");
  const revision = page.getByRole("listitem", { name: "Version 1" });
  await expect(revision).toContainText("Création");
  await expect(revision.locator("time")).toHaveText(/^\d{1,2} (janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre) \d{4} à \d{2}:\d{2} UTC$/);
  expect(await statementCount(slug)).toBe(1);

  await expect(page.getByRole("navigation", { name: "Outils de la déclaration" }).getByRole("link", { name: "Modifier" })).toBeVisible();
  await page.goto(`/fr/statements/${slug}`);
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await expect(page.locator('blockquote[lang="fr"]')).toHaveText(quote);
  await expect(page.locator('blockquote[lang="en"]')).toHaveText(translation);
  await context.close();
});

test("the French theme form words its errors in French", async ({ browser, editor }) => {
  const { context, page } = await newClient(browser);
  await page.goto("/fr/sign-in?next=/fr/themes/new");
  await page.getByLabel("Adresse e-mail").fill(editor.email);
  await page.getByLabel("Mot de passe").fill(editor.password);
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(page).toHaveURL("/fr/themes/new", { timeout: 30_000 });

  await page.getByLabel("Nom", { exact: true }).fill(`Thème ${uniqueId()}`);
  await page.getByLabel("Identifiant d'adresse (slug)", { exact: true }).fill("Pas Un Slug");
  await page.getByRole("button", { name: "Créer le thème" }).click();
  await expect(page.locator("#slug-error")).toHaveText("Le champ « Identifiant d'adresse (slug) » doit être composé de mots en minuscules reliés par des traits d'union");
  await page.getByLabel("Identifiant d'adresse (slug)", { exact: true }).fill("russia-ukraine");
  await page.getByRole("button", { name: "Créer le thème" }).click();
  await expect(page.locator("#slug-error")).toHaveText(/^Ce slug est déjà utilisé par le thème « .+ »$/);
  await context.close();
});
