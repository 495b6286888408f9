import type { Db } from "../db/create-client";
import type { Auth } from "./create-auth";

/**
 * The better-auth endpoints the app's pages call, by method. Everything else better-auth and its
 * admin plugin serve (update-user, change-email, delete-user, the whole /admin API with create
 * user, set role and impersonate) stays unreachable over HTTP: accounts are managed with the
 * user:* scripts, and an editor could otherwise rename themselves to anyone in the public history.
 * An allowlist, so an endpoint added by a better-auth upgrade is closed until someone opens it.
 */
const OPEN_ENDPOINTS: Record<string, readonly string[]> = {
  GET: ["/get-session"],
  POST: ["/sign-in/email", "/sign-out"],
};

const AUTH_BASE_PATH = "/api/auth";

/** The body better-auth sends for a wrong email or password (see the tests, which pin it). */
const INVALID_CREDENTIALS = { code: "INVALID_EMAIL_OR_PASSWORD", message: "Invalid email or password" };

/**
 * Per-account back-off, beside better-auth's per-client limit: an attacker with many addresses
 * gets a few free guesses per account, then waits twice as long after each further failure, up to
 * a cap, so a password cannot be guessed at scale while its owner is locked out for minutes at
 * most. While an account waits, no password is checked for it, so none is confirmed.
 */
export const ACCOUNT_BACKOFF = { freeFailures: 5, firstWaitSeconds: 15, maxWaitSeconds: 15 * 60 };

/** The RateLimit row of an account's failures: count, and the time of the last failure. */
const accountKey = (email: string) => `account:${email.trim().toLowerCase()}`;

function waitSeconds(failures: number): number {
  if (failures < ACCOUNT_BACKOFF.freeFailures) return 0;
  return Math.min(ACCOUNT_BACKOFF.maxWaitSeconds, ACCOUNT_BACKOFF.firstWaitSeconds * 2 ** (failures - ACCOUNT_BACKOFF.freeFailures));
}

async function emailOf(request: Request): Promise<string | null> {
  try {
    const body: unknown = await request.clone().json();
    return body && typeof body === "object" && "email" in body && typeof body.email === "string" ? body.email : null;
  } catch {
    return null;
  }
}

/**
 * better-auth's HTTP handler behind the allowlist, with disabled accounts answered like wrong
 * passwords and sign-in attempts per account backed off.
 */
export function authHttpHandler(auth: Auth, db: Db, now: () => number = Date.now) {
  async function signIn(request: Request): Promise<Response> {
    const email = await emailOf(request);
    if (!email) return auth.handler(request);
    const key = accountKey(email);
    const record = await db.rateLimit.findUnique({ where: { key } });
    if (record) {
      const retryAfter = Math.ceil((Number(record.lastRequest) + waitSeconds(record.count) * 1000 - now()) / 1000);
      if (retryAfter > 0) {
        return Response.json(
          { code: "TOO_MANY_REQUESTS", message: "Too many failed sign-ins for this account. Try again later." },
          { status: 429, headers: { ...NO_STORE, "Retry-After": String(retryAfter) } },
        );
      }
    }
    const response = await auth.handler(request);
    if (response.status === 401 || response.status === 403) {
      await db.rateLimit.upsert({
        where: { key },
        create: { key, count: 1, lastRequest: BigInt(now()) },
        update: { count: { increment: 1 }, lastRequest: BigInt(now()) },
      });
    } else if (response.ok && record) {
      await db.rateLimit.deleteMany({ where: { key } });
    }
    return response;
  }

  return async (request: Request): Promise<Response> => {
    const path = new URL(request.url).pathname.replace(/\/+$/, "");
    const endpoint = path.startsWith(`${AUTH_BASE_PATH}/`) ? path.slice(AUTH_BASE_PATH.length) : null;
    if (!endpoint || !OPEN_ENDPOINTS[request.method]?.includes(endpoint)) {
      return Response.json({ code: "NOT_FOUND", message: "Not found" }, { status: 404, headers: NO_STORE });
    }
    const response = endpoint === "/sign-in/email" ? await signIn(request) : await auth.handler(request);
    // The admin plugin refuses a disabled account only after checking its password, with its own
    // 403, which told whoever guessed the password that it was right. Answered as a wrong
    // password, a disabled account confirms nothing.
    if (endpoint === "/sign-in/email" && response.status === 403) {
      return Response.json(INVALID_CREDENTIALS, { status: 401, headers: NO_STORE });
    }
    // Every answer here sets or reads a session; better-auth sends no Cache-Control, which let a
    // shared cache keep one reader's Set-Cookie for the next.
    const stored = new Response(response.body, response);
    stored.headers.set("Cache-Control", "no-store");
    return stored;
  };
}

const NO_STORE = { "Cache-Control": "no-store" };
