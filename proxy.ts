import { getSessionCookie } from "better-auth/cookies";
import { NextResponse, type NextRequest } from "next/server";
import { isEditorPage } from "@/lib/auth/editor-pages";
import { contentSecurityPolicyFor, createNonce } from "@/lib/security/content-security-policy";

/**
 * Two jobs before any page streams:
 * - visitors without a session cookie go from the editor pages to /sign-in with a real redirect.
 *   Only the cookie's presence is checked here: the pages and server actions verify the session
 *   and role themselves (lib/auth/session.ts);
 * - every response gets its Content-Security-Policy, with a fresh nonce. The policy also goes on
 *   the request headers, where Next.js reads the nonce and puts it on its own scripts.
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (isEditorPage(pathname) && (request.method === "GET" || request.method === "HEAD") && !getSessionCookie(request)) {
    const signIn = new URL("/sign-in", request.url);
    signIn.searchParams.set("next", pathname);
    return NextResponse.redirect(signIn);
  }
  const policy = contentSecurityPolicyFor(pathname, createNonce(), {
    development: process.env.NODE_ENV === "development",
    production: process.env.NODE_ENV === "production",
  });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  // Everything but the build's static files, whose policy would never be read.
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
