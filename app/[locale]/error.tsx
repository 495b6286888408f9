"use client";

import { useParams } from "next/navigation";
import en from "@/messages/en/errors.json";
import fr from "@/messages/fr/errors.json";

// The error boundary is the one client component every page has. It reads its few messages
// straight from the message files, so no page ships next-intl's client runtime just for it.
const MESSAGES = { en: en.error, fr: fr.error };

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const { locale } = useParams<{ locale: string }>();
  const t = locale === "fr" ? MESSAGES.fr : MESSAGES.en;
  return (
    <div role="alert" className="rounded-lg border border-red-300 bg-red-50 p-6 dark:border-red-900 dark:bg-red-950">
      <h1 className="text-xl font-semibold">{t.title}</h1>
      <p className="mt-2">{t.body}</p>
      <button type="button" onClick={reset} className="mt-4 rounded bg-zinc-900 px-4 py-2 text-white dark:bg-zinc-100 dark:text-zinc-900">
        {t.retry}
      </button>
    </div>
  );
}
