import Link from "next/link";

/**
 * Links from a statement's page to its history (for everyone) and its edit form (for signed-in
 * editors: pass `canEdit` from getCurrentUser() and hasRole(user.role, "editor")).
 */
export function StatementEditorLinks({ slug, canEdit }: { slug: string; canEdit: boolean }) {
  return (
    <nav aria-label="Statement tools" className="flex gap-4 text-sm">
      <Link href={`/statements/${slug}/history`} className="underline underline-offset-2">
        History
      </Link>
      {canEdit && (
        <Link href={`/statements/${slug}/edit`} className="underline underline-offset-2">
          Edit
        </Link>
      )}
    </nav>
  );
}
