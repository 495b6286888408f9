import "server-only";
import { db } from "../db/client";
import { env } from "../env";
import { createAuth, type Auth } from "./create-auth";

let instance: Auth | undefined;

/** The app's auth instance, built on first use so `next build` does not need the secret. */
export function getAuth(): Auth {
  instance ??= createAuth(db, { database: env().database, auth: env().auth, production: env().nodeEnv === "production" });
  return instance;
}
