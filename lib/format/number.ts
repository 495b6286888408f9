import { intlLocale } from "./date";

/** "2.5" / "2,5": a decimal with a fixed number of digits, in the page's language. */
export function formatDecimal(value: number, digits: number, locale = "en"): string {
  return new Intl.NumberFormat(intlLocale(locale), { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
}

/** "2019, 2021 and 2022" / "2019, 2021 et 2022". */
export function formatList(items: readonly string[], locale = "en"): string {
  return new Intl.ListFormat(intlLocale(locale), { style: "long", type: "conjunction" }).format(items);
}
