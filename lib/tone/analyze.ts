import { foldPhrase, foldText } from "./fold";
import { LEXICON, NEGATION_WINDOW, NEGATORS, lexiconEntry, type LexiconEntry, type LexiconLanguage } from "./lexicon";

export type ToneMatch = {
  /** The lexicon wording that matched; a denied phrase reads "not … adversary". */
  phrase: string;
  weight: number;
  /** Character range [start, end) in the original text. */
  start: number;
  end: number;
};

/** The automatic reading of a text: always a level 1–5, with every match that produced it. */
export type ToneReading = { level: 1 | 2 | 3 | 4 | 5; score: number; matches: ToneMatch[] };

/** A match together with the lexicon entry it counts for (used by the key-phrase tracker). */
export type EntryMatch = ToneMatch & { entry: LexiconEntry };

/**
 * How a score becomes a level. Scores move in half steps. A text with no lexicon phrase scores
 * 0 and so reads as level 2, the balanced middle band: absence of signal is neither engagement
 * nor alarm, and the empty `matches` list tells the caller the reading rests on nothing.
 */
export const SCORE_BANDS = [
  { level: 1, min: -Infinity, max: -3 },
  { level: 2, min: -3, max: 1 },
  { level: 3, min: 1, max: 3 },
  { level: 4, min: 3, max: 8 },
  { level: 5, min: 8, max: Infinity },
] as const;

export function levelForScore(score: number): ToneReading["level"] {
  if (score <= SCORE_BANDS[0].max) return 1;
  for (const band of SCORE_BANDS.slice(1)) {
    if (score >= band.min && score < band.max) return band.level;
  }
  return 2;
}

type CompiledForm = { entry: LexiconEntry; form: string; folded: string; language: LexiconLanguage };

const COMPILED: readonly CompiledForm[] = LEXICON.flatMap((entry) =>
  (Object.entries(entry.forms) as [LexiconLanguage, readonly string[]][]).flatMap(([language, forms]) =>
    forms.map((form) => ({ entry, form, folded: foldPhrase(form), language })),
  ),
);

const WORD_CHAR = /[\p{L}\p{N}]/u;
const CLAUSE_BREAK = /[.;:!?,()"]/u;
const CLAUSE_BREAK_WORDS = new Set(["but", "mais", "yet", "however", "cependant"]);

function isWordChar(char: string | undefined): boolean {
  return char !== undefined && WORD_CHAR.test(char);
}

function isNegator(word: string, languages: readonly LexiconLanguage[]): boolean {
  return languages.some((language) =>
    NEGATORS[language].some((negator) => (negator === "n't" ? word.endsWith("n't") : word === negator)),
  );
}

/**
 * The negator denying a phrase that starts at `at` in the folded text, if one stands within
 * NEGATION_WINDOW words before it in the same clause.
 */
function findNegator(folded: string, at: number, languages: readonly LexiconLanguage[]): { word: string; start: number } | null {
  let index = at;
  for (let words = 0; words < NEGATION_WINDOW; words++) {
    while (index > 0 && !isWordChar(folded[index - 1]) && folded[index - 1] !== "'") {
      if (CLAUSE_BREAK.test(folded[index - 1]!)) return null;
      index--;
    }
    if (index === 0) return null;
    const end = index;
    while (index > 0 && (isWordChar(folded[index - 1]) || folded[index - 1] === "'")) index--;
    const word = folded.slice(index, end);
    if (CLAUSE_BREAK_WORDS.has(word)) return null;
    if (isNegator(word, languages)) return { word, start: index };
  }
  return null;
}

type Candidate = { entry: LexiconEntry; phrase: string; start: number; end: number; negated: boolean };

/**
 * Every lexicon phrase in the text, with positions in the original. Where matches overlap the
 * longest wins (an explicit phrase beats a denied one of the same length), so "not our
 * adversary" counts once and never also as "adversary".
 */
export function findMatches(text: string, language?: LexiconLanguage): EntryMatch[] {
  const languages: readonly LexiconLanguage[] = language ? [language] : ["en", "fr"];
  const { folded, starts, ends } = foldText(text);
  const candidates: Candidate[] = [];

  for (const compiled of COMPILED) {
    if (!languages.includes(compiled.language)) continue;
    for (let at = folded.indexOf(compiled.folded); at !== -1; at = folded.indexOf(compiled.folded, at + 1)) {
      const end = at + compiled.folded.length;
      if (isWordChar(folded[at - 1]) || isWordChar(folded[end])) continue;
      const negator = compiled.entry.negatedAs ? findNegator(folded, at, languages) : null;
      if (negator && compiled.entry.negatedAs) {
        candidates.push({
          entry: lexiconEntry(compiled.entry.negatedAs),
          phrase: `${negator.word} … ${compiled.form}`,
          start: negator.start,
          end,
          negated: true,
        });
      } else {
        candidates.push({ entry: compiled.entry, phrase: compiled.form, start: at, end, negated: false });
      }
    }
  }

  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || Number(a.negated) - Number(b.negated) || a.start - b.start);
  const chosen: Candidate[] = [];
  for (const candidate of candidates) {
    if (chosen.every((taken) => candidate.end <= taken.start || candidate.start >= taken.end)) chosen.push(candidate);
  }
  chosen.sort((a, b) => a.start - b.start);

  return chosen.map((match) => ({
    entry: match.entry,
    phrase: match.phrase,
    weight: match.entry.weight,
    start: starts[match.start]!,
    end: ends[match.end - 1]!,
  }));
}

/** The automatic tone reading of any text, English or French. */
export function analyzeTone(text: string, language?: LexiconLanguage): ToneReading {
  const matches = findMatches(text, language).map(({ phrase, weight, start, end }) => ({ phrase, weight, start, end }));
  const score = matches.reduce((sum, match) => sum + match.weight, 0);
  return { level: levelForScore(score), score, matches };
}

/** The analyzer's language for a BCP 47 code; other languages are read with both lexicons. */
export function lexiconLanguage(code: string | null | undefined): LexiconLanguage | undefined {
  const primary = code?.toLowerCase().split("-")[0];
  return primary === "en" || primary === "fr" ? primary : undefined;
}
