import createMiddleware from "next-intl/middleware";
import { NextResponse, type NextRequest } from "next/server";
import { firstVisitRedirect } from "./first-visit";
import { LOCALE_COOKIE } from "./locales";
import { routing } from "./routing";

const handleLocaleRouting = createMiddleware(routing);

/** A first visit to `/` by a French-preferring browser goes to /fr (lib/i18n/first-visit.ts). */
export function redirectFirstVisit(request: NextRequest): NextResponse | null {
  const target = firstVisitRedirect({
    method: request.method,
    pathname: request.nextUrl.pathname,
    search: request.nextUrl.search,
    localeCookie: request.cookies.get(LOCALE_COOKIE)?.value,
    acceptLanguage: request.headers.get("accept-language"),
  });
  if (!target) return null;
  const response = NextResponse.redirect(new URL(target, request.url));
  response.headers.set("Vary", "Accept-Language, Cookie");
  return response;
}

/**
 * next-intl's routing: unprefixed pages are served by app/[locale] as English, /fr/... as French,
 * /en/... redirects to the unprefixed address. The home page's answer depends on the request's
 * language headers, so caches are told.
 */
export function routeLocale(request: NextRequest): NextResponse {
  const response = handleLocaleRouting(request);
  if (request.nextUrl.pathname === "/") response.headers.append("Vary", "Accept-Language, Cookie");
  return response;
}
