import { describe, expect, it } from "vitest";
import { SCORE_BANDS, analyzeTone, findMatches, levelForScore, lexiconLanguage } from "./analyze";
import { LEXICON } from "./lexicon";

/** The original text under each match, so tests check positions, not just phrases. */
function spans(text: string, language?: "en" | "fr") {
  return analyzeTone(text, language).matches.map((match) => text.slice(match.start, match.end));
}

describe("analyzeTone in English", () => {
  it("reads the 2024 'decisive enabler' as a threat, level 5", () => {
    const reading = analyzeTone("The PRC has become a decisive enabler of Russia's war against Ukraine.", "en");
    expect(reading).toEqual({ level: 5, score: 8, matches: [{ phrase: "decisive enabler", weight: 8, start: 21, end: 37 }] });
  });

  it("reads constructive dialogue as engagement, level 1", () => {
    expect(analyzeTone("NATO maintains a constructive dialogue with China where possible.")).toMatchObject({ level: 1, score: -3 });
  });

  it("reads the Strategic Concept formula as a systemic challenge, level 4", () => {
    const text = "The PRC's stated ambitions and coercive policies challenge our interests, security and values.";
    expect(analyzeTone(text, "en")).toMatchObject({ level: 4, score: 6 });
    expect(spans(text, "en")).toEqual(["coercive policies", "challenge our interests, security and values"]);
  });

  it("matches regardless of case, line breaks and apostrophe style", () => {
    expect(spans("SYSTEMIC\nCHALLENGES")).toEqual(["SYSTEMIC\nCHALLENGES"]);
    expect(spans("Russia’s defence industrial base and Russia's defence industrial base", "en")).toHaveLength(2);
  });

  it("does not match inside longer words", () => {
    expect(analyzeTone("Threatening and unthreatened, a dialogues-free challenger.", "en").matches).toEqual([]);
  });
});

describe("analyzeTone in French", () => {
  it("matches accents, capitals and both apostrophes", () => {
    expect(spans("La Chine n’est pas notre adversaire", "fr")).toEqual(["n’est pas notre adversaire"]);
    expect(spans("La Chine n'est pas notre adversaire", "fr")).toEqual(["n'est pas notre adversaire"]);
    expect(spans("DÉFIS SYSTÉMIQUES et defi systemique", "fr")).toEqual(["DÉFIS SYSTÉMIQUES", "defi systemique"]);
  });

  it("reads the French press version of Washington 2024 as level 5", () => {
    const text = "la Chine joue désormais un rôle décisif dans le conflit russo-ukrainien";
    expect(analyzeTone(text, "fr")).toMatchObject({ level: 5, matches: [{ phrase: "rôle décisif", weight: 8 }] });
  });

  it("reads both French spellings of coercive policies", () => {
    expect(spans("des politiques coercitives et des politiques de coercition", "fr")).toEqual([
      "politiques coercitives",
      "politiques de coercition",
    ]);
  });

  it("keeps the lexicons apart when the language is given, and uses both when it is not", () => {
    expect(analyzeTone("systemic challenges", "fr").matches).toEqual([]);
    expect(analyzeTone("systemic challenges et défis systémiques").score).toBe(6);
  });
});

describe("negation", () => {
  it("'not our adversary' counts once, as reassurance, never as 'adversary'", () => {
    const reading = analyzeTone("China is not our adversary.", "en");
    expect(reading.matches).toEqual([{ phrase: "not our adversary", weight: -1, start: 9, end: 26 }]);
    expect(reading.level).toBe(2);
  });

  it("denies a threat word a few words after the negator", () => {
    const text = "NATO does not see China as an adversary";
    expect(analyzeTone(text, "en").matches).toEqual([{ phrase: "not … adversary", weight: -1, start: 10, end: 39 }]);
    expect(spans("isn't a threat", "en")).toEqual(["isn't a threat"]);
    expect(analyzeTone("ne considérait pas la Chine comme un adversaire", "fr").matches[0]).toMatchObject({ phrase: "pas … adversaire", weight: -1 });
  });

  it("does not reach across a clause break or too many words", () => {
    expect(analyzeTone("We did not agree. China is an adversary.", "en").matches).toMatchObject([{ phrase: "adversary", weight: 3 }]);
    expect(analyzeTone("not yet, but a threat", "en").matches).toMatchObject([{ phrase: "threat", weight: 2 }]);
    expect(analyzeTone("not one two three four five six adversary", "en").matches).toMatchObject([{ phrase: "adversary", weight: 3 }]);
  });
});

describe("overlapping phrases", () => {
  it("the longest match wins and nothing inside it is counted again", () => {
    const text = "present systemic challenges to the order";
    expect(analyzeTone(text, "en").matches).toEqual([{ phrase: "systemic challenges", weight: 3, start: 8, end: 27 }]);
    expect(analyzeTone("a decisive enabler", "en").score).toBe(8);
    expect(analyzeTone("issues of mutual concern", "en")).toMatchObject({ score: 0, matches: [{ phrase: "mutual concern" }] });
  });

  it("reports positions in the original text even after multi-character folding", () => {
    const text = "İ 🇫🇷  \n  «Défis   systémiques» — coercitives";
    const matches = findMatches(text, "fr");
    expect(matches.map((match) => text.slice(match.start, match.end))).toEqual(["Défis   systémiques", "coercitives"]);
  });
});

describe("score to level", () => {
  it("follows the documented bands at their edges", () => {
    expect([-10, -3, -2.5, 0, 0.5, 1, 2.5, 3, 7.5, 8, 20].map(levelForScore)).toEqual([1, 1, 2, 2, 2, 3, 3, 4, 4, 5, 5]);
    expect(SCORE_BANDS.map((band) => band.level)).toEqual([1, 2, 3, 4, 5]);
  });

  it("a text with no China-relevant phrase reads as level 2 with score 0 and no matches", () => {
    expect(analyzeTone("The Alliance met in Brussels to discuss its budget.")).toEqual({ level: 2, score: 0, matches: [] });
  });
});

describe("lexicon", () => {
  it("has unique ids, and every denied phrase counts as an existing entry", () => {
    const ids = LEXICON.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const entry of LEXICON) if (entry.negatedAs) expect(ids).toContain(entry.negatedAs);
  });

  it("maps language codes onto its two lexicons", () => {
    expect([lexiconLanguage("fr"), lexiconLanguage("en-GB"), lexiconLanguage("de"), lexiconLanguage(null)]).toEqual(["fr", "en", undefined, undefined]);
  });
});
