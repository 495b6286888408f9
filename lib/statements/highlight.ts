import { foldForSearch } from "./search-text";

export type Segment = { text: string; match: boolean };

/** The words of a search, folded the way the database's searchText is. */
export function searchTerms(q: string | undefined): string[] {
  return q ? [...new Set(foldForSearch(q).split(/\s+/).filter(Boolean))] : [];
}

/**
 * Splits text into plain and matching segments for the search terms, matching the way the
 * `q` filter does (case- and accent-insensitive), so "defis" marks "Défis" in the quote.
 */
export function highlight(text: string, terms: readonly string[]): Segment[] {
  if (terms.length === 0 || text === "") return text ? [{ text, match: false }] : [];
  // Fold character by character, remembering where each folded character came from, so a
  // match in the folded text maps back to the original characters.
  let folded = "";
  const origin: number[] = [];
  let index = 0;
  for (const char of text) {
    const piece = foldForSearch(char);
    folded += piece;
    for (let i = 0; i < piece.length; i++) origin.push(index);
    index += char.length;
  }
  origin.push(text.length);

  const marked = new Array<boolean>(text.length).fill(false);
  for (const term of terms) {
    for (let at = folded.indexOf(term); at !== -1; at = folded.indexOf(term, at + 1)) {
      const start = origin[at] ?? text.length;
      const end = nextOrigin(origin, at + term.length, text.length);
      marked.fill(true, start, end);
    }
  }

  const segments: Segment[] = [];
  for (let i = 0; i < text.length; ) {
    let j = i;
    while (j < text.length && marked[j] === marked[i]) j++;
    segments.push({ text: text.slice(i, j), match: marked[i] ?? false });
    i = j;
  }
  return segments;
}

/** The original index where the folded character at `at` starts a new original character. */
function nextOrigin(origin: number[], at: number, length: number): number {
  const previous = origin[at - 1] ?? 0;
  for (let i = at; i < origin.length; i++) if ((origin[i] ?? length) !== previous) return origin[i] ?? length;
  return length;
}

const EXCERPT_LENGTH = 280;

/**
 * A quote short enough for a timeline card: whole when it fits, otherwise a window cut at
 * word boundaries around the first search match (or the start), with ellipses where cut.
 */
export function excerpt(text: string, terms: readonly string[] = [], maxLength = EXCERPT_LENGTH): string {
  if (text.length <= maxLength) return text;
  let start = 0;
  let offset = 0;
  for (const segment of highlight(text, terms)) {
    if (segment.match) {
      if (offset + segment.text.length > maxLength - 20) start = Math.max(0, offset - Math.floor(maxLength / 3));
      break;
    }
    offset += segment.text.length;
  }
  if (start > 0) {
    const space = text.indexOf(" ", start);
    start = space === -1 ? start : space + 1;
  }
  let end = Math.min(text.length, start + maxLength);
  if (end < text.length) {
    const space = text.lastIndexOf(" ", end);
    end = space > start ? space : end;
  }
  const body = text.slice(start, end).replace(/[\s,;:]+$/, "");
  return `${start > 0 ? "…" : ""}${body}${end < text.length ? "…" : ""}`;
}
