import { Feed } from "feed";
import type { ApiStatement } from "../api/serialize";
import { escapeHtml } from "../format/html";
import { statementDescription } from "../statements/description";

export const FEED_PATH = "/feed.xml";

/** The paragraphs of an entry: the words as published, then the English translation and the editor's summary. */
function entryContent(statement: ApiStatement): string {
  const paragraphs = [
    statement.quote ? `<blockquote lang="${escapeHtml(statement.language)}">${escapeHtml(statement.quote)}</blockquote>` : "",
    statement.translation ? `<p>English translation: ${escapeHtml(statement.translation)}</p>` : "",
    statement.summary ? `<p>${escapeHtml(statement.summary)}</p>` : "",
    `<p>Source: ${escapeHtml(statement.source.outlet)}, ${escapeHtml(statement.source.title)}</p>`,
  ];
  return paragraphs.filter(Boolean).join("\n");
}

/**
 * The Atom feed of the newest statements. An entry's `updated` is the statement's last save, so
 * readers show corrections; `published` is the date it was said. The feed's `updated` is the
 * latest of its entries' (stable while nothing changes, unlike the time of the request).
 */
export function atomFeed(statements: readonly ApiStatement[], siteUrl: string): string {
  const updated = statements.reduce((latest, statement) => (statement.updatedAt > latest ? statement.updatedAt : latest), "1970-01-01T00:00:00.000Z");
  const feed = new Feed({
    id: `${siteUrl}/`,
    title: "NATO–China Tracker: newest statements",
    description: "What NATO said about China, statement by statement, with sources.",
    link: `${siteUrl}/`,
    feedLinks: { atom: `${siteUrl}${FEED_PATH}` },
    language: "en",
    updated: new Date(updated),
    generator: "NATO–China Tracker",
  });
  for (const statement of statements) {
    // The feed library wraps text fields in CDATA as HTML, so plain text is escaped first.
    feed.addItem({
      id: statement.url,
      link: statement.url,
      title: escapeHtml(statement.title),
      date: new Date(statement.updatedAt),
      published: new Date(`${statement.date}T00:00:00Z`),
      description: escapeHtml(
        statementDescription({ ...statement, date: new Date(`${statement.date}T00:00:00Z`) }),
      ),
      content: entryContent(statement),
      author: [{ name: statement.speaker ?? statement.body ?? "NATO" }],
      category: statement.themes.map((theme) => ({ term: theme.slug, name: theme.name })),
    });
  }
  return escapeCategoryLabels(feed.atom1());
}

/**
 * The feed library escapes `&` and `"` in a category's label attribute but not `<`, which is not
 * allowed there (a theme named "R&D <policy>" made the whole feed malformed). Its own escaping
 * has already happened, so only `<` and `>` are left to escape, inside label values alone.
 */
function escapeCategoryLabels(xml: string): string {
  return xml.replace(/<category label="([^"]*)"/g, (_, label: string) => `<category label="${label.replace(/</g, "&lt;").replace(/>/g, "&gt;")}"`);
}
