import { Link } from "@/lib/i18n/link";

/** A 404's explanation and the way back to the timeline. */
export function NotFoundMessage({ title, body, back }: { title: string; body: string; back: string }) {
  return (
    <div>
      <h1 className="text-2xl font-bold">{title}</h1>
      <p className="mt-2">{body}</p>
      <Link href="/" className="mt-4 inline-block underline underline-offset-2">
        {back}
      </Link>
    </div>
  );
}
