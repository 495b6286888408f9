import { describe, expect, it } from "vitest";
import en from "@/messages/en/methodology.json";
import fr from "@/messages/fr/methodology.json";
import { LEXICON } from "./lexicon";

describe("the methodology page's lexicon notes", () => {
  it.each([
    ["en", en.lexiconNotes],
    ["fr", fr.lexiconNotes],
  ])("explain every lexicon entry, and only those, in %s", (_locale, notes) => {
    expect(Object.keys(notes).sort()).toEqual(LEXICON.map((entry) => entry.id).sort());
  });
});
