import { useLocale, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { ToneBadge } from "@/components/statements/ToneBadge";
import { VerificationBadge } from "@/components/statements/VerificationBadge";
import { ToneReading } from "@/components/tone/ToneReading";
import { formatDate } from "@/lib/format/date";
import { Link } from "@/lib/i18n/link";
import { filterQuery } from "@/lib/statements/filters";
import type { PublishedStatement } from "@/lib/statements/permalink";
import type { ToneReading as ToneReadingResult } from "@/lib/tone/analyze";
import { sourcePath } from "@/lib/site/urls";
import { StatementQuote } from "./StatementQuote";

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="min-w-0">
      <dt className="text-sm text-zinc-700 dark:text-zinc-300">{term}</dt>
      <dd className="font-medium break-words">{children}</dd>
    </div>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="mt-8">
      <h2 id={id} className="text-xl font-semibold">
        {title}
      </h2>
      <div className="mt-2">{children}</div>
    </section>
  );
}

/** Everything known about one statement: the words, who and when, tone, verification, source. */
export function StatementDetail({ statement, reading }: { statement: PublishedStatement; reading: ToneReadingResult | null }) {
  const t = useTranslations("statement");
  const common = useTranslations("common");
  const labels = useTranslations("labels");
  const locale = useLocale();
  const source = statement.source;
  return (
    <>
      <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{statement.title}</h1>
      <dl className="mt-4 grid grid-cols-1 gap-3 sm:grid-cols-3">
        <Fact term={t("facts.date")}>
          <time dateTime={statement.date.toISOString().slice(0, 10)}>{formatDate(statement.date, locale)}</time>
        </Fact>
        {statement.speaker && <Fact term={t("facts.speaker")}>{statement.speaker}</Fact>}
        {statement.body && <Fact term={t("facts.body")}>{statement.body}</Fact>}
        <Fact term={t("facts.documentType")}>{labels(`documentType.${statement.documentType}`)}</Fact>
        {statement.event && <Fact term={t("facts.event")}>{statement.event}</Fact>}
        {statement.paragraphRef && <Fact term={t("facts.paragraph")}>{statement.paragraphRef}</Fact>}
      </dl>

      {statement.quote ? (
        <StatementQuote quote={statement.quote} language={statement.language} translation={statement.translation} matches={reading?.matches} />
      ) : (
        <p className="mt-6 rounded border border-dashed border-zinc-400 p-4 dark:border-zinc-600">{t("quote.none")}</p>
      )}

      {statement.summary && (
        <Section id="context-heading" title={t("sections.context")}>
          <p>{statement.summary}</p>
        </Section>
      )}

      <Section id="tone-heading" title={t("sections.tone")}>
        <ToneBadge level={statement.toneLevel} />
        {statement.toneRationale && <p className="mt-2">{statement.toneRationale}</p>}
        {reading && (
          <div className="mt-4">
            <ToneReading reading={reading} toneLevel={statement.toneLevel} />
          </div>
        )}
      </Section>

      <Section id="verification-heading" title={t("sections.verification")}>
        <VerificationBadge status={statement.verification} />
        {source.reliabilityNote && <p className="mt-2">{source.reliabilityNote}</p>}
      </Section>

      <Section id="source-heading" title={t("sections.source")}>
        <p className="font-medium">{source.title}</p>
        <p className="text-zinc-700 dark:text-zinc-300">
          {source.outlet} · {labels(`sourceKind.${source.kind}`)}
          {source.publishedAt && <> · {formatDate(source.publishedAt, locale)}</>}
        </p>
        <p className="mt-2 flex flex-wrap gap-4">
          <Link href={sourcePath(source.id)} className="underline underline-offset-2">
            {t("aboutSource")}
          </Link>
          {source.url && (
            <a href={source.url} rel="external noopener" className="underline underline-offset-2">
              {common("readOriginal")}
              <span className="sr-only">{common("readOriginalAt", { host: new URL(source.url).hostname })}</span>
            </a>
          )}
        </p>
      </Section>

      {statement.themes.length > 0 && (
        <Section id="themes-heading" title={t("sections.themes")}>
          <ul className="flex flex-wrap gap-2">
            {statement.themes.map((theme) => (
              <li key={theme.slug}>
                <Link href={`/?${filterQuery({ theme: theme.slug })}`} className="inline-block rounded bg-zinc-200 px-2 py-1 text-sm underline-offset-2 hover:underline dark:bg-zinc-800">
                  {theme.name}
                </Link>
              </li>
            ))}
          </ul>
        </Section>
      )}
    </>
  );
}
