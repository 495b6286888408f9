// What a browser needs to spell filter URLs, without the zod schemas of filters.ts: the timeline's
// filter form is a client component, and importing filters.ts put zod in every reader's first load.

/** URL spelling of enum values: PRESS_CONFERENCE <-> press-conference. */
export const toUrlValue = (value: string) => value.toLowerCase().replaceAll("_", "-");

/** The URL parameters of the filters, in the order links spell them. */
export const FILTER_PARAMS = ["q", "from", "to", "tone", "type", "speaker", "theme", "source", "lang", "disagree", "sort"] as const;
export type FilterParam = (typeof FILTER_PARAMS)[number];

/**
 * The canonical query string for filter values (lists comma-joined, blanks and the default
 * sort left out), so equal views share one URL. Extra entries such as a page cursor follow.
 */
export function filterQuery(
  values: Partial<Record<FilterParam, string | readonly string[]>>,
  extra: Record<string, string | undefined> = {},
): string {
  const pairs: [string, string][] = [];
  for (const key of FILTER_PARAMS) {
    const raw = values[key];
    const value = (typeof raw === "string" ? raw : (raw ?? []).join(",")).trim();
    if (value && !(key === "sort" && value === "asc")) pairs.push([key, value]);
  }
  for (const [key, value] of Object.entries(extra)) if (value) pairs.push([key, value]);
  // Commas stay readable (tone=4,5): they are legal in a query string.
  return pairs.map(([key, value]) => `${key}=${encodeURIComponent(value).replaceAll("%2C", ",")}`).join("&");
}
