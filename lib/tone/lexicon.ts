/**
 * The phrases the automatic tone reading looks for, with their weights. Negative weights pull a
 * text towards engagement (level 1), positive ones towards threat (level 5); a text's score is
 * the sum of the weights of the phrases it contains (lib/tone/analyze.ts).
 *
 * Weights were set from NATO's own vocabulary 2017–2024 and checked against the editors' levels
 * of the seed statements (lib/tone/seed-agreement.test.ts), not fitted to any single quote.
 * Why each phrase carries its weight is explained on the methodology page, in both languages:
 * messages/<locale>/methodology.json, `lexiconNotes`.
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
  },
  {
    id: "dialogue",
    label: "dialogue",
    weight: -1,
    forms: { en: ["dialogue"], fr: ["dialogue"] },
  },
  {
    id: "engagement",
    label: "engagement / cooperation",
    weight: -1,
    forms: {
      en: ["engagement", "cooperation", "cooperate"],
      fr: ["coopération", "coopérer"],
    },
  },
  {
    id: "common-ground",
    label: "common challenges / shared interests",
    weight: -1,
    forms: {
      en: ["common challenges", "shared interests", "common interests"],
      fr: ["défis communs", "intérêts communs"],
    },
  },
  {
    id: "transparency",
    label: "mutual transparency",
    weight: -1,
    forms: {
      en: ["mutual transparency", "reciprocal transparency"],
      fr: ["transparence mutuelle", "transparence réciproque"],
    },
  },
  {
    id: "opportunities",
    label: "opportunities",
    weight: -1,
    key: true,
    forms: { en: ["opportunities", "opportunity"], fr: ["opportunités", "opportunité"] },
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
  },
  {
    id: "mutual-concern",
    label: "issues of mutual concern",
    weight: 0,
    forms: { en: ["mutual concern"], fr: ["préoccupation commune", "préoccupations communes"] },
  },
  {
    id: "challenge",
    label: "challenge(s)",
    weight: 0.5,
    forms: { en: ["challenge", "challenges"], fr: ["défi", "défis"] },
  },
  {
    id: "concern",
    label: "concern",
    weight: 1,
    forms: {
      en: ["concern", "concerns", "concerned"],
      fr: ["préoccupation", "préoccupations", "préoccupé", "préoccupés", "inquiétude", "inquiétudes"],
    },
  },
  {
    id: "assertive",
    label: "assertive behaviour",
    weight: 1,
    forms: { en: ["assertive behaviour", "assertive behavior"], fr: ["comportement affirmé"] },
  },
  {
    id: "nuclear-build-up",
    label: "nuclear arsenal",
    weight: 1,
    forms: { en: ["nuclear arsenal"], fr: ["arsenal nucléaire"] },
  },
  {
    id: "did-not-condemn",
    label: "refused to condemn",
    weight: 2,
    forms: { en: ["refused to condemn", "failed to condemn"], fr: ["pas voulu condamner", "refusé de condamner"] },
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
  },
  {
    id: "strategic-partnership",
    label: "strategic partnership (PRC–Russia)",
    weight: 1,
    forms: { en: ["strategic partnership"], fr: ["partenariat stratégique"] },
  },
  {
    id: "no-limits",
    label: "“no limits” partnership",
    weight: 2,
    forms: { en: ["no limits", "no-limits"], fr: ["sans limites", "partenariat sans frontières"] },
  },
  {
    id: "counter-to-values",
    label: "run counter to our values and interests",
    weight: 2,
    forms: { en: ["run counter to our values and interests"], fr: ["contraires à nos valeurs et à nos intérêts"] },
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
  },
  {
    id: "support-for-russia",
    label: "support for Russia's defence industrial base",
    weight: 2,
    forms: {
      en: ["Russia’s defence industrial base", "Russia’s defense industrial base"],
      fr: ["complexe militaro-industriel russe"],
    },
  },
  {
    id: "cold-war",
    label: "cold war",
    weight: 2,
    negatedAs: "not-an-adversary",
    forms: { en: ["cold war"], fr: ["guerre froide"] },
  },
  {
    id: "threat",
    label: "threat",
    weight: 2,
    negatedAs: "not-an-adversary",
    forms: { en: ["threat", "threats"], fr: ["menace", "menaces"] },
  },
  {
    id: "adversary",
    label: "adversary / enemy",
    weight: 3,
    negatedAs: "not-an-adversary",
    forms: { en: ["adversary", "enemy"], fr: ["adversaire", "ennemi"] },
  },
  {
    id: "enabler",
    label: "enabler",
    weight: 4,
    forms: { en: ["enabler"], fr: ["facilitateur"] },
  },
  {
    id: "decisive-enabler",
    label: "decisive enabler",
    weight: 8,
    key: true,
    forms: { en: ["decisive enabler"], fr: ["facilitateur décisif", "rôle décisif"] },
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
