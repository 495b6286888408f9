import type { Auth } from "./create-auth";

/**
 * The better-auth endpoints the app's pages call, by method. Everything else better-auth and its
 * admin plugin serve (update-user, change-email, delete-user, the whole /admin API with create
 * user, set role and impersonate) stays unreachable over HTTP: accounts are managed with the
 * user:* scripts, and an editor could otherwise rename themselves to anyone in the public history.
 * An allowlist, so an endpoint added by a better-auth upgrade is closed until someone opens it.
 */
const OPEN_ENDPOINTS: Record<string, readonly string[]> = {
  GET: ["/get-session"],
  POST: ["/sign-in/email", "/sign-out"],
};

const AUTH_BASE_PATH = "/api/auth";

/** The body better-auth sends for a wrong email or password (see the tests, which pin it). */
const INVALID_CREDENTIALS = { code: "INVALID_EMAIL_OR_PASSWORD", message: "Invalid email or password" };

/** better-auth's HTTP handler behind the allowlist, with disabled accounts answered like wrong passwords. */
export function authHttpHandler(auth: Auth) {
  return async (request: Request): Promise<Response> => {
    const path = new URL(request.url).pathname.replace(/\/+$/, "");
    const endpoint = path.startsWith(`${AUTH_BASE_PATH}/`) ? path.slice(AUTH_BASE_PATH.length) : null;
    if (!endpoint || !OPEN_ENDPOINTS[request.method]?.includes(endpoint)) {
      return Response.json({ code: "NOT_FOUND", message: "Not found" }, { status: 404, headers: NO_STORE });
    }
    const response = await auth.handler(request);
    // The admin plugin refuses a disabled account only after checking its password, with its own
    // 403, which told whoever guessed the password that it was right. Answered as a wrong
    // password, a disabled account confirms nothing.
    if (endpoint === "/sign-in/email" && response.status === 403) {
      return Response.json(INVALID_CREDENTIALS, { status: 401, headers: NO_STORE });
    }
    // Every answer here sets or reads a session; better-auth sends no Cache-Control, which let a
    // shared cache keep one reader's Set-Cookie for the next.
    const stored = new Response(response.body, response);
    stored.headers.set("Cache-Control", "no-store");
    return stored;
  };
}

const NO_STORE = { "Cache-Control": "no-store" };
