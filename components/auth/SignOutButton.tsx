"use client";

import { authClient } from "@/lib/auth/client";

/** `label` and `home` come from the server, in the page's language, so no messages are sent to the browser for it. */
export function SignOutButton({ label, home }: { label: string; home: string }) {
  return (
    <button
      type="button"
      onClick={async () => {
        await authClient.signOut();
        window.location.assign(home);
      }}
      className="underline underline-offset-2"
    >
      {label}
    </button>
  );
}
