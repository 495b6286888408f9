"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { authClient } from "@/lib/auth/client";
import { describedBy, Field, inputClass } from "@/components/editor/Field";

type State = { email: string; error?: "missing" | "tooMany" | "wrong" | "failed" };

/**
 * Which message answers better-auth's refusal. The wording never says which of email or password
 * was wrong, nor that an account is disabled (lib/auth/http-handler.ts answers that like a wrong
 * password, so a guessed password is never confirmed).
 */
function refusalOf(status: number): NonNullable<State["error"]> {
  if (status === 429) return "tooMany";
  if (status === 401 || status === 400) return "wrong";
  return "failed";
}

/**
 * Posts to better-auth's own endpoint from the browser, so its sign-in rate limit (which only
 * guards HTTP requests) applies and the session cookie is set by its response.
 */
export function SignInForm({ returnTo }: { returnTo: string }) {
  const t = useTranslations("auth.signIn");
  const [state, formAction, pending] = useActionState(async (_previous: State, formData: FormData): Promise<State> => {
    const email = String(formData.get("email") ?? "").trim();
    const password = String(formData.get("password") ?? "");
    if (!email || !password) return { email, error: "missing" };
    const { error } = await authClient.signIn.email({ email, password });
    if (error) return { email, error: refusalOf(error.status) };
    window.location.assign(returnTo);
    return { email };
  }, { email: "" });

  return (
    <form action={formAction} className="flex max-w-sm flex-col gap-4" noValidate>
      {state.error && (
        <p id="sign-in-error" role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-sm dark:border-red-900 dark:bg-red-950">
          {t(state.error)}
        </p>
      )}
      <Field name="email" label={t("email")}>
        <input type="email" {...describedBy("email")} autoComplete="username" defaultValue={state.email} required maxLength={254} className={inputClass} />
      </Field>
      <Field name="password" label={t("password")}>
        <input type="password" {...describedBy("password")} autoComplete="current-password" required maxLength={128} className={inputClass} />
      </Field>
      <button type="submit" disabled={pending} className="rounded bg-zinc-900 px-4 py-2 font-medium text-white disabled:opacity-60 dark:bg-zinc-100 dark:text-zinc-900">
        {pending ? t("pending") : t("submit")}
      </button>
    </form>
  );
}
