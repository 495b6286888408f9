import type { ReactNode } from "react";

export function ChartTooltipBox({ children }: { children: ReactNode }) {
  return (
    <div className="max-w-xs rounded border border-zinc-300 bg-white px-3 py-2 text-sm text-zinc-900 shadow dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100">
      {children}
    </div>
  );
}
