/** An origin no request can come from: paths are resolved against it, then compared with it. */
const PROBE_ORIGIN = "https://return-to.invalid";

/**
 * Where to go after signing in: only a path on this site, never another origin.
 *
 * The value is parsed with the WHATWG URL parser, the one browsers use, so every trick they
 * forgive ("/\t/evil.example", "/\n/evil.example", "/\\evil.example", leading spaces) is read the
 * way the browser will read it when it follows the redirect; a prefix check on the raw string
 * cannot know what the browser strips. Whatever does not stay on the probe origin is refused.
 */
export function safeReturnTo(value: string | string[] | undefined): string {
  const raw = Array.isArray(value) ? value[0] : value;
  if (!raw || !raw.startsWith("/")) return "/";
  let url: URL;
  try {
    url = new URL(raw, PROBE_ORIGIN);
  } catch {
    return "/";
  }
  if (url.origin !== PROBE_ORIGIN) return "/";
  const path = `${url.pathname}${url.search}${url.hash}`;
  // The parser keeps "//host" in a path it normalised from "/.//host"; sent back as a Location it
  // would again be read as another origin.
  return path.startsWith("//") ? "/" : path;
}
