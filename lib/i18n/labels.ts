import type { useTranslations } from "next-intl";
import { TONE_LEVELS, type ToneLevel } from "@/lib/tone/scale";

/** A translator for the `labels` namespace, from useTranslations or getTranslations. */
export type LabelTranslator = ReturnType<typeof useTranslations<"labels">>;

const isToneLevel = (level: number): level is ToneLevel => TONE_LEVELS.some((tone) => tone.level === level);

/** A tone level's name in the page's language ("Systemic challenge", "Défi systémique"). */
export function toneName(t: LabelTranslator, level: number): string {
  return isToneLevel(level) ? t(`tone.${level}.label`) : t("toneFallback", { level });
}

/** A tone level's description in the page's language. */
export function toneDescription(t: LabelTranslator, level: ToneLevel): string {
  return t(`tone.${level}.description`);
}
