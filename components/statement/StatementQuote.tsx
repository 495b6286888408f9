import { useLocale, useTranslations } from "next-intl";
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

/** The quote is English or French; its translation is in the other one. */
const translationLanguage = (language: string) => (language === "en" ? "fr" : "en");

/**
 * The quote exactly as published, in its original language, beside its translation into the
 * other language when there is one (stacked on phones). Neither text is ever translated here:
 * both are data.
 */
export function StatementQuote({ quote, language, translation, matches = [] }: Props) {
  const t = useTranslations("statement.quote");
  const locale = useLocale();
  const other = translationLanguage(language);
  return (
    <div className={`mt-6 grid gap-4 ${translation ? "md:grid-cols-2" : ""}`}>
      <figure className="min-w-0">
        <figcaption className="text-sm font-medium text-zinc-700 dark:text-zinc-300">{t("original", { language: languageName(language, locale) })}</figcaption>
        <blockquote lang={language} className="mt-1 border-l-4 border-zinc-400 pl-4 text-lg break-words dark:border-zinc-600" data-quote="original">
          <HighlightedText text={quote} matches={matches} />
        </blockquote>
      </figure>
      {translation && (
        <figure className="min-w-0">
          <figcaption className="text-sm font-medium text-zinc-700 dark:text-zinc-300">{t(`translation.${other}`)}</figcaption>
          <blockquote lang={other} className="mt-1 border-l-4 border-zinc-300 pl-4 text-lg break-words text-zinc-800 dark:border-zinc-700 dark:text-zinc-200" data-quote="translation">
            {translation}
          </blockquote>
        </figure>
      )}
    </div>
  );
}
