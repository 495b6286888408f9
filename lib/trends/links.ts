import { NOT_MENTIONED } from "../tone/scale";

/**
 * The timeline filtered to one day, or one year and tone level, in the URL parameters of
 * lib/statements/filters.ts.
 */
export function timelineHref(filter: { from: string; to: string; tone?: number }): string {
  const params = new URLSearchParams({ from: filter.from, to: filter.to });
  if (filter.tone !== undefined) params.set("tone", filter.tone === NOT_MENTIONED ? "none" : String(filter.tone));
  return `/?${params.toString()}`;
}
