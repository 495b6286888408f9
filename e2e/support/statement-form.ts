import type { Page } from "@playwright/test";

export type StatementFields = {
  date: string;
  slug: string;
  title: string;
  quote: string;
  documentType: string;
  toneLevel: string;
  verification: string;
  status: string;
  source: string;
  themes?: string[];
};

/** Fills the statement form the way an editor would, by visible labels. */
export async function fillStatementForm(page: Page, fields: StatementFields) {
  await page.getByLabel("Date", { exact: true }).fill(fields.date);
  await page.getByLabel("Slug", { exact: true }).fill(fields.slug);
  await page.getByLabel("Title", { exact: true }).fill(fields.title);
  await page.getByLabel("Quote", { exact: true }).fill(fields.quote);
  await page.getByLabel("Document type", { exact: true }).selectOption({ label: fields.documentType });
  await page.getByLabel("Tone level", { exact: true }).selectOption({ label: fields.toneLevel });
  await page.getByLabel("Verification", { exact: true }).selectOption({ label: fields.verification });
  await page.getByLabel("Status", { exact: true }).selectOption({ label: fields.status });
  await page.getByLabel("Source", { exact: true }).selectOption({ label: fields.source });
  for (const theme of fields.themes ?? []) await page.getByLabel(theme, { exact: true }).check();
}
