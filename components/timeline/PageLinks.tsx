import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/link";

/** Links between timeline pages; plain links, so paging works without JavaScript and can be shared. */
export function PageLinks({ firstHref, nextHref, isFirstPage }: { firstHref: string; nextHref?: string; isFirstPage: boolean }) {
  const t = useTranslations("timeline.pages");
  if (!nextHref && isFirstPage) return null;
  return (
    <nav aria-label={t("label")} className="mt-8 flex flex-wrap justify-between gap-3">
      {!isFirstPage ? (
        <Link href={firstHref} className="underline underline-offset-2">
          {t("first")}
        </Link>
      ) : (
        <span />
      )}
      {nextHref && (
        <Link href={nextHref} className="rounded bg-zinc-900 px-4 py-2 font-medium text-white dark:bg-zinc-100 dark:text-zinc-900">
          {t("next")}
        </Link>
      )}
    </nav>
  );
}
