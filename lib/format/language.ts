const names = new Intl.DisplayNames(["en"], { type: "language" });

/** "fr" -> "French"; an unknown code is shown as given. */
export function languageName(code: string): string {
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}
