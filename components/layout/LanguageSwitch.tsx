"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { switchLocaleHref } from "@/lib/i18n/locale-path";
import { LOCALE_COOKIE, type Locale } from "@/lib/i18n/locales";

type Props = { target: Locale; name: string; description: string; label: string };

const ONE_YEAR = 60 * 60 * 24 * 365;

/** The same page, with the same filters, in the other language. */
export function LanguageSwitch(props: Props) {
  const pathname = usePathname();
  const search = useSearchParams();
  return <LanguageLink {...props} href={switchLocaleHref(pathname, search.toString(), props.target)} />;
}

/**
 * Choosing a language records it in a cookie, which decides the language of later visits to `/`
 * (lib/i18n/first-visit.ts). A plain link, not a client-side navigation: the whole document,
 * `<html lang>` included, changes language.
 */
export function LanguageLink({ target, name, description, label, href }: Props & { href: string }) {
  const remember = () => {
    document.cookie = `${LOCALE_COOKIE}=${target}; path=/; max-age=${ONE_YEAR}; samesite=lax`;
  };
  return (
    <span className="inline-flex items-center gap-1">
      <span className="sr-only">{label}: </span>
      <a
        href={href}
        hrefLang={target}
        lang={target}
        onClick={remember}
        title={description}
        className="rounded border border-zinc-300 px-2 py-0.5 underline-offset-4 hover:underline dark:border-zinc-700"
        data-language-switch
      >
        {name}
      </a>
    </span>
  );
}
