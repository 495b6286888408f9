import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { LexiconTable } from "@/components/tone/LexiconTable";
import { ScoreBands } from "@/components/tone/ScoreBands";
import { ToneScale } from "@/components/tone/ToneScale";
import { formatList } from "@/lib/format/number";
import { localeAlternates, pageLocale } from "@/lib/i18n/metadata";
import { NEGATION_WINDOW, NEGATORS } from "@/lib/tone/lexicon";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "methodology" });
  return { title: t("metaTitle"), alternates: await localeAlternates("/methodology", locale) };
}

export default async function MethodologyPage({ params }: Props) {
  const locale = await pageLocale(params);
  const t = await getTranslations("methodology");
  // The negators are lexicon words, quoted in the page language's quotation marks.
  const quote = (word: string) => (locale === "fr" ? `« ${word} »` : `“${word}”`);
  const negators = formatList([...NEGATORS.en, ...NEGATORS.fr].map(quote), locale);
  return (
    <article className="space-y-10">
      <header>
        <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
        <p className="mt-2 max-w-2xl text-zinc-700 dark:text-zinc-300">{t("intro")}</p>
      </header>

      <section aria-labelledby="scale-heading">
        <h2 id="scale-heading" className="text-2xl font-semibold">
          {t("scale")}
        </h2>
        <ToneScale />
      </section>

      <section aria-labelledby="lexicon-heading">
        <h2 id="lexicon-heading" className="text-2xl font-semibold">
          {t("lexicon.title")}
        </h2>
        <p className="mt-2 max-w-2xl">{t("lexicon.body", { negators, window: NEGATION_WINDOW })}</p>
        <div className="mt-4">
          <LexiconTable />
        </div>
      </section>

      <section aria-labelledby="score-heading">
        <h2 id="score-heading" className="text-2xl font-semibold">
          {t("score.title")}
        </h2>
        <p className="mt-2 max-w-2xl">{t("score.body")}</p>
        <ScoreBands />
      </section>

      <section aria-labelledby="limits-heading">
        <h2 id="limits-heading" className="text-2xl font-semibold">
          {t("limits.title")}
        </h2>
        <ul className="mt-2 max-w-2xl list-disc space-y-2 pl-5">
          {(["meaning", "aboutChina", "denial", "drift", "coverage", "press"] as const).map((limit) => (
            <li key={limit}>{t(`limits.${limit}`)}</li>
          ))}
        </ul>
      </section>
    </article>
  );
}
