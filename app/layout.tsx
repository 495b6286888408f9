import type { Metadata } from "next";
import { Suspense, type ReactNode } from "react";
import { AccountNav } from "@/components/auth/AccountNav";
import { SiteHeader } from "@/components/layout/SiteHeader";
import { env } from "@/lib/env";
import { getCurrentUser } from "@/lib/auth/session";
import "./globals.css";

export const metadata: Metadata = {
  // Absolute URLs in previews (og:image) are resolved against the public address.
  metadataBase: new URL(env().siteUrl),
  title: { default: "NATO–China Tracker", template: "%s · NATO–China Tracker" },
  description: "How NATO's public positions on China changed between 2017 and 2024, statement by statement, with sources.",
  alternates: { types: { "application/atom+xml": [{ url: "/feed.xml", title: "NATO–China Tracker: newest statements" }] } },
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen bg-zinc-50 text-zinc-900 antialiased dark:bg-zinc-950 dark:text-zinc-100">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-zinc-900">
          Skip to content
        </a>
        <SiteHeader
          account={
            <Suspense fallback={null}>
              <HeaderAccount />
            </Suspense>
          }
        />
        <main id="main" className="mx-auto max-w-4xl px-4 py-8">
          {children}
        </main>
      </body>
    </html>
  );
}

async function HeaderAccount() {
  return <AccountNav user={await getCurrentUser()} />;
}
