import { intlLocale } from "../format/date";
import type { ToneMatch } from "./analyze";

export type HighlightSegment = { text: string; match: ToneMatch | null };

/** Splits a text into plain runs and matched phrases, in order, for highlighting. */
export function highlightSegments(text: string, matches: readonly ToneMatch[]): HighlightSegment[] {
  const segments: HighlightSegment[] = [];
  let cursor = 0;
  for (const match of [...matches].sort((a, b) => a.start - b.start)) {
    if (match.start < cursor) continue;
    if (match.start > cursor) segments.push({ text: text.slice(cursor, match.start), match: null });
    segments.push({ text: text.slice(match.start, match.end), match });
    cursor = match.end;
  }
  if (cursor < text.length) segments.push({ text: text.slice(cursor), match: null });
  return segments;
}

/** "+3", "−1", "0": weights as the methodology page and the highlights show them. */
export function formatWeight(weight: number, locale = "en"): string {
  if (weight === 0) return "0";
  return `${weight > 0 ? "+" : "−"}${new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits: 2 }).format(Math.abs(weight))}`;
}
