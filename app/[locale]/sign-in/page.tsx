import type { Metadata } from "next";
import { SignInForm } from "@/components/auth/SignInForm";
import { safeReturnTo } from "@/lib/auth/return-to";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  return (
    <>
      <h1 className="mb-2 text-2xl font-bold">Editor sign-in</h1>
      <p className="mb-6 text-zinc-700 dark:text-zinc-300">Editors sign in to add and correct statements. Readers need no account.</p>
      {params.error === "forbidden" && (
        <p role="alert" className="mb-4 rounded border border-amber-300 bg-amber-50 p-3 text-sm dark:border-amber-900 dark:bg-amber-950">
          Your account cannot open that page. Sign in with an editor or admin account.
        </p>
      )}
      <SignInForm returnTo={safeReturnTo(params.next)} />
    </>
  );
}
