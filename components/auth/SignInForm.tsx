"use client";

import { useActionState } from "react";
import { authClient } from "@/lib/auth/client";
import { describedBy, Field, inputClass } from "@/components/editor/Field";

type State = { email: string; error?: string };

/** Messages for better-auth's answers; the wording never says which of email or password was wrong. */
function messageFor(status: number, code: string | undefined): string {
  if (status === 429) return "Too many sign-in attempts. Wait a minute, then try again.";
  if (code === "BANNED_USER") return "This account is disabled.";
  if (status === 401 || status === 400) return "Wrong email or password.";
  return "Signing in failed. Try again.";
}

/**
 * Posts to better-auth's own endpoint from the browser, so its sign-in rate limit (which only
 * guards HTTP requests) applies and the session cookie is set by its response.
 */
export function SignInForm({ returnTo }: { returnTo: string }) {
  const [state, formAction, pending] = useActionState(async (_previous: State, formData: FormData): Promise<State> => {
    const email = String(formData.get("email") ?? "").trim();
    const password = String(formData.get("password") ?? "");
    if (!email || !password) return { email, error: "Enter your email and password." };
    const { error } = await authClient.signIn.email({ email, password });
    if (error) return { email, error: messageFor(error.status, error.code) };
    window.location.assign(returnTo);
    return { email };
  }, { email: "" });

  return (
    <form action={formAction} className="flex max-w-sm flex-col gap-4" noValidate>
      {state.error && (
        <p id="sign-in-error" role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-sm dark:border-red-900 dark:bg-red-950">
          {state.error}
        </p>
      )}
      <Field name="email" label="Email">
        <input type="email" {...describedBy("email")} autoComplete="username" defaultValue={state.email} required maxLength={254} className={inputClass} />
      </Field>
      <Field name="password" label="Password">
        <input type="password" {...describedBy("password")} autoComplete="current-password" required maxLength={128} className={inputClass} />
      </Field>
      <button type="submit" disabled={pending} className="rounded bg-zinc-900 px-4 py-2 font-medium text-white disabled:opacity-60 dark:bg-zinc-100 dark:text-zinc-900">
        {pending ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}
