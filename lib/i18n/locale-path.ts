import { DEFAULT_LOCALE, LOCALES, type Locale } from "./locales";

/**
 * "/fr/trends" -> { locale: "fr", path: "/trends" }; unprefixed paths are English. "/en/trends"
 * (the address next-intl rewrites English pages to internally) is English too.
 */
export function splitLocale(pathname: string): { locale: Locale; path: string } {
  for (const locale of LOCALES) {
    if (pathname === `/${locale}`) return { locale, path: "/" };
    if (pathname.startsWith(`/${locale}/`)) return { locale, path: pathname.slice(locale.length + 1) };
  }
  return { locale: DEFAULT_LOCALE, path: pathname };
}

/** A site path (with any query) in the given language: English unprefixed, French under /fr. */
export function localizePath(href: string, locale: Locale): string {
  if (locale === DEFAULT_LOCALE) return href;
  const queryAt = href.search(/[?#]/);
  const [path, rest] = queryAt === -1 ? [href, ""] : [href.slice(0, queryAt), href.slice(queryAt)];
  return `${path === "/" ? `/${locale}` : `/${locale}${path}`}${rest}`;
}

/**
 * The same page and query in another language, for the language switch: "/fr/trends" with
 * "?tone=4" -> "/trends?tone=4".
 */
export function switchLocaleHref(pathname: string, search: string, target: Locale): string {
  const query = search && search !== "?" ? (search.startsWith("?") ? search : `?${search}`) : "";
  return `${localizePath(splitLocale(pathname).path, target)}${query}`;
}

// Not pages: the API (but its reference page /api), embeds, Next's own files, anything with a file
// extension (feed.xml, sitemap.xml, robots.txt, cite.bib, cite.ris) and the preview images.
const NOT_PAGES = /^\/(?:api\/|embed\/|_next\/|_vercel\/)|\.[^/]+$|\/opengraph-image(?:$|\/|-)/;

/** Whether next-intl routes this path (the pages under app/[locale]). */
export function isLocalizedPage(pathname: string): boolean {
  return !NOT_PAGES.test(pathname);
}
