"use client";

import { useTranslations } from "next-intl";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errors.error");
  return (
    <div role="alert" className="rounded-lg border border-red-300 bg-red-50 p-6 dark:border-red-900 dark:bg-red-950">
      <h1 className="text-xl font-semibold">{t("title")}</h1>
      <p className="mt-2">{t("body")}</p>
      <button type="button" onClick={reset} className="mt-4 rounded bg-zinc-900 px-4 py-2 text-white dark:bg-zinc-100 dark:text-zinc-900">
        {t("retry")}
      </button>
    </div>
  );
}
