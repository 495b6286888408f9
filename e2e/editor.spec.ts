import { request as playwrightRequest } from "@playwright/test";
import { expect, makeUser, newClient, queryDb, signIn, test, uniqueId, userCli } from "./support/fixtures";
import { fillStatementForm, type StatementFields } from "./support/statement-form";

// Each test makes its users with the user:* scripts (a few seconds each) before using the browser.

type StatementRow = { id: string; slug: string; title: string; summary: string | null; version: number };

async function statementBySlug(slug: string): Promise<StatementRow | undefined> {
  return (await queryDb<StatementRow>(`SELECT id, slug, title, summary, version FROM "Statement" WHERE slug = ?`, slug))[0];
}

async function revisionCount(statementId: string): Promise<number> {
  return (await queryDb<{ n: number }>(`SELECT CAST(COUNT(*) AS INTEGER) AS n FROM "Revision" WHERE "entityId" = ?`, statementId))[0]!.n;
}

function newStatement(): StatementFields {
  const id = uniqueId();
  return {
    date: "2024-07-12",
    slug: `2024-07-12-e2e-${id}`,
    title: `Press conference on China ${id}`,
    quote: `China has become a decisive enabler ${id}.`,
    documentType: "Press conference",
    toneLevel: "5 — Threat / enabler",
    verification: "Unverified",
    status: "Published",
    source: "NATO: Brussels Summit Declaration",
    themes: ["Russia–Ukraine"],
  };
}

test("an editor creates a statement, finds it on the timeline and in its history, then corrects it", async ({ editorPage: page }) => {
  const statement = newStatement();
  await fillStatementForm(page, statement);
  await page.getByRole("button", { name: "Create statement" }).click();

  await expect(page).toHaveURL(`/statements/${statement.slug}/history?saved=1`);
  await expect(page.getByRole("status")).toHaveText("Saved version 1.");
  await expect(page.getByRole("listitem", { name: "Version 1" })).toContainText("Created");

  await page.goto("/");
  await expect(page.getByRole("region", { name: "2024" }).locator("blockquote", { hasText: statement.quote })).toBeVisible();

  await page.goto(`/statements/${statement.slug}/edit`);
  await page.getByLabel("Title", { exact: true }).fill(`${statement.title} (corrected)`);
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page).toHaveURL(`/statements/${statement.slug}/history?saved=2`);
  const revision = page.getByRole("listitem", { name: "Version 2" });
  await expect(revision).toContainText("Edited");
  await expect(revision.locator("ins")).toContainText("(corrected)");

  const row = (await statementBySlug(statement.slug))!;
  expect(row.version).toBe(2);
  expect(await revisionCount(row.id)).toBe(2);

  // The public can read the history of a published statement.
  const { context: reader, page: readerPage } = await newClient(page.context().browser()!);
  await readerPage.goto(`/statements/${statement.slug}/history`);
  await expect(readerPage.getByRole("listitem", { name: "Version 2" }).locator("ins")).toContainText("(corrected)");
  await expect(readerPage.getByRole("link", { name: "Edit" })).toHaveCount(0);
  await reader.close();
});

test("invalid input shows an error next to each field and keeps what was typed", async ({ editorPage: page }) => {
  const statement = { ...newStatement(), date: "1948-01-01" };
  await fillStatementForm(page, { ...statement, slug: "1948-01-01-too-early" });
  await page.getByLabel("Title", { exact: true }).fill("");
  await page.getByRole("button", { name: "Create statement" }).click();

  await expect(page.locator("#form-message")).toContainText("Some fields need correcting.");
  await expect(page.locator("#date-error")).toHaveText(/^Date must be between 1949-04-04 and today/);
  await expect(page.locator("#title-error")).toHaveText("Title is required");
  await expect(page.getByLabel("Title", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Quote", { exact: true })).toHaveValue(statement.quote);
  await expect(page.getByLabel("Slug", { exact: true })).toHaveValue("1948-01-01-too-early");
  await expect(page.getByLabel("Document type", { exact: true })).toHaveValue("PRESS_CONFERENCE");
  await expect(page.getByLabel("Source", { exact: true })).not.toHaveValue("");
  await expect(page.getByLabel("Russia–Ukraine", { exact: true })).toBeChecked();

  // A slug another statement already has is refused by the server, naming that statement.
  const taken = (await queryDb<StatementRow>(`SELECT slug, title FROM "Statement" WHERE status = 'PUBLISHED' ORDER BY slug LIMIT 1`))[0]!;
  const date = taken.slug.slice(0, 10);
  await page.getByLabel("Date", { exact: true }).fill(date);
  await page.getByLabel("Slug", { exact: true }).fill(taken.slug);
  await page.getByLabel("Title", { exact: true }).fill("Duplicate");
  await page.getByRole("button", { name: "Create statement" }).click();
  await expect(page.locator("#slug-error")).toHaveText(`Slug already used by “${taken.title}”`);
  expect(await queryDb(`SELECT id FROM "Statement" WHERE title = 'Duplicate'`)).toHaveLength(0);
});

test("a save over a newer version is refused, shows what changed and keeps the input", async ({ browser, editor, editorPage: first }) => {
  const statement = newStatement();
  await fillStatementForm(first, statement);
  await first.getByRole("button", { name: "Create statement" }).click();
  await expect(first).toHaveURL(/saved=1/);

  const { context, page: second } = await newClient(browser);
  await signIn(second, editor, `/statements/${statement.slug}/edit`);
  await first.goto(`/statements/${statement.slug}/edit`);

  await first.getByLabel("Title", { exact: true }).fill("First editor's title");
  await first.getByRole("button", { name: "Save changes" }).click();
  await expect(first).toHaveURL(/saved=2/);

  await second.getByLabel("Summary", { exact: true }).fill("Second editor's summary");
  await second.getByRole("button", { name: "Save changes" }).click();
  const alert = second.locator("#form-message");
  await expect(alert).toContainText("someone else saved version 2");
  await expect(alert.getByRole("region", { name: "Changes in version 2" })).toContainText("First editor's title");
  await expect(second.getByLabel("Summary", { exact: true })).toHaveValue("Second editor's summary");
  expect((await statementBySlug(statement.slug))!.summary).toBeNull();

  // Having seen the other change, the editor can deliberately save over it.
  await second.getByRole("button", { name: "Save changes" }).click();
  await expect(second).toHaveURL(/saved=3/);
  await context.close();
});

test("anonymous visitors cannot reach the forms, and a replayed save without a session changes nothing", async ({ browser, editorPage: page }) => {
  const { context: anonymous, page: visitor } = await newClient(browser);
  const response = await visitor.request.get("/statements/new", { maxRedirects: 0 });
  expect(response.status()).toBe(307);
  expect(response.headers().location).toContain("/sign-in?next=%2Fstatements%2Fnew");
  await visitor.goto("/statements/2019-12-04-london-declaration-opportunities-and-challenges/edit");
  await expect(visitor).toHaveURL(/\/sign-in\?next=/);
  await anonymous.close();

  // Capture the editor's real server-action request instead of letting it through...
  const statement = newStatement();
  await fillStatementForm(page, statement);
  let captured: { headers: Record<string, string>; body: Buffer } | undefined;
  await page.route("**/statements/new", async (route) => {
    if (route.request().method() !== "POST") return route.continue();
    captured = { headers: route.request().headers(), body: route.request().postDataBuffer()! };
    await route.abort();
  });
  await page.getByRole("button", { name: "Create statement" }).click();
  await expect.poll(() => captured).toBeTruthy();
  const replay = { "next-action": captured!.headers["next-action"]!, "content-type": captured!.headers["content-type"]!, origin: new URL(page.url()).origin, accept: "text/x-component" };

  // ...replay it with no session: refused, nothing written.
  const stranger = await playwrightRequest.newContext({ baseURL: new URL(page.url()).origin });
  const refused = await stranger.post("/statements/new", { headers: replay, data: captured!.body });
  expect(await refused.text()).toContain("Sign in to do this.");
  expect(await statementBySlug(statement.slug)).toBeUndefined();
  await stranger.dispose();

  // The same request with the editor's session does save, so the refusal above was the session's.
  const accepted = await page.request.post("/statements/new", { headers: replay, data: captured!.body });
  expect(accepted.status()).toBeLessThan(400);
  expect(await statementBySlug(statement.slug)).toBeDefined();
});

test("a disabled editor's session stops working at once", async ({ editor, editorPage: page }) => {
  await expect(page.getByRole("navigation", { name: "Editor" })).toBeVisible();
  await userCli("disable", ["--email", editor.email]);
  await page.goto("/statements/new");
  await expect(page).toHaveURL(/\/sign-in/);
  await page.getByLabel("Email").fill(editor.email);
  await page.getByLabel("Password").fill(editor.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.locator("#sign-in-error")).toHaveText("Wrong email or password, or the account is disabled.");
});

test("repeated wrong passwords are answered with the rate-limit message", async ({ browser, editor }) => {
  const { context, page } = await newClient(browser);
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(editor.email);
  const messages: string[] = [];
  for (let attempt = 0; attempt < 6; attempt++) {
    await page.getByLabel("Password").fill(`wrong password ${attempt}`);
    await Promise.all([page.waitForResponse((r) => r.url().endsWith("/api/auth/sign-in/email")), page.getByRole("button", { name: "Sign in" }).click()]);
    await expect(page.getByRole("button", { name: "Sign in" })).toBeEnabled();
    messages.push((await page.locator("#sign-in-error").textContent()) ?? "");
  }
  expect(messages.slice(0, 5)).toEqual(Array(5).fill("Wrong email or password, or the account is disabled."));
  expect(messages[5]).toBe("Too many sign-in attempts. Wait a minute, then try again.");
  // Even the right password is held back until the window ends.
  await page.getByLabel("Password").fill(editor.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.locator("#sign-in-error")).toHaveText("Too many sign-in attempts. Wait a minute, then try again.");
  await context.close();
});

test("an admin restores an earlier revision as a new one; an editor cannot", async ({ browser, editorPage: page }) => {
  const statement = newStatement();
  await fillStatementForm(page, statement);
  await page.getByRole("button", { name: "Create statement" }).click();
  await expect(page).toHaveURL(/saved=1/);
  await page.goto(`/statements/${statement.slug}/edit`);
  await page.getByLabel("Title", { exact: true }).fill("A wrong correction");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page).toHaveURL(/saved=2/);
  await expect(page.getByRole("button", { name: /Restore version/ })).toHaveCount(0);

  const { context, page: adminPage } = await newClient(browser);
  await signIn(adminPage, await makeUser("admin"));
  await adminPage.goto(`/statements/${statement.slug}/history`);

  // The admin's restore request, replayed with the editor's session, is refused and changes nothing.
  let captured: { headers: Record<string, string>; body: Buffer } | undefined;
  await adminPage.route("**/history*", async (route) => {
    if (route.request().method() !== "POST") return route.continue();
    captured = { headers: route.request().headers(), body: route.request().postDataBuffer()! };
    await route.abort();
  });
  await adminPage.getByRole("button", { name: "Restore version 1" }).click();
  await expect.poll(() => captured).toBeTruthy();
  const replayed = await page.request.post(`/statements/${statement.slug}/history`, {
    headers: { "next-action": captured!.headers["next-action"]!, "content-type": captured!.headers["content-type"]!, origin: new URL(page.url()).origin },
    data: captured!.body,
    maxRedirects: 0,
  });
  expect(replayed.headers()["x-action-redirect"] ?? "").toContain("error=403");
  expect(await statementBySlug(statement.slug)).toMatchObject({ version: 2, title: "A wrong correction" });
  await adminPage.unrouteAll();
  await adminPage.reload();

  await adminPage.getByRole("button", { name: "Restore version 1" }).click();
  await expect(adminPage).toHaveURL(/saved=3/);
  await expect(adminPage.getByRole("listitem", { name: "Version 3" })).toContainText("Restored an earlier version");
  expect((await statementBySlug(statement.slug))!.title).toBe(statement.title);
  await context.close();
});
