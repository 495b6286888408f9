/**
 * The phrases the automatic tone reading looks for, with their weights. Negative weights pull a
 * text towards engagement (level 1), positive ones towards threat (level 5); a text's score is
 * the sum of the weights of the phrases it contains (lib/tone/analyze.ts).
 *
 * Weights were set from NATO's own vocabulary 2017–2024 and checked against the editors' levels
 * of the seed statements (lib/tone/seed-agreement.test.ts), not fitted to any single quote.
 */
export type LexiconLanguage = "en" | "fr";

export type LexiconEntry = {
  id: string;
  /** How the phrase is named on the methodology page and the key-phrase tracker. */
  label: string;
  weight: number;
  /** The wordings matched, per language; matching ignores case, accents and apostrophe style. */
  forms: Partial<Record<LexiconLanguage, readonly string[]>>;
  /**
   * When one of the NEGATORS stands shortly before the phrase ("does not see China as an
   * adversary"), the match counts as this other entry instead ("not an adversary").
   */
  negatedAs?: string;
  /** Followed year by year on the key-phrase tracker. */
  key?: boolean;
  /** Why the phrase carries this weight. */
  note: string;
};

export const LEXICON: readonly LexiconEntry[] = [
  {
    id: "constructive-dialogue",
    label: "constructive dialogue / engagement",
    weight: -3,
    key: true,
    forms: {
      en: ["constructive dialogue", "constructive engagement", "engage constructively", "engaging constructively"],
      fr: ["dialogue constructif", "engagement constructif", "s’engager de manière constructive", "s’engager de façon constructive"],
    },
    note: "NATO's standing offer of engagement with China.",
  },
  {
    id: "dialogue",
    label: "dialogue",
    weight: -1,
    forms: { en: ["dialogue"], fr: ["dialogue"] },
    note: "Talking with China, without a qualifier.",
  },
  {
    id: "engagement",
    label: "engagement / cooperation",
    weight: -1,
    forms: {
      en: ["engagement", "cooperation", "cooperate"],
      fr: ["coopération", "coopérer"],
    },
    note: "In French, “engagement” usually means a commitment, so only cooperation counts there.",
  },
  {
    id: "common-ground",
    label: "common challenges / shared interests",
    weight: -1,
    forms: {
      en: ["common challenges", "shared interests", "common interests"],
      fr: ["défis communs", "intérêts communs"],
    },
    note: "Challenges or interests NATO and China share, such as climate change.",
  },
  {
    id: "transparency",
    label: "mutual transparency",
    weight: -1,
    forms: {
      en: ["mutual transparency", "reciprocal transparency"],
      fr: ["transparence mutuelle", "transparence réciproque"],
    },
    note: "Confidence-building offered to China.",
  },
  {
    id: "opportunities",
    label: "opportunities",
    weight: -1,
    key: true,
    forms: { en: ["opportunities", "opportunity"], fr: ["opportunités", "opportunité"] },
    note: "London 2019: China's rise presents “both opportunities and challenges”.",
  },
  {
    id: "not-an-adversary",
    label: "not an adversary",
    weight: -1,
    key: true,
    forms: {
      en: ["not an adversary", "not our adversary", "not an enemy", "not our enemy"],
      fr: ["pas un adversaire", "pas notre adversaire", "n’est pas un adversaire", "n’est pas notre adversaire", "pas un ennemi", "pas notre ennemi"],
    },
    note: "The reassurance repeated from 2019 to 2023; mild, because it is usually paired with a warning.",
  },
  {
    id: "mutual-concern",
    label: "issues of mutual concern",
    weight: 0,
    forms: { en: ["mutual concern"], fr: ["préoccupation commune", "préoccupations communes"] },
    note: "Neutral: it exists so that “concern” here is not read as worry about China.",
  },
  {
    id: "challenge",
    label: "challenge(s)",
    weight: 0.5,
    forms: { en: ["challenge", "challenges"], fr: ["défi", "défis"] },
    note: "The generic word; the stronger phrases that contain it outweigh it when they match.",
  },
  {
    id: "concern",
    label: "concern",
    weight: 1,
    forms: {
      en: ["concern", "concerns", "concerned"],
      fr: ["préoccupation", "préoccupations", "préoccupé", "préoccupés", "inquiétude", "inquiétudes"],
    },
    note: "Worry about a specific behaviour.",
  },
  {
    id: "assertive",
    label: "assertive behaviour",
    weight: 1,
    forms: { en: ["assertive behaviour", "assertive behavior"], fr: ["comportement affirmé"] },
    note: "Brussels 2021's description of China's conduct.",
  },
  {
    id: "nuclear-build-up",
    label: "nuclear arsenal",
    weight: 1,
    forms: { en: ["nuclear arsenal"], fr: ["arsenal nucléaire"] },
    note: "Concern about the expansion of China's nuclear forces.",
  },
  {
    id: "did-not-condemn",
    label: "refused to condemn",
    weight: 2,
    forms: { en: ["refused to condemn", "failed to condemn"], fr: ["pas voulu condamner", "refusé de condamner"] },
    note: "China's refusal to condemn Russia's 2022 invasion.",
  },
  {
    id: "coercive-policies",
    label: "coercive policies",
    weight: 2,
    key: true,
    forms: {
      en: ["coercive policies", "coercive behaviour", "coercive behavior", "coercive", "coercion"],
      fr: ["politiques coercitives", "politiques de coercition", "coercitive", "coercitives", "coercition"],
    },
    note: "From 2021 NATO names China's coercion; from 2022 it is part of the standard formula.",
  },
  {
    id: "strategic-partnership",
    label: "strategic partnership (PRC–Russia)",
    weight: 1,
    forms: { en: ["strategic partnership"], fr: ["partenariat stratégique"] },
    note: "In NATO texts on China this is the PRC–Russia partnership.",
  },
  {
    id: "no-limits",
    label: "“no limits” partnership",
    weight: 2,
    forms: { en: ["no limits", "no-limits"], fr: ["sans limites", "partenariat sans frontières"] },
    note: "The PRC–Russia partnership declared in February 2022.",
  },
  {
    id: "counter-to-values",
    label: "run counter to our values and interests",
    weight: 2,
    forms: { en: ["run counter to our values and interests"], fr: ["contraires à nos valeurs et à nos intérêts"] },
    note: "Madrid 2022 and Vilnius 2023 on the PRC–Russia partnership.",
  },
  {
    id: "systemic-challenges",
    label: "systemic challenges",
    weight: 3,
    key: true,
    forms: {
      en: ["systemic challenges", "systemic challenge"],
      fr: ["défis systémiques", "défi systémique"],
    },
    note: "Brussels 2021: the first time NATO's leaders framed China as a challenge to the whole order.",
  },
  {
    id: "subvert-order",
    label: "subvert the rules-based international order",
    weight: 3,
    key: true,
    forms: {
      en: [
        "subvert the rules-based international order",
        "undercut the rules-based international order",
        "undermine the rules-based international order",
      ],
      fr: [
        "saper l’ordre international fondé sur des règles",
        "affaiblir l’ordre international fondé sur des règles",
        "fragiliser l’ordre international fondé sur des règles",
      ],
    },
    note: "Madrid 2022: China, alone or with Russia, works against the international order.",
  },
  {
    id: "challenge-interests-security-values",
    label: "challenge our interests, security and values",
    weight: 4,
    key: true,
    forms: {
      en: ["challenge our interests, security and values", "challenges our interests, security and values"],
      fr: ["nos intérêts, notre sécurité et nos valeurs"],
    },
    note: "The 2022 Strategic Concept's formula, repeated in 2023 and 2024.",
  },
  {
    id: "support-for-russia",
    label: "support for Russia's defence industrial base",
    weight: 2,
    forms: {
      en: ["Russia’s defence industrial base", "Russia’s defense industrial base"],
      fr: ["complexe militaro-industriel russe"],
    },
    note: "Washington 2024: China's material support for Russia's war.",
  },
  {
    id: "cold-war",
    label: "cold war",
    weight: 2,
    negatedAs: "not-an-adversary",
    forms: { en: ["cold war"], fr: ["guerre froide"] },
    note: "Usually denied (“not entering a new Cold War”), which reads as reassurance.",
  },
  {
    id: "threat",
    label: "threat",
    weight: 2,
    negatedAs: "not-an-adversary",
    forms: { en: ["threat", "threats"], fr: ["menace", "menaces"] },
    note: "Threat vocabulary; denied (“not a threat”) it reads as reassurance.",
  },
  {
    id: "adversary",
    label: "adversary / enemy",
    weight: 3,
    negatedAs: "not-an-adversary",
    forms: { en: ["adversary", "enemy"], fr: ["adversaire", "ennemi"] },
    note: "Only ever used by NATO to deny it: negated, it counts as “not an adversary”.",
  },
  {
    id: "enabler",
    label: "enabler",
    weight: 4,
    forms: { en: ["enabler"], fr: ["facilitateur"] },
    note: "China as the one making another's aggression possible.",
  },
  {
    id: "decisive-enabler",
    label: "decisive enabler",
    weight: 8,
    key: true,
    forms: { en: ["decisive enabler"], fr: ["facilitateur décisif", "rôle décisif"] },
    note: "Washington 2024: China is a decisive enabler of Russia's war; the French press wrote “rôle décisif”.",
  },
];

/**
 * Words that deny a phrase following them in the same clause. "n't" covers "isn't", "doesn't".
 * French negation is read from its second part ("ne … pas"), which sits just before the phrase.
 */
export const NEGATORS: Record<LexiconLanguage, readonly string[]> = {
  en: ["not", "no", "never", "nor", "cannot", "n't"],
  fr: ["pas", "jamais", "ni", "aucun", "aucune", "non"],
};

/** How many words before a phrase a negator may stand and still deny it. */
export const NEGATION_WINDOW = 5;

export function lexiconEntry(id: string): LexiconEntry {
  const entry = LEXICON.find((candidate) => candidate.id === id);
  if (!entry) throw new Error(`Unknown lexicon entry ${id}`);
  return entry;
}
