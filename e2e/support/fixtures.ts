import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { promisify } from "node:util";
import { test as base, expect, type Browser, type BrowserContext, type Page } from "@playwright/test";
import Database from "better-sqlite3";

/**
 * Browser-test fixtures: the run's SQLite database (the one the server uses), users made with
 * the user:* command-line scripts, and browser contexts that each look like a different client
 * address, so the sign-in rate limit of one test never blocks another.
 *
 * Playwright loads tests as CommonJS, which the generated Prisma client (ESM) cannot be, so
 * assertions read the database with better-sqlite3 and writes go through the scripts.
 */

export type Role = "editor" | "admin";
export type TestUser = { email: string; password: string; role: Role };

const run = promisify(execFile);

function databaseFile(): string {
  const url = process.env.E2E_EDITOR_DATABASE_URL;
  if (!url?.startsWith("file:")) throw new Error("E2E_EDITOR_DATABASE_URL must be the SQLite file of the run: use playwright.config.ts");
  return url.slice("file:".length);
}

/** Runs one SQL query on the run's database, read-only. */
export function queryDb<T>(sql: string, ...params: unknown[]): T[] {
  const db = new Database(databaseFile(), { readonly: true, fileMustExist: true });
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}

export function uniqueId(): string {
  return randomBytes(4).toString("hex");
}

/** A fresh client address in the documentation range (RFC 5737) for each context. */
export function clientAddress(): string {
  const bytes = randomBytes(2);
  return `198.51.${bytes[0]}.${bytes[1]}`;
}

/** Runs `npm run user:<command>` (its script, without npm's overhead) on the run's database. */
export async function userCli(command: "create" | "disable" | "list" | "set-password", args: string[]) {
  return run("npx", ["tsx", `scripts/users/${command}.ts`, ...args], {
    env: { ...process.env, DATABASE_URL: process.env.E2E_EDITOR_DATABASE_URL, BETTER_AUTH_SECRET: process.env.E2E_AUTH_SECRET },
  });
}

export async function makeUser(role: Role): Promise<TestUser> {
  const user = { email: `${role}-${uniqueId()}@example.org`, password: `password-${uniqueId()}-long`, role };
  await userCli("create", ["--email", user.email, "--password", user.password, "--role", role, "--name", `Test ${role}`]);
  return user;
}

export async function newClient(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": clientAddress() } });
  return { context, page: await context.newPage() };
}

/** Signs in through the form, starting from a page that requires it. */
export async function signIn(page: Page, user: TestUser, path = "/statements/new") {
  await page.goto(path);
  await expect(page).toHaveURL(/\/sign-in\?next=/);
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  // The first sign-in on a fresh server (scrypt, cold auth route) can take several seconds on a loaded machine.
  await expect(page).toHaveURL(path, { timeout: 30_000 });
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
