import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import { connection } from "next/server";
import { ThemeForm } from "@/components/editor/ThemeForm";
import { requirePageRole } from "@/lib/auth/session";
import { pickMessages } from "@/lib/i18n/messages";
import { localeAlternates, pageLocale } from "@/lib/i18n/metadata";
import { saveTheme } from "@/lib/themes/actions";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "editor.themeForm" });
  return { title: t("metaTitle"), alternates: await localeAlternates("/themes/new", locale) };
}

export default async function NewThemePage() {
  await connection();
  await requirePageRole("editor", "/themes/new");
  const t = await getTranslations("editor.themeForm");
  return (
    <>
      <h1 className="mb-6 text-2xl font-bold">{t("title")}</h1>
      <NextIntlClientProvider messages={pickMessages(await getMessages(), ["editor"])}>
        <ThemeForm action={saveTheme} />
      </NextIntlClientProvider>
    </>
  );
}
