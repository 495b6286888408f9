import { DEFAULT_LOCALE, isLocale, type Locale } from "./locales";

export type FirstVisitRequest = {
  method: string;
  pathname: string;
  search: string;
  /** The NEXT_LOCALE cookie: the language the reader last chose with the switch. */
  localeCookie: string | undefined;
  acceptLanguage: string | null;
};

/**
 * The language the browser prefers among ours: the highest-weighted Accept-Language entry whose
 * primary subtag we have ("fr-CA" counts as "fr"), or undefined when none is ours.
 */
export function preferredLocale(acceptLanguage: string | null): Locale | undefined {
  if (!acceptLanguage) return undefined;
  const entries = acceptLanguage.split(",").flatMap((part, index) => {
    const [tag = "", ...params] = part.trim().split(";");
    const q = params.map((param) => param.trim()).find((param) => param.startsWith("q="));
    const weight = q ? Number(q.slice(2)) : 1;
    const language = tag.trim().toLowerCase().split("-")[0];
    return Number.isFinite(weight) && weight > 0 && isLocale(language) ? [{ language, weight, index }] : [];
  });
  entries.sort((a, b) => b.weight - a.weight || a.index - b.index);
  return entries[0]?.language;
}

/**
 * Where a first visit to the bare home page should go instead, or null to serve it as asked.
 * Only `/` without parameters is ever redirected: any other address, including a shared filtered
 * view, is a link and opens in the link's language. A language chosen with the switch (the
 * cookie) wins over the browser's preference, so choosing English keeps `/` English.
 */
export function firstVisitRedirect(request: FirstVisitRequest): string | null {
  if (request.method !== "GET" && request.method !== "HEAD") return null;
  if (request.pathname !== "/" || request.search !== "") return null;
  const chosen = isLocale(request.localeCookie) ? request.localeCookie : preferredLocale(request.acceptLanguage);
  return chosen && chosen !== DEFAULT_LOCALE ? `/${chosen}` : null;
}
