import { MAX_TONE_LEVEL, NOT_MENTIONED } from "./scale";

/**
 * Whether the automatic reading disagrees with the editor: more than one level apart. A
 * statement the editor marked "China not mentioned" is never flagged: the reading scores the
 * language of a text, it cannot tell whether China is its subject, so comparing it with level 0
 * would flag every such quote.
 */
export function toneDisagrees(toneLevel: number, autoToneLevel: number | null | undefined): boolean {
  if (autoToneLevel === null || autoToneLevel === undefined || toneLevel === NOT_MENTIONED) return false;
  return Math.abs(autoToneLevel - toneLevel) > 1;
}

/**
 * Every (editor level, automatic levels) combination that disagrees. Databases cannot compare
 * two columns through Prisma portably, but the levels are few, so the filter lists them.
 */
export function disagreeingLevelPairs(): { toneLevel: number; autoToneLevels: number[] }[] {
  const pairs: { toneLevel: number; autoToneLevels: number[] }[] = [];
  for (let toneLevel = NOT_MENTIONED; toneLevel <= MAX_TONE_LEVEL; toneLevel++) {
    const autoToneLevels: number[] = [];
    for (let auto = 1; auto <= MAX_TONE_LEVEL; auto++) if (toneDisagrees(toneLevel, auto)) autoToneLevels.push(auto);
    if (autoToneLevels.length > 0) pairs.push({ toneLevel, autoToneLevels });
  }
  return pairs;
}
