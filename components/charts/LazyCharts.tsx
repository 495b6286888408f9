"use client";

import dynamic from "next/dynamic";

/**
 * The charts load in the browser after the page's text and tables, which are rendered on the
 * server: Recharts measures the page, and the text must never wait for it.
 */
function ChartPlaceholder() {
  return <div className="h-80 w-full animate-pulse rounded bg-zinc-100 dark:bg-zinc-900" aria-hidden="true" />;
}

export const ToneOverTimeChart = dynamic(() => import("./ToneOverTimeChart"), { ssr: false, loading: ChartPlaceholder });
export const StatementsPerYearChart = dynamic(() => import("./StatementsPerYearChart"), { ssr: false, loading: ChartPlaceholder });
export const KeyPhraseChart = dynamic(() => import("./KeyPhraseChart"), { ssr: false, loading: ChartPlaceholder });
