import { defineRouting } from "next-intl/routing";
import { DEFAULT_LOCALE, LOCALES } from "./locales";

export type { Locale } from "./locales";

/**
 * English at the existing URLs, French under /fr. next-intl's own detection and cookie are off:
 * a shared link always opens in the language of the link, and the one exception (a first visit
 * to `/`) is decided in lib/i18n/first-visit.ts.
 */
export const routing = defineRouting({
  locales: LOCALES,
  defaultLocale: DEFAULT_LOCALE,
  localePrefix: "as-needed",
  localeDetection: false,
  localeCookie: false,
  // next-intl's Link response header builds its absolute hreflang addresses from the request's
  // Host / X-Forwarded-Host, which the client controls (and a shared cache would keep). The pages
  // already list their alternates in the HTML, from SITE_URL (lib/i18n/metadata.ts).
  alternateLinks: false,
});
