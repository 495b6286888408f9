/** Placeholder while a page's data loads. */
export function PageSkeleton({ label }: { label: string }) {
  return (
    <div role="status" aria-live="polite" className="animate-pulse space-y-4">
      <span className="sr-only">{label}</span>
      <div className="h-8 w-2/3 rounded bg-zinc-200 dark:bg-zinc-800" />
      <div className="h-28 rounded bg-zinc-200 dark:bg-zinc-800" />
      <div className="h-28 rounded bg-zinc-200 dark:bg-zinc-800" />
    </div>
  );
}
