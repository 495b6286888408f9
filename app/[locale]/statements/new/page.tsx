import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import { connection } from "next/server";
import { StatementForm } from "@/components/editor/StatementForm";
import { requirePageRole } from "@/lib/auth/session";
import { pickMessages } from "@/lib/i18n/messages";
import { localeAlternates, pageLocale } from "@/lib/i18n/metadata";
import { saveStatement } from "@/lib/statements/actions";
import { getEditorOptions } from "@/lib/statements/editor-queries";
import { EMPTY_STATEMENT_VALUES } from "@/lib/statements/form";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "editor.newStatement" });
  return { title: t("metaTitle"), alternates: await localeAlternates("/statements/new", locale) };
}

export default async function NewStatementPage() {
  await connection();
  await requirePageRole("editor", "/statements/new");
  const t = await getTranslations("editor.newStatement");
  const { sources, themes } = await getEditorOptions();
  return (
    <>
      <h1 className="mb-6 text-2xl font-bold">{t("title")}</h1>
      <NextIntlClientProvider messages={pickMessages(await getMessages(), ["editor", "labels"])}>
        <StatementForm
          action={saveStatement.bind(null, null)}
          initialState={{ attempt: 0, values: EMPTY_STATEMENT_VALUES, version: 0, fieldErrors: {} }}
          sources={sources}
          themes={themes}
          submitLabel={t("submit")}
        />
      </NextIntlClientProvider>
    </>
  );
}
