import Link from "next/link";

export default function NotFound() {
  return (
    <div>
      <h1 className="text-2xl font-bold">Page not found</h1>
      <p className="mt-2">There is no page at this address. It may have been mistyped, or the statement may have a new link.</p>
      <Link href="/" className="mt-4 inline-block underline">
        Back to the timeline
      </Link>
    </div>
  );
}
