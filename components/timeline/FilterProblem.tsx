import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/link";
import { routing } from "@/lib/i18n/routing";

const HINTED = ["q", "from", "to", "tone", "type", "speaker", "theme", "source", "lang", "sort", "disagree", "after"] as const;
const hintKey = (param: string) => HINTED.find((known) => known === param) ?? "other";

/**
 * An invalid URL parameter, named, with a way out; shown instead of results. The parser's own
 * explanation is English (the API shares it), so other languages explain the parameter in their
 * words and keep the parser's precise text beside it, marked as English.
 */
export function FilterProblem({ param, message }: { param: string; message: string }) {
  const t = useTranslations("timeline.problem");
  const locale = useLocale();
  return (
    <div role="alert" className="rounded-lg border border-red-300 bg-red-50 p-4 dark:border-red-800 dark:bg-red-950">
      <h2 className="font-semibold">
        {t.rich("title", { param, code: (chunks) => <code className="rounded bg-red-100 px-1 dark:bg-red-900">{chunks}</code> })}
      </h2>
      {locale === routing.defaultLocale ? (
        <p className="mt-1">{message}.</p>
      ) : (
        <>
          <p className="mt-1">{t(`hint.${hintKey(param)}`)}</p>
          <p className="mt-1 text-sm">
            {t("detail")}
            <span lang={routing.defaultLocale}>{message}.</span>
          </p>
        </>
      )}
      <Link href="/" className="mt-2 inline-block underline underline-offset-2">
        {t("reset")}
      </Link>
    </div>
  );
}
