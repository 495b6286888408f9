import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/link";

export function EmptyResults() {
  const t = useTranslations("timeline.empty");
  return (
    <div className="rounded-lg border border-dashed border-zinc-400 p-6 text-center dark:border-zinc-600">
      <h2 className="font-semibold">{t("title")}</h2>
      <p className="mt-1 text-zinc-700 dark:text-zinc-300">{t("body")}</p>
      <Link href="/" className="mt-2 inline-block underline underline-offset-2">
        {t("reset")}
      </Link>
    </div>
  );
}
