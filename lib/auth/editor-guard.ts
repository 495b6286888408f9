import { getSessionCookie } from "better-auth/cookies";
import { NextResponse, type NextRequest } from "next/server";
import { localizePath, splitLocale } from "@/lib/i18n/locale-path";
import { isEditorPage } from "./editor-pages";

/**
 * Sends visitors without a session cookie from the editor pages (in either language) to the
 * sign-in page in the same language, with a real redirect, before any of the page streams. Only
 * the cookie's presence is checked here: the pages and server actions verify the session and
 * role themselves (lib/auth/session.ts).
 */
export function guardEditorPages(request: NextRequest): NextResponse | null {
  if (request.method !== "GET" && request.method !== "HEAD") return null;
  const { locale, path } = splitLocale(request.nextUrl.pathname);
  if (!isEditorPage(path) || getSessionCookie(request)) return null;
  const signIn = new URL(localizePath("/sign-in", locale), request.url);
  signIn.searchParams.set("next", request.nextUrl.pathname);
  return NextResponse.redirect(signIn);
}
