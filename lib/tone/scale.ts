/**
 * The tone scale editors assign to each statement. Level 0 is a data point, not a gap: years
 * when NATO said nothing about China are part of the story.
 */
export const NOT_MENTIONED = 0;
export const MAX_TONE_LEVEL = 5;

export type ToneLevel = 0 | 1 | 2 | 3 | 4 | 5;

export const TONE_LEVELS: readonly { level: ToneLevel; label: string; description: string }[] = [
  { level: 0, label: "China not mentioned", description: "The text or event does not mention China at all." },
  { level: 1, label: "Engagement", description: "Cooperation, dialogue or shared interests dominate." },
  { level: 2, label: "Not an adversary / mixed", description: "Opportunities and challenges; China explicitly not an adversary." },
  { level: 3, label: "Concern", description: "Concern about specific Chinese behaviour, without a systemic framing." },
  { level: 4, label: "Systemic challenge", description: "China's ambitions and policies challenge the Alliance's interests, security and values." },
  { level: 5, label: "Threat / enabler", description: "China enables threats to Euro-Atlantic security, e.g. Russia's war." },
];

export function toneLabel(level: number): string {
  return TONE_LEVELS.find((tone) => tone.level === level)?.label ?? `Level ${level}`;
}
