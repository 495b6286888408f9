import { formatDate } from "@/lib/format/date";
import { excerpt } from "@/lib/statements/highlight";
import { toneLabel } from "@/lib/tone/scale";

type Previewable = { title: string; date: Date; speaker: string | null; body: string | null; quote: string | null; summary: string | null; toneLevel: number };

/**
 * The 1200×630 preview image's layout, for next/og (Satori): inline styles and flexbox only,
 * and characters the bundled font covers (accents folded for anything beyond Latin-1), since
 * a missing glyph would make Satori fetch a font from the closed network.
 */
export function StatementPreviewCard({ statement }: { statement: Previewable | null }) {
  const words = statement ? (statement.quote ? `“${excerpt(statement.quote, [], 230)}”` : excerpt(statement.summary ?? statement.title, [], 230)) : "";
  const who = statement ? (statement.speaker ?? statement.body ?? "NATO") : "";
  return (
    <div style={{ width: "100%", height: "100%", display: "flex", flexDirection: "column", justifyContent: "space-between", padding: 64, background: "#18181b", color: "#fafafa", fontSize: 28 }}>
      <div style={{ display: "flex", fontSize: 26, color: "#a1a1aa" }}>NATO–China Tracker</div>
      <div style={{ display: "flex", fontSize: words.length > 160 ? 40 : 48, lineHeight: 1.3 }}>{safeText(statement ? words : "Statement not found")}</div>
      {statement && (
        <div style={{ display: "flex", justifyContent: "space-between", color: "#d4d4d8" }}>
          <div style={{ display: "flex" }}>{safeText(`${who} · ${formatDate(statement.date)}`)}</div>
          <div style={{ display: "flex" }}>{safeText(`Tone ${statement.toneLevel}: ${toneLabel(statement.toneLevel)}`)}</div>
        </div>
      )}
    </div>
  );
}

/** Keeps Latin-1, common punctuation and the en dash; folds other accented letters (ệ -> e). */
function safeText(text: string): string {
  return [...text]
    .map((char) => (/^[\u0020-\u00ff‘’“”«»–—…·]$/.test(char) ? char : char.normalize("NFD").replace(/\p{Diacritic}/gu, "")))
    .join("")
    .replace(/[^\u0020-\u00ff‘’“”«»–—…·]/g, "");
}
