import "server-only";
import { randomUUID } from "node:crypto";
import { unstable_cache } from "next/cache";

/** Tag of every cached result derived from published statements; statement saves expire it. */
export const PUBLISHED_STATEMENTS_TAG = "published-statements";

/**
 * Next keeps unstable_cache entries on disk under .next/cache, shared by every server started
 * from the same build and kept across restarts, while the data lives in a database that other
 * processes change too (a seed or import, the test suite's second server on another database).
 * So the entries are this process's own: its editors' saves expire them through the tag, and
 * what other processes write shows up within REFRESH_SECONDS.
 */
const PROCESS_KEY = randomUUID();

export const REFRESH_SECONDS = 60;

/**
 * Caches a query whose result depends only on what is published, not on the request (the filter
 * form's choices, the number of published statements).
 */
export function cachedPublishedData<T>(name: string, query: () => Promise<T>): () => Promise<T> {
  return unstable_cache(query, [name, PROCESS_KEY], { tags: [PUBLISHED_STATEMENTS_TAG], revalidate: REFRESH_SECONDS });
}
