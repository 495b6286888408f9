import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { StatementForm } from "@/components/editor/StatementForm";
import { requirePageRole } from "@/lib/auth/session";
import { pickMessages } from "@/lib/i18n/messages";
import { localeAlternates, pageLocale } from "@/lib/i18n/metadata";
import { Link } from "@/lib/i18n/link";
import { saveStatement } from "@/lib/statements/actions";
import { getEditorOptions, getStatementForEditing } from "@/lib/statements/editor-queries";
import { statementFormValues } from "@/lib/statements/form";

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "editor.editStatement" });
  return { title: t("metaTitle"), alternates: await localeAlternates(`/statements/${(await params).slug}/edit`, locale) };
}

export default async function EditStatementPage({ params }: Props) {
  await connection();
  const { slug } = await params;
  await requirePageRole("editor", `/statements/${slug}/edit`);
  const t = await getTranslations("editor.editStatement");
  const statement = await getStatementForEditing(slug);
  if (!statement) notFound();
  const { sources, themes } = await getEditorOptions();
  return (
    <>
      <h1 className="text-2xl font-bold">{t("title", { title: statement.title })}</h1>
      <p className="mb-6 mt-1 text-sm text-zinc-600 dark:text-zinc-400">
        {t("version", { version: statement.version })} ·{" "}
        <Link href={`/statements/${statement.slug}/history`} className="underline underline-offset-2">
          {t("history")}
        </Link>{" "}
        ·{" "}
        <Link href={`/sources/${encodeURIComponent(statement.input.sourceId)}/edit`} className="underline underline-offset-2">
          {t("editSource")}
        </Link>
        . {t("archiveHint")}
      </p>
      <NextIntlClientProvider messages={pickMessages(await getMessages(), ["editor", "labels"])}>
        <StatementForm
          action={saveStatement.bind(null, statement.id)}
          initialState={{ attempt: 0, values: statementFormValues(statement.input), version: statement.version, fieldErrors: {} }}
          sources={sources}
          themes={themes}
          submitLabel={t("submit")}
        />
      </NextIntlClientProvider>
    </>
  );
}
