import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAuth, SIGN_IN_RATE_LIMIT, type Auth } from "../../lib/auth/create-auth";
import { ACCOUNT_BACKOFF, authHttpHandler } from "../../lib/auth/http-handler";
import { CLIENT_ADDRESS_HEADER } from "../../lib/security/client-address";
import { createUser, disableUser, setPassword } from "../../lib/auth/users";
import type { Db } from "../../lib/db/create-client";
import { developmentSecret } from "../../lib/env";
import { openTestDatabase, TEST_DATABASES, type TestDatabase } from "../support/databases";

const BASE = "http://127.0.0.1:3999";

function signInRequest(email: string, password: string, ip: string) {
  return new Request(`${BASE}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: BASE, [CLIENT_ADDRESS_HEADER]: ip },
    body: JSON.stringify({ email, password }),
  });
}

for (const [name, open] of TEST_DATABASES) {
  describe(`accounts on ${name}`, () => {
    let db: Db;
    let auth: Auth;
    let database: TestDatabase;

    beforeAll(async () => {
      database = await openTestDatabase(open);
      db = database.db;
      auth = createAuth(db, { database: database.config, auth: { secret: developmentSecret(), usesDevelopmentSecret: true, baseURL: BASE }, production: false, logLevel: "error" });
    });

    afterAll(() => database?.close());

    it("creates a user whose password signs in through better-auth, and never stores it in clear", async () => {
      await createUser(db, auth, { email: "editor@example.org", password: "correct horse battery", role: "editor" });
      const account = await db.account.findFirstOrThrow({ where: { user: { email: "editor@example.org" } } });
      expect(account.password).not.toContain("correct horse");
      const response = await auth.handler(signInRequest("editor@example.org", "correct horse battery", "10.0.0.1"));
      expect(response.status).toBe(200);
      expect(response.headers.get("set-cookie")).toMatch(/HttpOnly/i);
      expect(response.headers.get("set-cookie")).toMatch(/SameSite=Lax/i);
      expect((await auth.handler(signInRequest("editor@example.org", "wrong password!!", "10.0.0.2"))).status).toBe(401);
      await expect(createUser(db, auth, { email: "editor@example.org", password: "another password", role: "admin" })).rejects.toThrow(/already exists/);
    });

    it("a new password replaces the old one and ends open sessions", async () => {
      await createUser(db, auth, { email: "reset@example.org", password: "first password!", role: "editor" });
      expect((await auth.handler(signInRequest("reset@example.org", "first password!", "10.0.1.1"))).status).toBe(200);
      await setPassword(db, auth, "reset@example.org", "second password!");
      expect(await db.session.count({ where: { user: { email: "reset@example.org" } } })).toBe(0);
      expect((await auth.handler(signInRequest("reset@example.org", "first password!", "10.0.1.2"))).status).toBe(401);
      expect((await auth.handler(signInRequest("reset@example.org", "second password!", "10.0.1.3"))).status).toBe(200);
    });

    it("a disabled user loses their sessions at once and cannot sign in again", async () => {
      await createUser(db, auth, { email: "gone@example.org", password: "gone password!!", role: "editor" });
      const signedIn = await auth.handler(signInRequest("gone@example.org", "gone password!!", "10.0.2.1"));
      const cookie = signedIn.headers.get("set-cookie")!.split(";")[0]!;
      expect(await auth.api.getSession({ headers: new Headers({ cookie }) })).not.toBeNull();
      await disableUser(db, "gone@example.org");
      expect(await auth.api.getSession({ headers: new Headers({ cookie }) })).toBeNull();
      expect((await auth.handler(signInRequest("gone@example.org", "gone password!!", "10.0.2.2"))).status).toBe(403);
    });

    it("limits sign-in attempts per address in the database", async () => {
      const statuses: number[] = [];
      for (let attempt = 0; attempt <= SIGN_IN_RATE_LIMIT.max; attempt++) {
        statuses.push((await auth.handler(signInRequest("editor@example.org", "bad password!!", "10.0.3.1"))).status);
      }
      expect(statuses).toEqual([...Array(SIGN_IN_RATE_LIMIT.max).fill(401), 429]);
      expect(await db.rateLimit.count({ where: { key: { contains: "10.0.3.1" } } })).toBe(1);
      // A forged X-Forwarded-For changes nothing: the limit keys on the address the server stamps.
      const forged = signInRequest("editor@example.org", "bad password!!", "10.0.3.1");
      forged.headers.set("x-forwarded-for", "203.0.113.77");
      expect((await auth.handler(forged)).status).toBe(429);
      // Another address is not affected.
      expect((await auth.handler(signInRequest("editor@example.org", "correct horse battery", "10.0.3.2"))).status).toBe(200);
    });

    it("over HTTP, a disabled account answers a correct password exactly like a wrong one", async () => {
      const handler = authHttpHandler(auth, db);
      await createUser(db, auth, { email: "banned@example.org", password: "banned password!", role: "editor" });
      await disableUser(db, "banned@example.org");
      const right = await handler(signInRequest("banned@example.org", "banned password!", "10.0.4.1"));
      const wrong = await handler(signInRequest("banned@example.org", "not the password", "10.0.4.2"));
      expect(wrong.status).toBe(401);
      expect(right.status).toBe(wrong.status);
      expect(await right.json()).toEqual(await wrong.json());
    });

    it("over HTTP, only sign-in, sign-out and the session are open: a signed-in editor cannot rename themselves or use the admin API", async () => {
      const handler = authHttpHandler(auth, db);
      await createUser(db, auth, { email: "rename@example.org", password: "rename password!", role: "admin", name: "Real Name" });
      const signedIn = await handler(signInRequest("rename@example.org", "rename password!", "10.0.5.1"));
      expect(signedIn.status).toBe(200);
      const cookie = signedIn.headers.get("set-cookie")!.split(";")[0]!;
      const post = (path: string, body: unknown) =>
        handler(new Request(`${BASE}/api/auth${path}`, { method: "POST", headers: { "content-type": "application/json", origin: BASE, cookie, [CLIENT_ADDRESS_HEADER]: "10.0.5.1" }, body: JSON.stringify(body) }));
      for (const [path, body] of [
        ["/update-user", { name: "Jens Stoltenberg" }],
        ["/update-user/", { name: "Jens Stoltenberg" }],
        ["/change-email", { newEmail: "other@example.org" }],
        ["/admin/create-user", { email: "new@example.org", password: "new password!!", name: "New", role: "admin" }],
        ["/admin/set-role", { userId: "x", role: "admin" }],
        ["/admin/impersonate-user", { userId: "x" }],
        ["/delete-user", {}],
      ] as const) {
        expect((await post(path, body)).status, path).toBe(404);
      }
      const user = await db.user.findUniqueOrThrow({ where: { email: "rename@example.org" } });
      expect(user.name).toBe("Real Name");
      expect(await db.user.count({ where: { email: "new@example.org" } })).toBe(0);
      const session = await handler(new Request(`${BASE}/api/auth/get-session`, { headers: { cookie, origin: BASE } }));
      expect(session.status).toBe(200);
      expect((await post("/sign-out", {})).status).toBe(200);
    });

    it("over HTTP, an account under attack from many addresses backs off, and its owner gets in once the wait is over", async () => {
      let now = 1_700_000_000_000;
      const handler = authHttpHandler(auth, db, () => now);
      await createUser(db, auth, { email: "target@example.org", password: "target password!", role: "editor" });
      const statuses: number[] = [];
      for (let attempt = 0; attempt < ACCOUNT_BACKOFF.freeFailures + 3; attempt++) {
        statuses.push((await handler(signInRequest("target@example.org", `guess ${attempt} password`, `10.1.${attempt}.1`))).status);
        now += 1_000;
      }
      expect(statuses).toEqual([...Array(ACCOUNT_BACKOFF.freeFailures).fill(401), 429, 429, 429]);
      // While it waits, even the right password is not tried (and so not confirmed).
      const waiting = await handler(signInRequest("target@example.org", "target password!", "10.1.99.1"));
      expect(waiting.status).toBe(429);
      expect(Number(waiting.headers.get("retry-after"))).toBeGreaterThan(0);
      now += ACCOUNT_BACKOFF.maxWaitSeconds * 1000;
      expect((await handler(signInRequest("target@example.org", "target password!", "10.1.99.2"))).status).toBe(200);
      // A success starts the count again.
      expect((await handler(signInRequest("target@example.org", "one more guess!!", "10.1.99.3"))).status).toBe(401);
    });
  });
}
