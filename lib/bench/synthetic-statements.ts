import type { SeedCorpus } from "../seed/seed-files";
import { LEXICON, type LexiconEntry } from "../tone/lexicon";
import { NOT_MENTIONED } from "../tone/scale";
import type { StatementInput } from "../validation/statement";
import { seededRandom, type Random } from "./random";

/** Synthetic statements fall in the tracker's period, like the real ones. */
export const FIRST_YEAR = 2017;
export const LAST_YEAR = 2024;

/** Their slugs say what they are, so a benchmark database can never be mistaken for real data. */
export const SYNTHETIC_SLUG_MARK = "bench";

type Bilingual = { en: string; fr: string };

/**
 * How NATO's tone moved over the period (see README "The data"): China absent or a partner
 * before 2019, "not an adversary" and concern 2019–2020, systemic challenge from 2021, threat
 * and enabler after 2022. Tone levels are drawn from these weights by the statement's year.
 */
const TONE_WEIGHTS_BY_YEAR: ReadonlyArray<readonly [maxYear: number, weights: ReadonlyArray<readonly [number, number]>]> = [
  [2018, [[0, 50], [1, 25], [2, 20], [3, 5]]],
  [2020, [[0, 10], [1, 15], [2, 45], [3, 25], [4, 5]]],
  [2021, [[1, 5], [2, 20], [3, 30], [4, 40], [5, 5]]],
  [2023, [[2, 10], [3, 20], [4, 50], [5, 20]]],
  [2024, [[2, 5], [3, 15], [4, 40], [5, 40]]],
];

/** Which lexicon weights suit each tone level, so the automatic reading mostly agrees with it. */
const PHRASE_WEIGHTS_BY_LEVEL: Record<number, { min: number; max: number; count: [number, number] }> = {
  1: { min: -3, max: -1, count: [2, 3] },
  2: { min: -1, max: 0.5, count: [1, 2] },
  3: { min: 0.5, max: 2, count: [1, 2] },
  4: { min: 2, max: 4, count: [1, 2] },
  5: { min: 4, max: 8, count: [1, 2] },
};

const SUBJECTS: readonly Bilingual[] = [
  { en: "China's stated ambitions", fr: "Les ambitions déclarées de la Chine" },
  { en: "The People's Republic of China", fr: "La République populaire de Chine" },
  { en: "Beijing's growing military power", fr: "La puissance militaire croissante de Pékin" },
  { en: "China's rise", fr: "L’essor de la Chine" },
  { en: "Our relationship with China", fr: "Notre relation avec la Chine" },
];

const LINKS: readonly Bilingual[] = [
  { en: "brings", fr: "apporte" },
  { en: "is marked by", fr: "est marqué par" },
  { en: "shows", fr: "montre" },
  { en: "raises questions of", fr: "soulève des questions de" },
];

const SETTINGS: readonly Bilingual[] = [
  { en: "for Euro-Atlantic security", fr: "pour la sécurité euro-atlantique" },
  { en: "for the Alliance", fr: "pour l’Alliance" },
  { en: "in the Indo-Pacific", fr: "dans la région indo-pacifique" },
  { en: "in cyberspace and in space", fr: "dans le cyberespace et dans l’espace" },
  { en: "for our partners", fr: "pour nos partenaires" },
];

/** What NATO talked about when China was not mentioned (tone level 0). */
const WITHOUT_CHINA: readonly Bilingual[] = [
  { en: "We face terrorism and instability on our southern flank.", fr: "Nous faisons face au terrorisme et à l’instabilité sur notre flanc sud." },
  { en: "A more assertive Russia remains our main concern.", fr: "Une Russie plus affirmée reste notre principale préoccupation." },
  { en: "Allies must invest more in defence and share the burden fairly.", fr: "Les Alliés doivent investir davantage dans la défense et partager équitablement la charge." },
  { en: "Cyber-attacks are a growing threat to our societies.", fr: "Les cyberattaques sont une menace croissante pour nos sociétés." },
];

const STATUS_WEIGHTS = [["PUBLISHED", 92], ["DRAFT", 5], ["ARCHIVED", 3]] as const;

function toneWeightsForYear(year: number) {
  return TONE_WEIGHTS_BY_YEAR.find(([maxYear]) => year <= maxYear)?.[1] ?? TONE_WEIGHTS_BY_YEAR[TONE_WEIGHTS_BY_YEAR.length - 1]![1];
}

function bilingualForm(entry: LexiconEntry): Bilingual | null {
  const en = entry.forms.en?.[0];
  const fr = entry.forms.fr?.[0];
  return en && fr ? { en, fr } : null;
}

const PHRASES_BY_LEVEL: Record<number, Bilingual[]> = Object.fromEntries(
  Object.entries(PHRASE_WEIGHTS_BY_LEVEL).map(([level, band]) => [
    level,
    LEXICON.filter((entry) => !entry.negatedAs && entry.weight >= band.min && entry.weight <= band.max)
      .map(bilingualForm)
      .filter((form): form is Bilingual => form !== null),
  ]),
);

function sentence(random: Random, phrase: Bilingual): Bilingual {
  const subject = random.pick(SUBJECTS);
  const link = random.pick(LINKS);
  const setting = random.pick(SETTINGS);
  return {
    en: `${subject.en} ${link.en} ${phrase.en} ${setting.en}.`,
    fr: `${subject.fr} ${link.fr} ${phrase.fr} ${setting.fr}.`,
  };
}

function quoteFor(random: Random, toneLevel: number): Bilingual | null {
  if (toneLevel === NOT_MENTIONED) return random.chance(0.3) ? null : random.pick(WITHOUT_CHINA);
  const band = PHRASE_WEIGHTS_BY_LEVEL[toneLevel]!;
  const sentences = Array.from({ length: random.int(band.count[0], band.count[1]) }, () =>
    sentence(random, random.pick(PHRASES_BY_LEVEL[toneLevel]!)),
  );
  return { en: sentences.map((s) => s.en).join(" "), fr: sentences.map((s) => s.fr).join(" ") };
}

function isoDay(random: Random): string {
  const start = Date.UTC(FIRST_YEAR, 0, 1);
  const days = Math.round((Date.UTC(LAST_YEAR, 11, 31) - start) / 86_400_000);
  return new Date(start + random.int(0, days) * 86_400_000).toISOString().slice(0, 10);
}

/**
 * `count` statements that look like the seed corpus (its document types, speakers, bodies,
 * events, sources, verification statuses and themes, taken from real seed statements) with
 * new dates, tone levels and quotes. The same seed always gives the same statements; their
 * slugs carry SYNTHETIC_SLUG_MARK and a serial number, so they never collide with real ones.
 */
export function syntheticStatements(corpus: SeedCorpus, count: number, seed: number): StatementInput[] {
  if (corpus.statements.length === 0) throw new Error("The seed corpus has no statements to model synthetic ones on");
  const random = seededRandom(seed);
  const themeSlugs = corpus.themes.map((theme) => theme.slug);
  const sourceLanguage = new Map(corpus.sources.map((source) => [source.id, source.language]));
  return Array.from({ length: count }, (_, index) => {
    const model = random.pick(corpus.statements);
    const date = isoDay(random);
    const toneLevel = random.weighted(toneWeightsForYear(Number(date.slice(0, 4))));
    const language = sourceLanguage.get(model.sourceId) === "fr" ? "fr" : "en";
    const quote = quoteFor(random, toneLevel);
    const who = model.speaker ?? model.body ?? "NATO";
    // An event belongs to its date (a 2022 summit cannot host a 2019 statement).
    const event = model.date.slice(0, 4) === date.slice(0, 4) ? model.event : null;
    const themes = [...new Set(Array.from({ length: random.int(0, 3) }, () => random.pick(themeSlugs)))];
    return {
      slug: `${date}-${SYNTHETIC_SLUG_MARK}-${index + 1}`,
      date,
      title: `${who} on China${event ? `, ${event}` : ""}`,
      speaker: model.speaker,
      body: model.body,
      documentType: model.documentType,
      event,
      quote: quote ? quote[language] : null,
      language,
      translation: quote && language === "fr" ? quote.en : null,
      paragraphRef: model.paragraphRef,
      summary: `Synthetic benchmark statement modelled on "${model.title}".`,
      toneLevel,
      toneRationale: null,
      verification: model.verification,
      status: random.weighted(STATUS_WEIGHTS),
      sourceId: model.sourceId,
      themes: themes.sort(),
    };
  });
}
