import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
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

/** For form actions: the user when they hold `role`, else the message to show instead of saving. */
export async function checkRole(role: Role): Promise<{ ok: true; user: CurrentUser } | { ok: false; message: string }> {
  try {
    return { ok: true, user: await requireRole(role) };
  } catch (error) {
    if (error instanceof AuthorizationError) return { ok: false, message: error.message };
    throw error;
  }
}

/** For pages: anonymous visitors go to /sign-in and come back to `returnTo` afterwards. */
export async function requirePageRole(role: Role, returnTo: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/sign-in?next=${encodeURIComponent(returnTo)}`);
  if (!hasRole(user.role, role)) redirect(`/sign-in?next=${encodeURIComponent(returnTo)}&error=forbidden`);
  return user;
}
