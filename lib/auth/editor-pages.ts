/** The editor-only pages, which send visitors without a session to /sign-in (proxy.ts). */
const EDITOR_PAGES = [/^\/statements\/new$/, /^\/statements\/[^/]+\/edit$/, /^\/themes\/new$/, /^\/sources\/[^/]+\/edit$/];

export function isEditorPage(pathname: string): boolean {
  return EDITOR_PAGES.some((page) => page.test(pathname));
}
