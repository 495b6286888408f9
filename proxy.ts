import { getSessionCookie } from "better-auth/cookies";
import { NextResponse, type NextRequest } from "next/server";

/**
 * Sends visitors without a session cookie from the editor pages to /sign-in with a real redirect,
 * before any of the page streams. Only the cookie's presence is checked here: the pages and
 * server actions verify the session and role themselves (lib/auth/session.ts).
 */
export function proxy(request: NextRequest) {
  if ((request.method === "GET" || request.method === "HEAD") && !getSessionCookie(request)) {
    const signIn = new URL("/sign-in", request.url);
    signIn.searchParams.set("next", request.nextUrl.pathname);
    return NextResponse.redirect(signIn);
  }
  return NextResponse.next();
}

export const config = {
  matcher: ["/statements/new", "/statements/:slug/edit", "/themes/new", "/sources/:id/edit"],
};
