import { useTranslations } from "next-intl";
import { toneName } from "@/lib/i18n/labels";

const TONE_CLASSES = ["bg-tone-0", "bg-tone-1", "bg-tone-2", "bg-tone-3", "bg-tone-4", "bg-tone-5"];

/**
 * The tone level as colour and text together, never colour alone. The colour sits in a swatch
 * and the text stays neutral, so the label keeps its contrast in light and dark mode.
 */
export function ToneBadge({ level }: { level: number }) {
  const t = useTranslations("labels");
  return (
    <span className="inline-flex items-center gap-1.5 rounded-full border border-zinc-300 bg-white px-2 py-0.5 text-xs font-semibold text-zinc-900 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100">
      <span aria-hidden="true" className={`inline-flex size-4 items-center justify-center rounded-full text-[0.65rem] text-white ${TONE_CLASSES[level] ?? "bg-zinc-500"}`}>
        {level}
      </span>
      <span>
        <span className="sr-only">{t("toneLevelPrefix", { level })}</span>
        {toneName(t, level)}
      </span>
    </span>
  );
}
