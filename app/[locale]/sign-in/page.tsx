import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages, getTranslations } from "next-intl/server";
import { SignInForm } from "@/components/auth/SignInForm";
import { safeReturnTo } from "@/lib/auth/return-to";
import { localizePath } from "@/lib/i18n/locale-path";
import { pickMessages } from "@/lib/i18n/messages";
import { localeAlternates, pageLocale } from "@/lib/i18n/metadata";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "auth.signIn" });
  return { title: t("metaTitle"), alternates: await localeAlternates("/sign-in", locale) };
}

export default async function SignInPage({ searchParams }: Props) {
  const params = await searchParams;
  const t = await getTranslations("auth.signIn");
  const next = safeReturnTo(params.next);
  // Without a page to return to, the timeline in the language of this page.
  const returnTo = next === "/" ? localizePath("/", await getLocale()) : next;
  return (
    <>
      <h1 className="mb-2 text-2xl font-bold">{t("title")}</h1>
      <p className="mb-6 text-zinc-700 dark:text-zinc-300">{t("intro")}</p>
      {params.error === "forbidden" && (
        <p role="alert" className="mb-4 rounded border border-amber-300 bg-amber-50 p-3 text-sm dark:border-amber-900 dark:bg-amber-950">
          {t("forbidden")}
        </p>
      )}
      <NextIntlClientProvider messages={pickMessages(await getMessages(), ["auth"])}>
        <SignInForm returnTo={returnTo} />
      </NextIntlClientProvider>
    </>
  );
}
