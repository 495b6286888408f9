import { findMatches, lexiconLanguage } from "../tone/analyze";
import { LEXICON } from "../tone/lexicon";
import { isoDay, type TrendStatement } from "./types";

export type KeyPhraseTrack = {
  id: string;
  label: string;
  weight: number;
  /** The years it appears in, ascending, with how many statements used it that year. */
  years: { year: number; statements: number }[];
  first: { date: string; slug: string; title: string } | null;
};

/** The lexicon entries a statement uses, in its quote or its English translation. */
function entriesUsed(statement: TrendStatement): Set<string> {
  const matches = [
    ...(statement.quote ? findMatches(statement.quote, lexiconLanguage(statement.language)) : []),
    ...(statement.translation ? findMatches(statement.translation, "en") : []),
  ];
  return new Set(matches.map((match) => match.entry.id));
}

/**
 * For each key phrase of the lexicon, the years it appears and where it first did, ordered by
 * first appearance (phrases never used last).
 */
export function keyPhraseTracker(statements: readonly TrendStatement[]): KeyPhraseTrack[] {
  const chronological = [...statements].sort((a, b) => a.date.getTime() - b.date.getTime() || a.slug.localeCompare(b.slug));
  const used = chronological.map((statement) => ({ statement, entries: entriesUsed(statement) }));
  const tracks = LEXICON.filter((entry) => entry.key).map((entry): KeyPhraseTrack => {
    const using = used.filter(({ entries }) => entries.has(entry.id)).map(({ statement }) => statement);
    const perYear = new Map<number, number>();
    for (const statement of using) perYear.set(statement.date.getUTCFullYear(), (perYear.get(statement.date.getUTCFullYear()) ?? 0) + 1);
    const first = using[0];
    return {
      id: entry.id,
      label: entry.label,
      weight: entry.weight,
      years: [...perYear].map(([year, count]) => ({ year, statements: count })).sort((a, b) => a.year - b.year),
      first: first ? { date: isoDay(first.date), slug: first.slug, title: first.title } : null,
    };
  });
  return tracks.sort((a, b) => (a.first?.date ?? "9999").localeCompare(b.first?.date ?? "9999"));
}
