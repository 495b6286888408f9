import { useLocale, useTranslations } from "next-intl";
import type { CurrentUser } from "@/lib/auth/session";
import { localizePath } from "@/lib/i18n/locale-path";
import { Link } from "@/lib/i18n/link";
import { SignOutButton } from "./SignOutButton";

/** The header's editor links; readers, who have no account, see nothing. */
export function AccountNav({ user }: { user: CurrentUser | null }) {
  const t = useTranslations("auth.nav");
  const locale = useLocale();
  if (!user) return null;
  return (
    <nav aria-label={t("label")} className="flex items-center gap-4 text-sm">
      <Link href="/statements/new" className="underline underline-offset-2">
        {t("newStatement")}
      </Link>
      <Link href="/themes/new" className="underline underline-offset-2">
        {t("newTheme")}
      </Link>
      <span className="text-zinc-600 dark:text-zinc-400">{t("user", { name: user.name, role: user.role })}</span>
      <SignOutButton label={t("signOut")} home={localizePath("/", locale)} />
    </nav>
  );
}
