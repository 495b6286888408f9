/**
 * A folded copy of a text for phrase matching (lower case, no accents, one kind of apostrophe,
 * quotation mark and hyphen, runs of white space as one space) together with, for every folded
 * character, where it came from in the original. Matches found in the folded copy can then be
 * reported, and highlighted, at their positions in the text the reader sees.
 */
export type FoldedText = {
  folded: string;
  /** Index in the original text of the character each folded character came from. */
  starts: number[];
  /** Index in the original text just after that character. */
  ends: number[];
};

const APOSTROPHES = /['\u2018\u2019\u02bc\u0060\u00b4]/u;
const QUOTES = /["\u201c\u201d\u00ab\u00bb\u201e]/u;
const HYPHENS = /[\u2010\u2011\u2012\u2013\u2014\u2212-]/u;
const MARKS = /\p{M}/gu;

function foldChar(char: string): string {
  if (APOSTROPHES.test(char)) return "'";
  if (QUOTES.test(char)) return '"';
  if (HYPHENS.test(char)) return "-";
  if (/\s/u.test(char)) return " ";
  // Decompose after lower-casing so that both "É" and "é" lose their accent the same way.
  return char.toLowerCase().normalize("NFD").replace(MARKS, "");
}

export function foldText(text: string): FoldedText {
  let folded = "";
  const starts: number[] = [];
  const ends: number[] = [];
  let index = 0;
  for (const char of text) {
    const end = index + char.length;
    const out = foldChar(char);
    // A line break or a double space inside a phrase must not stop it matching.
    if (!(out === " " && folded.endsWith(" "))) {
      folded += out;
      // One entry per UTF-16 unit, so folded indices and these arrays stay aligned.
      for (let unit = 0; unit < out.length; unit++) {
        starts.push(index);
        ends.push(end);
      }
    }
    index = end;
  }
  return { folded, starts, ends };
}

/** Folds a lexicon phrase the way texts are folded, so both sides compare equal. */
export function foldPhrase(phrase: string): string {
  return foldText(phrase.trim()).folded;
}
