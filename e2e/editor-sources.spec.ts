import { expect, newClient, queryDb, test, uniqueId } from "./support/fixtures";

// Each test makes its users with the user:* scripts (a few seconds each) before using the browser.

test("an editor corrects a source with a new revision; bad input stays in the form; visitors are sent to sign in", async ({ browser, editorPage: page }) => {
  const source = (await queryDb<{ id: string; version: number }>(`SELECT id, version FROM "Source" ORDER BY id DESC LIMIT 1`))[0]!;
  await page.goto(`/sources/${source.id}/edit`);
  const note = `Checked against the archive ${uniqueId()}`;
  await page.getByLabel("Reliability note", { exact: true }).fill(note);
  await page.getByLabel("URL", { exact: true }).fill("not a url");
  await page.getByRole("button", { name: "Save source" }).click();
  await expect(page.locator("#url-error")).toHaveText("URL must start with http:// or https://");
  await expect(page.getByLabel("Reliability note", { exact: true })).toHaveValue(note);

  await page.getByLabel("URL", { exact: true }).fill("https://www.nato.int/");
  await page.getByRole("button", { name: "Save source" }).click();
  await expect(page.getByRole("status")).toHaveText(`Saved version ${source.version + 1}.`);
  const revisions = await queryDb<{ next: string }>(`SELECT next FROM "Revision" WHERE "entityId" = ? AND version = ?`, source.id, source.version + 1);
  expect(JSON.parse(revisions[0]!.next).reliabilityNote).toBe(note);

  const { context, page: visitor } = await newClient(browser);
  await visitor.goto(`/sources/${source.id}/edit`);
  await expect(visitor).toHaveURL(/\/sign-in\?next=/);
  await context.close();
});
