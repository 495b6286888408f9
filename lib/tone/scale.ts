/**
 * The tone scale editors assign to each statement. Level 0 is a data point, not a gap: years
 * when NATO said nothing about China are part of the story.
 */
export const NOT_MENTIONED = 0;
export const MAX_TONE_LEVEL = 5;

export type ToneLevel = 0 | 1 | 2 | 3 | 4 | 5;

/**
 * English names, for what stays English (the preview image, embeds, the editor form until it is
 * translated); pages show the names and descriptions in messages/<locale>/labels.json.
 */
export const TONE_LEVELS: readonly { level: ToneLevel; label: string }[] = [
  { level: 0, label: "China not mentioned" },
  { level: 1, label: "Engagement" },
  { level: 2, label: "Not an adversary / mixed" },
  { level: 3, label: "Concern" },
  { level: 4, label: "Systemic challenge" },
  { level: 5, label: "Threat / enabler" },
];

export function toneLabel(level: number): string {
  return TONE_LEVELS.find((tone) => tone.level === level)?.label ?? `Level ${level}`;
}
