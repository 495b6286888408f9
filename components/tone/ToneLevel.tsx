import { useTranslations } from "next-intl";
import { toneName } from "@/lib/i18n/labels";

export const TONE_SWATCH_CLASSES = ["bg-tone-0", "bg-tone-1", "bg-tone-2", "bg-tone-3", "bg-tone-4", "bg-tone-5"];

/** A tone level as a colour swatch and its name in the page's own text colour, so it stays readable in both themes. */
export function ToneLevel({ level }: { level: number }) {
  const t = useTranslations("labels");
  return (
    <span className="inline-flex items-center gap-1.5">
      <span aria-hidden="true" className={`inline-block size-3 shrink-0 rounded-sm ${TONE_SWATCH_CLASSES[level] ?? ""}`} />
      <span>{level > 0 ? `${level} · ${toneName(t, level)}` : toneName(t, level)}</span>
    </span>
  );
}
