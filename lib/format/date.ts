/** The regional variant each interface language formats with: British English ("10 July 2024"), French of France. */
const INTL_LOCALES: Record<string, string> = { en: "en-GB", fr: "fr-FR" };

export const intlLocale = (locale: string) => INTL_LOCALES[locale] ?? locale;

/**
 * "10 July 2024" / "10 juillet 2024": statement dates are calendar dates, so they are formatted
 * in UTC.
 */
export function formatDate(date: Date, locale = "en"): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(date);
}

/** A calendar date given as "2024-07-10" (the trends' data), formatted like formatDate. */
export function formatIsoDate(isoDate: string, locale = "en"): string {
  const date = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? isoDate : formatDate(date, locale);
}
