"use client";

export function SignOutButton() {
  return (
    <button
      type="button"
      onClick={async () => {
        // Loaded on click: the root layout holds this button, and a static import would put
        // better-auth's client (about 12 KB gzip) in every reader's first load.
        const { authClient } = await import("@/lib/auth/client");
        await authClient.signOut();
        window.location.assign("/");
      }}
      className="underline underline-offset-2"
    >
      Sign out
    </button>
  );
}
