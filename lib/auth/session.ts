import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { localizePath } from "../i18n/locale-path";
import { getAuth } from "./auth";
import { hasRole, type Role } from "./roles";

export type CurrentUser = { id: string; email: string; name: string; role: string };

/** Raised by requireRole; route handlers turn it into 401 or 403. */
export class AuthorizationError extends Error {
  override name = "AuthorizationError";
  constructor(readonly status: 401 | 403) {
    super(status === 401 ? "Sign in to do this." : "Your account is not allowed to do this.");
  }
}

/** The signed-in user, or null. A disabled (banned) account counts as signed out. */
export async function getCurrentUser(): Promise<CurrentUser | null> {
  // headers() first: during `next build` it marks the page dynamic before the auth config is read.
  const requestHeaders = await headers();
  const session = await getAuth().api.getSession({ headers: requestHeaders });
  if (!session || session.user.banned) return null;
  const { id, email, name, role } = session.user;
  return { id, email, name, role: role ?? "" };
}

/** For server actions and route handlers: the user when they hold `role`, else AuthorizationError. */
export async function requireRole(role: Role): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) throw new AuthorizationError(401);
  if (!hasRole(user.role, role)) throw new AuthorizationError(403);
  return user;
}

/**
 * For form actions: the user when they hold `role`, else why not, which the form words in the
 * page's language (authRefusal).
 */
export async function checkRole(role: Role): Promise<{ ok: true; user: CurrentUser } | { ok: false; status: 401 | 403 }> {
  try {
    return { ok: true, user: await requireRole(role) };
  } catch (error) {
    if (error instanceof AuthorizationError) return { ok: false, status: error.status };
    throw error;
  }
}

/** A refused form action's message in the page's language. */
export async function authRefusal(status: 401 | 403): Promise<string> {
  const t = await getTranslations("auth.refused");
  return t(status === 401 ? "unauthenticated" : "forbidden");
}

/**
 * For pages: anonymous visitors go to the sign-in page in the page's language and come back to
 * `returnTo` (an unprefixed path, shown in the same language) afterwards.
 */
export async function requirePageRole(role: Role, returnTo: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (user && hasRole(user.role, role)) return user;
  const locale = await getLocale();
  const signIn = `${localizePath("/sign-in", locale)}?next=${encodeURIComponent(localizePath(returnTo, locale))}`;
  redirect(user ? `${signIn}&error=forbidden` : signIn);
}
