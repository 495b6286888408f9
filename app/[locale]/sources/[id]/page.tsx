import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { SourceStatements } from "@/components/sources/SourceStatements";
import { SourceText } from "@/components/sources/SourceText";
import { env } from "@/lib/env";
import { formatDate } from "@/lib/format/date";
import { languageName } from "@/lib/format/language";
import { getSourceWithStatements } from "@/lib/sources/queries";
import { locateQuotes } from "@/lib/sources/quote-locations";
import { absoluteUrl, sourcePath } from "@/lib/site/urls";
import { SOURCE_KIND_LABELS } from "@/lib/statements/labels";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const source = await getSourceWithStatements((await params).id);
  if (!source) return { title: "Source not found" };
  return {
    title: source.title,
    description: `${source.outlet}: the source of ${source.statements.length} statement(s) on NATO and China.`,
    alternates: { canonical: absoluteUrl(env().siteUrl, sourcePath(source.id)) },
  };
}

export default async function SourcePage({ params }: Props) {
  await connection();
  const source = await getSourceWithStatements((await params).id);
  if (!source) notFound();
  const located = source.fullText ? locateQuotes(source.fullText, source.statements) : undefined;
  const titles = new Map(source.statements.map((statement) => [statement.slug, statement.title]));

  return (
    <>
      <p className="mb-4">
        <Link href="/" className="text-sm underline underline-offset-2">
          ← All statements
        </Link>
      </p>
      <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{source.title}</h1>
      <dl className="mt-4 grid gap-3 sm:grid-cols-3">
        {[
          ["Outlet", source.outlet],
          ["Kind", SOURCE_KIND_LABELS[source.kind]],
          ["Published", source.publishedAt ? formatDate(source.publishedAt) : "Date not given"],
          ["Language", languageName(source.language)],
          ...(source.retrievedAt ? [["Retrieved", formatDate(source.retrievedAt)]] : []),
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
            Read the original<span className="sr-only"> at {new URL(source.url).hostname}</span>
          </a>
        </p>
      )}
      {source.reliabilityNote && (
        <section aria-labelledby="reliability-heading" className="mt-6">
          <h2 id="reliability-heading" className="text-xl font-semibold">
            Reliability
          </h2>
          <p className="mt-2">{source.reliabilityNote}</p>
        </section>
      )}
      <section aria-labelledby="statements-heading" className="mt-6">
        <h2 id="statements-heading" className="text-xl font-semibold">
          Statements from this source
        </h2>
        <SourceStatements statements={source.statements} notFound={new Set(located?.notFound)} hasText={Boolean(located)} />
      </section>
      {located && (
        <section aria-labelledby="text-heading" className="mt-8">
          <h2 id="text-heading" className="text-xl font-semibold">
            Full text
          </h2>
          <p className="mt-1 text-sm text-zinc-700 dark:text-zinc-300">
            Highlighted passages are quoted word for word by a statement; each links to it.
          </p>
          <SourceText pieces={located.pieces} language={source.language} titles={titles} />
        </section>
      )}
    </>
  );
}
