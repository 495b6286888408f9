import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { admin } from "better-auth/plugins";
import { createAccessControl } from "better-auth/plugins/access";
import { adminAc, defaultStatements, userAc } from "better-auth/plugins/admin/access";
import type { Db } from "../db/create-client";
import type { DatabaseConfig } from "../db/database-url";
import type { AuthConfig } from "../env";
import { CLIENT_ADDRESS_HEADER } from "../security/client-address";
import { requestOrigin } from "./origin";

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 128;

/** Sign-in attempts allowed per client address and window; the rest get 429 until it ends. */
export const SIGN_IN_RATE_LIMIT = { window: 60, max: 5 };

const accessControl = createAccessControl(defaultStatements);

/**
 * The better-auth instance for one database. Not server-only: the user:* command-line scripts
 * build their own on the database they are pointed at, so they hash passwords exactly as sign-in
 * verifies them.
 */
export function createAuth(
  db: Db,
  options: { database: DatabaseConfig; auth: AuthConfig; production: boolean; logLevel?: "warn" | "error" },
) {
  return betterAuth({
    logger: { level: options.logLevel ?? "warn" },
    appName: "NATO–China Tracker",
    secret: options.auth.secret,
    baseURL: options.auth.baseURL,
    // Without BETTER_AUTH_URL, requests are accepted from the origin they were sent to and no
    // other: a cross-site form or fetch carries its own site's Origin and is refused.
    trustedOrigins: (request) => [options.auth.baseURL && new URL(options.auth.baseURL).origin, request && requestOrigin(request)],
    database: prismaAdapter(db, { provider: options.database.provider }),
    emailAndPassword: {
      enabled: true,
      // Accounts are created by an admin with `npm run user:create`; nobody signs themselves up.
      disableSignUp: true,
      minPasswordLength: MIN_PASSWORD_LENGTH,
      maxPasswordLength: MAX_PASSWORD_LENGTH,
    },
    session: {
      // No cookie cache: every request reads the session row, so disabling a user (which deletes
      // their sessions) takes effect on their very next request.
      cookieCache: { enabled: false },
    },
    rateLimit: {
      // On in every environment and stored in the database, so the limit holds across server
      // processes and restarts, and the browser tests exercise it.
      enabled: true,
      storage: "database",
      window: 60,
      max: 100,
      customRules: { "/sign-in/email": SIGN_IN_RATE_LIMIT },
    },
    advanced: {
      // The per-client limits key on the address the server's preload stamps from the socket
      // (and from X-Forwarded-For only through TRUSTED_PROXIES), never on what a client sends.
      ipAddress: { ipAddressHeaders: [CLIENT_ADDRESS_HEADER] },
      useSecureCookies: options.production,
      defaultCookieAttributes: { httpOnly: true, sameSite: "lax", secure: options.production },
    },
    telemetry: { enabled: false },
    plugins: [
      admin({
        ac: accessControl,
        roles: { admin: adminAc, editor: userAc },
        defaultRole: "editor",
        adminRoles: ["admin"],
        bannedUserMessage: "This account is disabled.",
      }),
    ],
  });
}

export type Auth = ReturnType<typeof createAuth>;
