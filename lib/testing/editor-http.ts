/**
 * An editor's browser without JavaScript, over plain HTTP: signs in at better-auth's endpoint,
 * keeps the session cookie, and saves statements by submitting the editor form exactly as a
 * browser submits it before hydration. The form page carries the server action's
 * progressive-enhancement fields (hidden `$ACTION_…` inputs naming the action, its bound
 * arguments and its state); posting them with the form's own fields runs the same server action
 * the hydrated form calls. A save answers with a redirect to the statement's history; a refusal
 * re-renders the form with its message.
 */

export class HttpError extends Error {
  override name = "HttpError";
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

export type SaveOutcome =
  | { kind: "saved"; slug: string; version: number }
  /** Refused because another save came first (the app answered correctly; nothing was written). */
  | { kind: "stale"; message: string }
  /** Refused for any other reason: for this client, a bug in what it sent. */
  | { kind: "refused"; message: string };

export type StatementFields = Record<string, string | string[]>;

const REQUEST_TIMEOUT_MS = 30_000;

export class EditorSession {
  private constructor(
    readonly baseUrl: string,
    private readonly clientAddress: string,
    private readonly cookie: string,
  ) {}

  /** Signs in once; each session uses its own client address, since sign-in is rate-limited per address. */
  static async signIn(baseUrl: string, account: { email: string; password: string }, clientAddress: string): Promise<EditorSession> {
    const response = await fetch(`${baseUrl}/api/auth/sign-in/email`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: baseUrl, "x-forwarded-for": clientAddress },
      body: JSON.stringify(account),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    if (!response.ok) throw new HttpError(`sign-in as ${account.email} answered ${response.status}: ${(await response.text()).slice(0, 200)}`, response.status);
    const cookie = response.headers
      .getSetCookie()
      .map((header) => header.split(";")[0])
      .join("; ");
    if (!cookie.includes("session_token")) throw new HttpError(`sign-in as ${account.email} set no session cookie`, response.status);
    return new EditorSession(baseUrl, clientAddress, cookie);
  }

  private headers(extra: Record<string, string> = {}): Record<string, string> {
    return { cookie: this.cookie, "x-forwarded-for": this.clientAddress, ...extra };
  }

  /** Fetches an editor page; anything but 200 is an error (a redirect means the session was lost). */
  async page(path: string): Promise<string> {
    const response = await fetch(`${this.baseUrl}${path}`, { headers: this.headers(), redirect: "manual", signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
    const body = await response.text();
    if (response.status !== 200) throw new HttpError(`GET ${path} answered ${response.status}${locationOf(response)}`, response.status);
    return body;
  }

  /** Loads the statement form at `formPath` (/statements/new or /statements/<slug>/edit) and submits it with `fields`. */
  async saveStatement(formPath: string, fields: StatementFields, hooks: { beforePost?: () => void } = {}): Promise<SaveOutcome> {
    const form = hiddenFields(await this.page(formPath));
    const body = new FormData();
    for (const [name, value] of Object.entries(form)) body.append(name, value);
    for (const [name, value] of Object.entries(fields)) {
      body.delete(name);
      for (const item of Array.isArray(value) ? value : [value]) body.append(name, item);
    }
    hooks.beforePost?.();
    const response = await fetch(`${this.baseUrl}${formPath}`, {
      method: "POST",
      headers: this.headers({ origin: this.baseUrl }),
      body,
      redirect: "manual",
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    const html = await response.text();
    if (response.status >= 300 && response.status < 400) {
      const saved = /\/statements\/([^/?#]+)\/history\?saved=(\d+)/.exec(response.headers.get("location") ?? "");
      if (!saved) throw new HttpError(`POST ${formPath} redirected elsewhere${locationOf(response)}`, response.status);
      return { kind: "saved", slug: decodeURIComponent(saved[1]!), version: Number(saved[2]) };
    }
    if (response.status !== 200) throw new HttpError(`POST ${formPath} answered ${response.status}`, response.status);
    const message = alertText(html);
    if (message === null) throw new HttpError(`POST ${formPath} answered 200 with neither a redirect nor a message`, response.status);
    return /someone else saved version/.test(message) ? { kind: "stale", message } : { kind: "refused", message };
  }
}

function locationOf(response: Response): string {
  const location = response.headers.get("location");
  return location ? ` (to ${location})` : "";
}

/** The hidden inputs of the page's form that posts to a server action (the first such form). */
export function hiddenFields(html: string): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const tag of html.match(/<input\b[^>]*>/g) ?? []) {
    if (!/\btype="hidden"/.test(tag)) continue;
    const name = attribute(tag, "name");
    if (name !== null) fields[name] = attribute(tag, "value") ?? "";
  }
  if (!Object.keys(fields).some((name) => name.startsWith("$ACTION"))) throw new Error("the page has no server-action form fields");
  return fields;
}

function attribute(tag: string, name: string): string | null {
  const match = new RegExp(`\\s${name.replace(/\$/g, "\\$")}="([^"]*)"`).exec(tag);
  return match ? decodeEntities(match[1]!) : null;
}

function alertText(html: string): string | null {
  const match = /<div\b[^>]*\bid="form-message"[^>]*>([\s\S]*?)<\/div>/.exec(html);
  return match ? decodeEntities(match[1]!.replace(/<[^>]+>/g, " ")).replace(/\s+/g, " ").trim() : null;
}

function decodeEntities(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&amp;/g, "&");
}
