"use client";

/** `label` and `home` come from the server, in the page's language, so no messages are sent to the browser for it. */
export function SignOutButton({ label, home }: { label: string; home: string }) {
  return (
    <button
      type="button"
      onClick={async () => {
        // Loaded on click: the root layout holds this button, and a static import would put
        // better-auth's client (about 12 KB gzip) in every reader's first load.
        const { authClient } = await import("@/lib/auth/client");
        await authClient.signOut();
        window.location.assign(home);
      }}
      className="underline underline-offset-2"
    >
      {label}
    </button>
  );
}
