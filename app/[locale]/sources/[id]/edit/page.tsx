import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { SourceForm } from "@/components/editor/SourceForm";
import { requirePageRole } from "@/lib/auth/session";
import { pickMessages } from "@/lib/i18n/messages";
import { localeAlternates, pageLocale } from "@/lib/i18n/metadata";
import { savedVersion } from "@/lib/revisions/saved-notice";
import { saveSource } from "@/lib/sources/actions";
import { getSourceForEditing } from "@/lib/sources/queries";

type Props = {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "editor.editSource" });
  return { title: t("metaTitle"), alternates: await localeAlternates(`/sources/${(await params).id}/edit`, locale) };
}

export default async function EditSourcePage({ params, searchParams }: Props) {
  await connection();
  const [{ id }, query] = await Promise.all([params, searchParams]);
  await requirePageRole("editor", `/sources/${id}/edit`);
  const t = await getTranslations("editor");
  const source = await getSourceForEditing(id);
  if (!source) notFound();
  const saved = savedVersion(query.saved, source.version);
  return (
    <>
      <h1 className="text-2xl font-bold">{t("editSource.title", { title: source.values.title })}</h1>
      <p className="mb-6 mt-1 text-sm text-zinc-600 dark:text-zinc-400">{t("editSource.subtitle", { id: source.id, version: source.version })}</p>
      {saved !== null && (
        <p role="status" className="mb-4 rounded border border-green-300 bg-green-50 p-3 text-sm dark:border-green-900 dark:bg-green-950">
          {t("saved", { version: saved })}
        </p>
      )}
      <NextIntlClientProvider messages={pickMessages(await getMessages(), ["editor", "labels"])}>
        <SourceForm action={saveSource.bind(null, source.id)} initialState={{ attempt: 0, values: source.values, version: source.version, fieldErrors: {} }} />
      </NextIntlClientProvider>
    </>
  );
}
