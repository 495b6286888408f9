import { HighlightedText } from "@/components/tone/HighlightedText";
import { languageName } from "@/lib/format/language";
import type { ToneMatch } from "@/lib/tone/analyze";

type Props = {
  quote: string;
  language: string;
  translation: string | null;
  /** Phrases of the tone reading to mark in the quote. */
  matches?: readonly ToneMatch[];
};

/** The quote in its original language beside its English translation (stacked on phones). */
export function StatementQuote({ quote, language, translation, matches = [] }: Props) {
  const bilingual = language !== "en" && translation;
  return (
    <div className={`mt-6 grid gap-4 ${bilingual ? "md:grid-cols-2" : ""}`}>
      <figure className="min-w-0">
        <figcaption className="text-sm font-medium text-zinc-700 dark:text-zinc-300">Original ({languageName(language)})</figcaption>
        <blockquote lang={language} className="mt-1 border-l-4 border-zinc-400 pl-4 text-lg break-words dark:border-zinc-600">
          <HighlightedText text={quote} matches={matches} />
        </blockquote>
      </figure>
      {bilingual && (
        <figure className="min-w-0">
          <figcaption className="text-sm font-medium text-zinc-700 dark:text-zinc-300">English translation</figcaption>
          <blockquote lang="en" className="mt-1 border-l-4 border-zinc-300 pl-4 text-lg break-words text-zinc-800 dark:border-zinc-700 dark:text-zinc-200">
            {translation}
          </blockquote>
        </figure>
      )}
    </div>
  );
}
