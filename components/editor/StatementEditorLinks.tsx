import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/link";

/**
 * Links from a statement's page to its history (for everyone) and its edit form (for signed-in
 * editors: pass `canEdit` from getCurrentUser() and hasRole(user.role, "editor")).
 */
export function StatementEditorLinks({ slug, canEdit }: { slug: string; canEdit: boolean }) {
  const t = useTranslations("history.tools");
  return (
    <nav aria-label={t("label")} className="flex gap-4 text-sm">
      <Link href={`/statements/${slug}/history`} className="underline underline-offset-2">
        {t("history")}
      </Link>
      {canEdit && (
        <Link href={`/statements/${slug}/edit`} className="underline underline-offset-2">
          {t("edit")}
        </Link>
      )}
    </nav>
  );
}
