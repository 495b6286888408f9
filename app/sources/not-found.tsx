import Link from "next/link";

export default function SourceNotFound() {
  return (
    <div>
      <h1 className="text-2xl font-bold">Source not found</h1>
      <p className="mt-2">No source has this address.</p>
      <Link href="/" className="mt-4 inline-block underline underline-offset-2">
        Back to the timeline
      </Link>
    </div>
  );
}
