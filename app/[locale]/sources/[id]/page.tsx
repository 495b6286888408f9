import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { SourceStatements } from "@/components/sources/SourceStatements";
import { SourceText } from "@/components/sources/SourceText";
import { formatDate } from "@/lib/format/date";
import { languageName } from "@/lib/format/language";
import { localeAlternates, pageLocale } from "@/lib/i18n/metadata";
import { Link } from "@/lib/i18n/link";
import { sourcePath } from "@/lib/site/urls";
import { getSourceWithStatements } from "@/lib/sources/queries";
import { locateQuotes } from "@/lib/sources/quote-locations";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "sources" });
  const source = await getSourceWithStatements((await params).id);
  if (!source) return { title: t("notFound.metaTitle") };
  return {
    title: source.title,
    description: t("metaDescription", { outlet: source.outlet, count: source.statements.length }),
    alternates: await localeAlternates(sourcePath(source.id), locale),
  };
}

export default async function SourcePage({ params }: Props) {
  await connection();
  const locale = await pageLocale(params);
  const t = await getTranslations("sources");
  const common = await getTranslations("common");
  const labels = await getTranslations("labels");
  const source = await getSourceWithStatements((await params).id);
  if (!source) notFound();
  const located = source.fullText ? locateQuotes(source.fullText, source.statements) : undefined;
  const titles = new Map(source.statements.map((statement) => [statement.slug, statement.title]));

  return (
    <>
      <p className="mb-4">
        <Link href="/" className="text-sm underline underline-offset-2">
          {common("allStatements")}
        </Link>
      </p>
      <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{source.title}</h1>
      <dl className="mt-4 grid gap-3 sm:grid-cols-3">
        {[
          [t("facts.outlet"), source.outlet],
          [t("facts.kind"), labels(`sourceKind.${source.kind}`)],
          [t("facts.published"), source.publishedAt ? formatDate(source.publishedAt, locale) : t("facts.dateNotGiven")],
          [t("facts.language"), languageName(source.language, locale)],
          ...(source.retrievedAt ? [[t("facts.retrieved"), formatDate(source.retrievedAt, locale)]] : []),
        ].map(([term, value]) => (
          <div key={term}>
            <dt className="text-sm text-zinc-700 dark:text-zinc-300">{term}</dt>
            <dd className="font-medium break-words">{value}</dd>
          </div>
        ))}
      </dl>
      {source.url && (
        <p className="mt-3">
          <a href={source.url} rel="external noopener" className="underline underline-offset-2">
            {common("readOriginal")}
            <span className="sr-only">{common("readOriginalAt", { host: new URL(source.url).hostname })}</span>
          </a>
        </p>
      )}
      {source.reliabilityNote && (
        <section aria-labelledby="reliability-heading" className="mt-6">
          <h2 id="reliability-heading" className="text-xl font-semibold">
            {t("reliability")}
          </h2>
          <p className="mt-2">{source.reliabilityNote}</p>
        </section>
      )}
      <section aria-labelledby="statements-heading" className="mt-6">
        <h2 id="statements-heading" className="text-xl font-semibold">
          {t("statements")}
        </h2>
        <SourceStatements statements={source.statements} notFound={new Set(located?.notFound)} hasText={Boolean(located)} />
      </section>
      {located && (
        <section aria-labelledby="text-heading" className="mt-8">
          <h2 id="text-heading" className="text-xl font-semibold">
            {t("fullText")}
          </h2>
          <p className="mt-1 text-sm text-zinc-700 dark:text-zinc-300">{t("fullTextHint")}</p>
          <SourceText pieces={located.pieces} language={source.language} titles={titles} />
        </section>
      )}
    </>
  );
}
