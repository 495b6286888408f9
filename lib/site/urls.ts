/** Absolute and site-relative addresses of the public pages, so every link is spelled once. */
export const statementPath = (slug: string) => `/statements/${encodeURIComponent(slug)}`;
export const sourcePath = (id: string) => `/sources/${encodeURIComponent(id)}`;
export const absoluteUrl = (siteUrl: string, path: string) => `${siteUrl}${path}`;
export const embedPath = (slug: string) => `/embed/statements/${encodeURIComponent(slug)}`;
