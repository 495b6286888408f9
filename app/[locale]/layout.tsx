import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Suspense, type ReactNode } from "react";
import { AccountNav } from "@/components/auth/AccountNav";
import { SiteHeader } from "@/components/layout/SiteHeader";
import { getCurrentUser } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { localeAlternates } from "@/lib/i18n/metadata";
import { routing } from "@/lib/i18n/routing";
import "../globals.css";

type Props = { children: ReactNode; params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "common" });
  return {
    // Absolute URLs in previews (og:image) are resolved against the public address.
    metadataBase: new URL(env().siteUrl),
    title: { default: t("siteName"), template: `%s · ${t("siteName")}` },
    description: t("siteDescription"),
    alternates: { types: (await localeAlternates("/", locale)).types },
  };
}

export default async function LocaleLayout({ children, params }: Props) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations("common");
  // No NextIntlClientProvider here: pages wrap the client components that translate with one
  // holding only the namespaces they need, and pages without any ship no i18n runtime.
  return (
    <html lang={locale}>
      <body className="min-h-screen bg-zinc-50 text-zinc-900 antialiased dark:bg-zinc-950 dark:text-zinc-100">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-zinc-900">
          {t("skipToContent")}
        </a>
        <SiteHeader
          account={
            <Suspense fallback={null}>
              <HeaderAccount />
            </Suspense>
          }
        />
        <main id="main" className="mx-auto max-w-4xl px-4 py-8">
          {children}
        </main>
      </body>
    </html>
  );
}

async function HeaderAccount() {
  return <AccountNav user={await getCurrentUser()} />;
}
