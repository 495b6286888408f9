import Link from "next/link";

export default function StatementNotFound() {
  return (
    <div>
      <h1 className="text-2xl font-bold">Statement not found</h1>
      <p className="mt-2">No published statement has this address. The link may be mistyped, or the statement may not be public.</p>
      <Link href="/" className="mt-4 inline-block underline underline-offset-2">
        Back to the timeline
      </Link>
    </div>
  );
}
