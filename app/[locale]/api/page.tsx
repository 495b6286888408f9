import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { connection } from "next/server";
import type { ReactNode } from "react";
import { ApiReference } from "@/components/api/ApiReference";
import { openApiDocument } from "@/lib/api/openapi";
import { env } from "@/lib/env";
import { localeAlternates, pageLocale } from "@/lib/i18n/metadata";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "api" });
  return { title: t("metaTitle"), description: t("metaDescription"), alternates: await localeAlternates("/api", locale) };
}

/** The API's reference: the page's own words are translated; the OpenAPI document's are the API's, in English. */
export default async function ApiPage() {
  await connection();
  const t = await getTranslations("api");
  const document = openApiDocument(env().siteUrl);
  const link = (href: string) => (chunks: ReactNode) => (
    <a href={href} className="underline underline-offset-2">
      {chunks}
    </a>
  );
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight" lang="en">
        {document.info.title}
      </h1>
      <p className="mt-2 max-w-2xl text-zinc-700 dark:text-zinc-300" lang="en">
        {document.info.description.replaceAll("`", "")}
      </p>
      <p className="mt-3">{t.rich("documentIntro", { openapi: link("/api/openapi.json"), feed: link("/feed.xml") })}</p>
      <p className="mt-2 text-sm text-zinc-700 dark:text-zinc-300">{t("englishOnly")}</p>
      <ApiReference document={document} />
    </>
  );
}
