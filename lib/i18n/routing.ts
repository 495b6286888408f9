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
});
