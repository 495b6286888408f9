import { z } from "zod";
import type { Db } from "../db/create-client";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, type Auth } from "./create-auth";
import { ROLES } from "./roles";

/** Account management behind the user:* scripts. Not server-only: the scripts run under tsx. */

export const emailArg = z.email({ error: "--email must be an email address" }).trim().toLowerCase();
export const passwordArg = z
  .string({ error: "--password is required" })
  .min(MIN_PASSWORD_LENGTH, `--password must be at least ${MIN_PASSWORD_LENGTH} characters`)
  .max(MAX_PASSWORD_LENGTH, `--password must be at most ${MAX_PASSWORD_LENGTH} characters`);
export const roleArg = z.enum(ROLES, { error: `--role must be ${ROLES.join(" or ")}` });

export class UserError extends Error {
  override name = "UserError";
}

export async function createUser(db: Db, auth: Auth, input: { email: string; password: string; role: string; name?: string }) {
  const context = await auth.$context;
  if (await db.user.findUnique({ where: { email: input.email } })) throw new UserError(`a user with email ${input.email} already exists`);
  const hash = await context.password.hash(input.password);
  const user = await context.internalAdapter.createUser({
    email: input.email,
    name: input.name ?? input.email.split("@")[0] ?? input.email,
    emailVerified: true,
    role: input.role,
  }, { method: "admin" });
  await context.internalAdapter.linkAccount({ userId: user.id, providerId: "credential", accountId: user.id, password: hash });
  return user;
}

export async function listUsers(db: Db) {
  return db.user.findMany({
    orderBy: { email: "asc" },
    select: { email: true, name: true, role: true, banned: true, createdAt: true },
  });
}

async function findUser(db: Db, email: string) {
  const user = await db.user.findUnique({ where: { email } });
  if (!user) throw new UserError(`no user with email ${email}`);
  return user;
}

/** Sets a new password and signs the user out everywhere, so an old session cannot outlive it. */
export async function setPassword(db: Db, auth: Auth, email: string, password: string) {
  const user = await findUser(db, email);
  const context = await auth.$context;
  const hash = await context.password.hash(password);
  await db.$transaction(async (tx) => {
    const updated = await tx.account.updateMany({ where: { userId: user.id, providerId: "credential" }, data: { password: hash } });
    if (updated.count === 0) {
      await tx.account.create({ data: { userId: user.id, providerId: "credential", accountId: user.id, password: hash } });
    }
    await tx.session.deleteMany({ where: { userId: user.id } });
  });
}

/** Disables an account: it cannot sign in, and its open sessions end with their next request. */
export async function disableUser(db: Db, email: string, reason?: string) {
  const user = await findUser(db, email);
  await db.$transaction([
    db.user.update({ where: { id: user.id }, data: { banned: true, banReason: reason ?? "disabled with user:disable", banExpires: null } }),
    db.session.deleteMany({ where: { userId: user.id } }),
  ]);
}
