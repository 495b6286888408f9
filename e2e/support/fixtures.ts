import { randomBytes } from "node:crypto";
import { test as base, expect, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { createAuth } from "../../lib/auth/create-auth";
import type { Role } from "../../lib/auth/roles";
import { createUser } from "../../lib/auth/users";
import { createPrismaClient, type Db } from "../../lib/db/create-client";
import { parseDatabaseUrl } from "../../lib/db/database-url";
import { parseAuthConfig } from "../../lib/env";

/**
 * Browser-test fixtures: the run's database (the one the server uses), users created in it
 * with the app's own auth code, and browser contexts that each look like a different client
 * address, so the sign-in rate limit of one test never blocks another.
 */

export type TestUser = { email: string; password: string; role: Role };

let sharedDb: Db | undefined;

export function e2eDb(): Db {
  const url = process.env.E2E_DATABASE_URL;
  if (!url) throw new Error("E2E_DATABASE_URL is not set: run the browser tests through playwright.config.ts");
  sharedDb ??= createPrismaClient(parseDatabaseUrl(url));
  return sharedDb;
}

export function uniqueId(): string {
  return randomBytes(4).toString("hex");
}

/** A fresh client address in the documentation range (RFC 5737) for each context. */
export function clientAddress(): string {
  const bytes = randomBytes(2);
  return `198.51.${bytes[0]}.${bytes[1]}`;
}

export async function makeUser(role: Role): Promise<TestUser> {
  const db = e2eDb();
  const auth = createAuth(db, {
    database: parseDatabaseUrl(process.env.E2E_DATABASE_URL),
    auth: parseAuthConfig({ BETTER_AUTH_SECRET: process.env.E2E_AUTH_SECRET }, "test"),
    production: false,
    logLevel: "error",
  });
  const user = { email: `${role}-${uniqueId()}@example.org`, password: `password-${uniqueId()}-long`, role };
  await createUser(db, auth, { ...user, name: `Test ${role}` });
  return user;
}

export async function newClient(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": clientAddress() } });
  return { context, page: await context.newPage() };
}

export async function signIn(page: Page, user: TestUser, path = "/statements/new") {
  await page.goto(path);
  await expect(page).toHaveURL(/\/sign-in\?next=/);
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(new RegExp(`${path.replace(/[/.]/g, "\\$&")}$`));
}

type Fixtures = { editor: TestUser; editorPage: Page };

export const test = base.extend<Fixtures>({
  editor: async ({}, use) => {
    await use(await makeUser("editor"));
  },
  editorPage: async ({ browser, editor }, use) => {
    const { context, page } = await newClient(browser);
    await signIn(page, editor);
    await use(page);
    await context.close();
  },
});

export { expect };
