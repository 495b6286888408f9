/**
 * The site's languages as plain constants, importable by client code without pulling in
 * next-intl's routing module.
 */
export const LOCALES = ["en", "fr"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";

/** The cookie the language switch writes; read only when deciding a first visit to `/`. */
export const LOCALE_COOKIE = "NEXT_LOCALE";

export const isLocale = (value: string | undefined): value is Locale => LOCALES.includes(value as Locale);
