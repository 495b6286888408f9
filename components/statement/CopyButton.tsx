"use client";

import { useState } from "react";

type Status = "idle" | "copied" | "failed";

/** What the button says after copying, in the page's language (passed in, so no message catalogue ships to the browser). */
export type CopyMessages = { copied: string; failed: string };

/**
 * Copies text (or, given a path, this site's address for it) and says so where screen readers
 * hear it. The address is taken from the browser, so it is the one the reader can open.
 */
export function CopyButton({ label, text, path, messages }: { label: string; text?: string; path?: string; messages: CopyMessages }) {
  const [status, setStatus] = useState<Status>("idle");
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(path ? new URL(path, window.location.origin).href : (text ?? ""));
      setStatus("copied");
    } catch {
      setStatus("failed");
    }
  };
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <button
        type="button"
        onClick={copy}
        className="rounded border border-zinc-400 bg-white px-3 py-1.5 text-sm font-medium hover:bg-zinc-100 dark:border-zinc-600 dark:bg-zinc-900 dark:hover:bg-zinc-800"
      >
        {label}
      </button>
      <span role="status" className="text-sm text-emerald-800 dark:text-emerald-300">
        {status === "copied" ? messages.copied : status === "failed" ? messages.failed : ""}
      </span>
    </span>
  );
}
