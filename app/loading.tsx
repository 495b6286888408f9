export default function Loading() {
  return (
    <div role="status" aria-live="polite" className="animate-pulse space-y-4">
      <span className="sr-only">Loading statements…</span>
      <div className="h-8 w-2/3 rounded bg-zinc-200 dark:bg-zinc-800" />
      <div className="h-28 rounded bg-zinc-200 dark:bg-zinc-800" />
      <div className="h-28 rounded bg-zinc-200 dark:bg-zinc-800" />
    </div>
  );
}
