import Link from "next/link";

/** An invalid URL parameter, named, with a way out; shown instead of results. */
export function FilterProblem({ param, message }: { param: string; message: string }) {
  return (
    <div role="alert" className="rounded-lg border border-red-300 bg-red-50 p-4 dark:border-red-800 dark:bg-red-950">
      <h2 className="font-semibold">
        The <code className="rounded bg-red-100 px-1 dark:bg-red-900">{param}</code> parameter is not valid
      </h2>
      <p className="mt-1">{message}.</p>
      <Link href="/" className="mt-2 inline-block underline underline-offset-2">
        Reset all filters
      </Link>
    </div>
  );
}
