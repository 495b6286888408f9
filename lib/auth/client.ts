import { createAuthClient } from "better-auth/react";

/** The browser side of better-auth: sign-in and sign-out go to /api/auth, where rate limiting applies. */
export const authClient = createAuthClient();
