import { NextResponse, type NextRequest } from "next/server";
import { guardEditorPages } from "@/lib/auth/editor-guard";
import { isLocalizedPage } from "@/lib/i18n/locale-path";
import { redirectFirstVisit, routeLocale } from "@/lib/i18n/proxy";
import { refuseForeignOrigin } from "@/lib/security/foreign-origin";
import { withContentSecurityPolicy } from "@/lib/security/proxy-csp";

const passThrough = (request: NextRequest) => NextResponse.next({ request: { headers: request.headers } });

/**
 * Every request but the build's static files: a form posted from another site is refused, then
 * the editor guard, then the home page's language choice, then the response with its
 * Content-Security-Policy (a fresh nonce, lib/security/), through next-intl's locale routing for
 * pages.
 */
export function proxy(request: NextRequest) {
  return (
    refuseForeignOrigin(request) ??
    guardEditorPages(request) ??
    redirectFirstVisit(request) ??
    withContentSecurityPolicy(request, isLocalizedPage(request.nextUrl.pathname) ? routeLocale : passThrough)
  );
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
