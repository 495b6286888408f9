import { intlLocale } from "./date";

/** "fr" -> "French" (or "français" on French pages); an unknown code is shown as given. */
export function languageName(code: string, locale = "en"): string {
  try {
    return new Intl.DisplayNames([intlLocale(locale)], { type: "language" }).of(code) ?? code;
  } catch {
    return code;
  }
}
