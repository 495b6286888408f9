import { useTranslations } from "next-intl";

/** Downloads of every statement in the current view (all pages), with the same filters. */
export function DownloadLinks({ query }: { query: string }) {
  const t = useTranslations("timeline.downloads");
  const suffix = query ? `?${query}` : "";
  return (
    <p className="mb-4 flex flex-wrap gap-4 text-sm">
      <a href={`/api/statements/export.csv${suffix}`} download className="underline underline-offset-2">
        {t("csv")}
      </a>
      <a href={`/api/statements/export.json${suffix}`} download className="underline underline-offset-2">
        {t("json")}
      </a>
    </p>
  );
}
