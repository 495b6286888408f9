import Link from "next/link";

export function EmptyResults() {
  return (
    <div className="rounded-lg border border-dashed border-zinc-400 p-6 text-center dark:border-zinc-600">
      <h2 className="font-semibold">No statements match these filters</h2>
      <p className="mt-1 text-zinc-700 dark:text-zinc-300">Try fewer filters or another search word.</p>
      <Link href="/" className="mt-2 inline-block underline underline-offset-2">
        Reset all filters
      </Link>
    </div>
  );
}
