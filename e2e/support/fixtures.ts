import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { promisify } from "node:util";
import { test as base, expect, type Browser, type BrowserContext, type Page } from "@playwright/test";
import Database from "better-sqlite3";
import pg from "pg";

/**
 * Browser-test fixtures: the run's database (the one the server uses: a SQLite file, or a
 * PostgreSQL database in the PostgreSQL pass, scripts/test/e2e-postgres.ts), users made with
 * the user:* command-line scripts, and browser contexts that each look like a different client
 * address, so the sign-in rate limit of one test never blocks another.
 *
 * Playwright loads tests as CommonJS, which the generated Prisma client (ESM) cannot be, so
 * assertions read the database with better-sqlite3 or pg and writes go through the scripts.
 */

export type Role = "editor" | "admin";
export type TestUser = { email: string; password: string; role: Role };

const run = promisify(execFile);

function databaseUrl(): string {
  const url = process.env.E2E_EDITOR_DATABASE_URL;
  if (!url) throw new Error("E2E_EDITOR_DATABASE_URL is not set: use playwright.config.ts");
  return url;
}

/**
 * Runs one SQL query on the run's database, read-only. Write it for both databases: quoted
 * table and column names, `?` for parameters (numbered for PostgreSQL here, so no `?` in
 * literals), and CAST(COUNT(*) AS INTEGER), since PostgreSQL counts in bigint, which pg returns
 * as a string.
 */
export async function queryDb<T>(sql: string, ...params: unknown[]): Promise<T[]> {
  const url = databaseUrl();
  if (url.startsWith("file:")) {
    const db = new Database(url.slice("file:".length), { readonly: true, fileMustExist: true });
    try {
      return db.prepare(sql).all(...params) as T[];
    } finally {
      db.close();
    }
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    let index = 0;
    return (await client.query(sql.replace(/\?/g, () => `$${++index}`), params)).rows as T[];
  } finally {
    await client.end();
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
