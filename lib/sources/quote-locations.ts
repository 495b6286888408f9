export type QuotedStatement = { slug: string; quote: string | null };

export type TextPiece = { text: string; slugs: string[] };

export type QuoteLocations = {
  /** The full text cut into pieces; a piece with slugs is quoted by those statements. */
  pieces: TextPiece[];
  /** Slugs of statements whose quote occurs verbatim in the text. */
  found: string[];
  /** Slugs of statements whose quote does not occur verbatim (paraphrased, translated, edited). */
  notFound: string[];
};

/**
 * Bounds on marking, so an editor cannot make the public source page huge: a one-character quote
 * in a 20,000-character text cut it into thousands of marked pieces (a 7.2 MB page). A quote
 * shorter than a real sentence fragment is checked but not marked, and marking stops after a
 * fixed number of occurrences per quote.
 */
export const MIN_MARKED_QUOTE_LENGTH = 12;
export const MAX_MARKS_PER_QUOTE = 5;

/**
 * Where each statement's quote occurs in a source's stored text. Matching is exact, character
 * for character, because the point is to show that a quote is verbatim: a quote that differs
 * by one apostrophe is reported as not found rather than highlighted. Occurrences are marked
 * within the bounds above; overlapping quotes split the text so each piece lists every statement
 * covering it.
 */
export function locateQuotes(fullText: string, statements: readonly QuotedStatement[]): QuoteLocations {
  const covering: string[][] = Array.from({ length: fullText.length }, () => []);
  const found: string[] = [];
  const notFound: string[] = [];
  for (const { slug, quote } of statements) {
    if (!quote) continue;
    let at = fullText.indexOf(quote);
    if (at === -1) {
      notFound.push(slug);
      continue;
    }
    found.push(slug);
    if (quote.length < MIN_MARKED_QUOTE_LENGTH) continue;
    for (let marks = 0; at !== -1 && marks < MAX_MARKS_PER_QUOTE; at = fullText.indexOf(quote, at + quote.length), marks++) {
      for (let i = at; i < at + quote.length; i++) covering[i]?.push(slug);
    }
  }

  const pieces: TextPiece[] = [];
  const key = (i: number) => (covering[i] ?? []).join(" ");
  for (let i = 0; i < fullText.length; ) {
    let j = i + 1;
    while (j < fullText.length && key(j) === key(i)) j++;
    pieces.push({ text: fullText.slice(i, j), slugs: covering[i] ?? [] });
    i = j;
  }
  return { pieces, found, notFound };
}
