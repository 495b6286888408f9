"use client";

import { authClient } from "@/lib/auth/client";

export function SignOutButton() {
  return (
    <button
      type="button"
      onClick={async () => {
        await authClient.signOut();
        window.location.assign("/");
      }}
      className="underline underline-offset-2"
    >
      Sign out
    </button>
  );
}
