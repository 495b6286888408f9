import Link from "next/link";
import type { CurrentUser } from "@/lib/auth/session";
import { SignOutButton } from "./SignOutButton";

/** The header's editor links; readers, who have no account, see nothing. */
export function AccountNav({ user }: { user: CurrentUser | null }) {
  if (!user) return null;
  return (
    <nav aria-label="Editor" className="flex items-center gap-4 text-sm">
      <Link href="/statements/new" className="underline underline-offset-2">
        New statement
      </Link>
      <Link href="/themes/new" className="underline underline-offset-2">
        New theme
      </Link>
      <span className="text-zinc-600 dark:text-zinc-400">
        {user.name} ({user.role})
      </span>
      <SignOutButton />
    </nav>
  );
}
