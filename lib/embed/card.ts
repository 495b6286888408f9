import type { ApiStatement } from "../api/serialize";
import { formatDate } from "../format/date";
import { escapeHtml } from "../format/html";
import { toneLabel } from "../tone/scale";

/** The embed's size in the iframe code and oEmbed: a card that fits a blog column. */
export const EMBED_WIDTH = 560;
export const EMBED_HEIGHT = 300;

/** Same hues as the site's tone colours (app/globals.css). */
const TONE_COLOURS = ["oklch(0.55 0.01 250)", "oklch(0.55 0.13 160)", "oklch(0.58 0.11 230)", "oklch(0.62 0.14 85)", "oklch(0.58 0.17 45)", "oklch(0.52 0.2 25)"];

/**
 * The embed as a standalone HTML document. It is not a Next.js page on purpose: a page would
 * bring the site's header, scripts and stylesheet into every iframe on other sites; this is one
 * small request with inline styles and no script. Every value is escaped.
 */
export function embedCardHtml(statement: ApiStatement): string {
  const date = new Date(`${statement.date}T00:00:00Z`);
  const who = statement.speaker ?? statement.body ?? "NATO";
  const words = statement.quote
    ? `<blockquote lang="${escapeHtml(statement.language)}">${escapeHtml(statement.quote)}</blockquote>`
    : `<p class="none">${escapeHtml(statement.summary ?? "China is not mentioned.")}</p>`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<link rel="canonical" href="${escapeHtml(statement.url)}">
<title>${escapeHtml(statement.title)} · NATO–China Tracker</title>
<style>
  :root { color-scheme: light dark; font-family: system-ui, -apple-system, "Segoe UI", sans-serif; }
  body { margin: 0; padding: 8px; }
  article { box-sizing: border-box; border: 1px solid #d4d4d8; border-radius: 8px; padding: 14px 16px; background: Canvas; color: CanvasText; max-height: ${EMBED_HEIGHT - 16}px; overflow: auto; }
  h1 { font-size: 15px; margin: 0 0 8px; }
  blockquote, .none { margin: 0; font-size: 15px; line-height: 1.45; border-left: 3px solid ${TONE_COLOURS[statement.toneLevel] ?? "#71717a"}; padding-left: 10px; }
  p.meta { margin: 10px 0 0; font-size: 13px; display: flex; flex-wrap: wrap; gap: 6px 12px; align-items: center; }
  .tone { display: inline-flex; align-items: center; gap: 6px; font-weight: 600; }
  .dot { width: 12px; height: 12px; border-radius: 50%; background: ${TONE_COLOURS[statement.toneLevel] ?? "#71717a"}; }
  a { color: LinkText; }
</style>
</head>
<body>
<article>
<h1>${escapeHtml(statement.title)}</h1>
${words}
<p class="meta"><span>${escapeHtml(who)}</span><time datetime="${statement.date}">${escapeHtml(formatDate(date))}</time><span class="tone"><span class="dot" aria-hidden="true"></span>Tone ${statement.toneLevel}: ${escapeHtml(toneLabel(statement.toneLevel))}</span></p>
<p class="meta"><a href="${escapeHtml(statement.url)}" target="_blank" rel="noopener">Source and context on NATO–China Tracker</a></p>
</article>
</body>
</html>
`;
}
