import { getSessionCookie } from "better-auth/cookies";
import { NextResponse, type NextRequest } from "next/server";
import { isEditorPage } from "@/lib/auth/editor-pages";
import { withContentSecurityPolicy } from "@/lib/security/proxy-csp";

/**
 * Two jobs before any page streams:
 * - visitors without a session cookie go from the editor pages to /sign-in with a real redirect.
 *   Only the cookie's presence is checked here: the pages and server actions verify the session
 *   and role themselves (lib/auth/session.ts);
 * - every response gets its Content-Security-Policy with a fresh nonce (lib/security/).
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (isEditorPage(pathname) && (request.method === "GET" || request.method === "HEAD") && !getSessionCookie(request)) {
    const signIn = new URL("/sign-in", request.url);
    signIn.searchParams.set("next", pathname);
    return NextResponse.redirect(signIn);
  }
  return withContentSecurityPolicy(request, (forwarded) => NextResponse.next({ request: { headers: forwarded.headers } }));
}

export const config = {
  // Everything but the build's static files, whose policy would never be read.
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
