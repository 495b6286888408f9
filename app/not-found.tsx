import Link from "next/link";
import "./globals.css";

/**
 * Addresses the locale routing never sees (a mistyped file name such as /nothing.txt) end here,
 * outside app/[locale], so this page brings its own document; it is in English like every
 * unprefixed address.
 */
export default function GlobalNotFound() {
  return (
    <html lang="en">
      <body className="min-h-screen bg-zinc-50 text-zinc-900 antialiased dark:bg-zinc-950 dark:text-zinc-100">
        <main className="mx-auto max-w-4xl px-4 py-8">
          <h1 className="text-2xl font-bold">Page not found</h1>
          <p className="mt-2">There is no page at this address.</p>
          <Link href="/" className="mt-4 inline-block underline">
            Back to the timeline
          </Link>
        </main>
      </body>
    </html>
  );
}
