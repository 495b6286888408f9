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
 * Where each statement's quote occurs in a source's stored text. Matching is exact, character
 * for character, because the point is to show that a quote is verbatim: a quote that differs
 * by one apostrophe is reported as not found rather than highlighted. Every occurrence is
 * marked; overlapping quotes split the text so each piece lists every statement covering it.
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
    for (; at !== -1; at = fullText.indexOf(quote, at + quote.length)) {
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
