import { useLocale, useTranslations } from "next-intl";
import type { ToneMatch } from "@/lib/tone/analyze";
import { formatWeight, highlightSegments } from "@/lib/tone/highlight";

/** A text with the phrases the tone reading matched marked, each naming its lexicon phrase and weight. */
export function HighlightedText({ text, matches }: { text: string; matches: readonly ToneMatch[] }) {
  const t = useTranslations("statement.reading");
  const locale = useLocale();
  return highlightSegments(text, matches).map((segment, index) =>
    segment.match ? (
      <mark
        key={index}
        title={t("markTitle", { phrase: segment.match.phrase, weight: formatWeight(segment.match.weight, locale) })}
        data-weight={segment.match.weight}
        className={`rounded px-0.5 text-inherit ${
          segment.match.weight < 0
            ? "bg-emerald-100 dark:bg-emerald-900/60"
            : segment.match.weight > 0
              ? "bg-amber-100 dark:bg-amber-900/60"
              : "bg-zinc-200 dark:bg-zinc-700"
        }`}
      >
        {segment.text}
        <span className="sr-only" lang={locale}>{t("markNote", { weight: formatWeight(segment.match.weight, locale) })}</span>
      </mark>
    ) : (
      <span key={index}>{segment.text}</span>
    ),
  );
}
