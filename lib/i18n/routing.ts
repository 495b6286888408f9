import { defineRouting } from "next-intl/routing";

/**
 * English at the existing URLs, French under /fr. next-intl's own detection and cookie are off:
 * a shared link always opens in the language of the link, and the one exception (a first visit
 * to `/`) is decided in lib/i18n/first-visit.ts.
 */
export const routing = defineRouting({
  locales: ["en", "fr"],
  defaultLocale: "en",
  localePrefix: "as-needed",
  localeDetection: false,
  localeCookie: false,
});

export type Locale = (typeof routing.locales)[number];

/** The cookie the language switch writes; read only when deciding a first visit to `/`. */
export const LOCALE_COOKIE = "NEXT_LOCALE";
