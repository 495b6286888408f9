import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { StatementEditorLinks } from "@/components/editor/StatementEditorLinks";
import { CitePanel } from "@/components/statement/CitePanel";
import { EmbedCode } from "@/components/statement/EmbedCode";
import { StatementDetail } from "@/components/statement/StatementDetail";
import { RelatedStatements, StatementNeighbours } from "@/components/statement/StatementNeighbours";
import { hasRole } from "@/lib/auth/roles";
import { getCurrentUser } from "@/lib/auth/session";
import { apaCitation, chicagoCitation } from "@/lib/citation/styles";
import { oembedDiscoveryUrl } from "@/lib/embed/oembed";
import { env } from "@/lib/env";
import { localizePath } from "@/lib/i18n/locale-path";
import { localeAlternates, pageLocale } from "@/lib/i18n/metadata";
import { Link } from "@/lib/i18n/link";
import { absoluteUrl, sourcePath, statementPath } from "@/lib/site/urls";
import { statementDescription } from "@/lib/statements/description";
import { serializeJsonLd, statementJsonLd } from "@/lib/statements/json-ld";
import { getPublishedStatement, getStatementNeighbours, toCitable } from "@/lib/statements/permalink";
import { analyzeTone, lexiconLanguage } from "@/lib/tone/analyze";

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await connection();
  const locale = await pageLocale(params);
  const statement = await getPublishedStatement((await params).slug);
  if (!statement) return { title: (await getTranslations({ locale, namespace: "errors" }))("statementNotFound.metaTitle") };
  const common = await getTranslations({ locale, namespace: "common" });
  const path = statementPath(statement.slug);
  // The preview image and the oEmbed answer describe the statement, whatever the page's language.
  const englishUrl = absoluteUrl(env().siteUrl, path);
  const url = absoluteUrl(env().siteUrl, localizePath(path, locale));
  const description = statementDescription(statement);
  const image = `${englishUrl}/opengraph-image`;
  return {
    title: statement.title,
    description,
    alternates: await localeAlternates(path, locale, { types: { "application/json+oembed": oembedDiscoveryUrl(env().siteUrl, englishUrl) } }),
    openGraph: {
      type: "article",
      url,
      title: statement.title,
      description,
      siteName: common("siteName"),
      publishedTime: statement.date.toISOString(),
      locale: locale === "fr" ? "fr_FR" : "en_GB",
      images: [{ url: image, width: 1200, height: 630 }],
    },
    twitter: { card: "summary_large_image", title: statement.title, description, images: [image] },
  };
}

export default async function StatementPage({ params }: Props) {
  await connection();
  const locale = await pageLocale(params);
  const t = await getTranslations("common");
  const statement = await getPublishedStatement((await params).slug);
  if (!statement) notFound();
  const { siteUrl } = env();
  const [neighbours, user] = await Promise.all([getStatementNeighbours(statement), getCurrentUser()]);
  const citable = toCitable(statement, siteUrl);
  const path = statementPath(statement.slug);
  const jsonLd = statementJsonLd({
    ...statement,
    permalink: citable.permalink,
    source: { ...statement.source, page: absoluteUrl(siteUrl, sourcePath(statement.source.id)) },
  });

  return (
    <>
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(jsonLd) }} />
      <div className="mb-4 flex flex-wrap items-center justify-between gap-2">
        <Link href="/" className="text-sm underline underline-offset-2">
          {t("allStatements")}
        </Link>
        <StatementEditorLinks slug={statement.slug} canEdit={hasRole(user?.role, "editor")} />
      </div>
      <article>
        <StatementDetail statement={statement} reading={statement.quote ? analyzeTone(statement.quote, lexiconLanguage(statement.language)) : null} />
        <CitePanel path={localizePath(path, locale)} downloadPath={path} chicago={chicagoCitation(citable)} apa={apaCitation(citable)} />
        <EmbedCode siteUrl={siteUrl} statement={statement} />
      </article>
      <StatementNeighbours previous={neighbours.previous} next={neighbours.next} />
      <RelatedStatements related={neighbours.related} />
    </>
  );
}
