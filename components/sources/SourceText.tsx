import { Link } from "@/lib/i18n/link";
import { statementPath } from "@/lib/site/urls";
import type { TextPiece } from "@/lib/sources/quote-locations";

/** A source's stored text with every quoted passage marked and linked to its statement. */
export function SourceText({ pieces, language, titles }: { pieces: TextPiece[]; language: string; titles: Map<string, string> }) {
  return (
    <div lang={language} className="mt-3 rounded-lg border border-zinc-200 bg-white p-4 leading-relaxed break-words whitespace-pre-wrap dark:border-zinc-800 dark:bg-zinc-900">
      {pieces.map((piece, index) => {
        const [slug] = piece.slugs;
        if (!slug) return piece.text;
        return (
          <mark key={index} className="rounded-sm bg-yellow-200 text-inherit dark:bg-yellow-500/40">
            <Link href={statementPath(slug)} title={piece.slugs.map((s) => titles.get(s) ?? s).join(" · ")} className="text-inherit underline decoration-1 underline-offset-2 hover:decoration-2">
              {piece.text}
            </Link>
          </mark>
        );
      })}
    </div>
  );
}
