import { useLocale, useTranslations } from "next-intl";
import { Suspense, type ReactNode } from "react";
import { localizePath } from "@/lib/i18n/locale-path";
import { Link } from "@/lib/i18n/link";
import { routing } from "@/lib/i18n/routing";
import { LanguageLink, LanguageSwitch } from "./LanguageSwitch";

export function SiteHeader({ account }: { account?: ReactNode }) {
  const t = useTranslations("common");
  const locale = useLocale();
  const other = routing.locales.find((candidate) => candidate !== locale) ?? routing.defaultLocale;
  const switchProps = {
    target: other,
    name: t(`languageNames.${other}`),
    description: t("languageSwitch.switchTo", { language: t(`languageNames.${other}`) }),
    label: t("languageSwitch.label"),
  };
  return (
    <header className="border-b border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-900">
      <div className="mx-auto flex max-w-4xl flex-wrap items-center justify-between gap-2 px-4 py-3">
        <Link href="/" className="text-lg font-bold tracking-tight">
          {t("siteName")}
        </Link>
        <nav aria-label={t("mainNav")}>
          <ul className="flex flex-wrap items-center gap-4 text-sm">
            <li>
              <Link href="/trends" className="underline-offset-4 hover:underline">
                {t("nav.trends")}
              </Link>
            </li>
            <li>
              <Link href="/methodology" className="underline-offset-4 hover:underline">
                {t("nav.methodology")}
              </Link>
            </li>
            <li>
              {/* The switch reads the address in the browser; until it can, it links to the other home page. */}
              <Suspense fallback={<LanguageLink {...switchProps} href={localizePath("/", other)} />}>
                <LanguageSwitch {...switchProps} />
              </Suspense>
            </li>
            <li>{account}</li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
