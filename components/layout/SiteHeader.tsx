import Link from "next/link";
import type { ReactNode } from "react";

export function SiteHeader({ account }: { account?: ReactNode }) {
  return (
    <header className="border-b border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-900">
      <div className="mx-auto flex max-w-4xl items-center justify-between px-4 py-3">
        <Link href="/" className="text-lg font-bold tracking-tight">
          NATO–China Tracker
        </Link>
        <nav aria-label="Main">
          <ul className="flex flex-wrap items-center gap-4 text-sm">
            <li>
              <Link href="/trends" className="underline-offset-4 hover:underline">
                Trends
              </Link>
            </li>
            <li>
              <Link href="/methodology" className="underline-offset-4 hover:underline">
                Methodology
              </Link>
            </li>
            <li>{account}</li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
