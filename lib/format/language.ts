import { intlLocale } from "./date";

/** "fr" -> "French" (or "français" on French pages); an unknown code is shown as given. */
export function languageName(code: string, locale = "en"): string {
  try {
    return new Intl.DisplayNames([intlLocale(locale)], { type: "language" }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** "français" -> "Français": a language name standing alone, as a label. */
export function languageLabel(code: string, locale = "en"): string {
  const name = languageName(code, locale);
  return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
}
