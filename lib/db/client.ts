import "server-only";
import { env } from "../env";
import { createPrismaClient, type Db } from "./create-client";

const globalForDb = globalThis as unknown as { db?: Db };

/** The app's one Prisma client; reused across hot reloads in development. */
export const db: Db = globalForDb.db ?? createPrismaClient(env().database);

if (env().nodeEnv !== "production") globalForDb.db = db;
