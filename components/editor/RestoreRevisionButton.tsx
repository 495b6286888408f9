import { useTranslations } from "next-intl";

/** An admin's button that restores one revision; `version` is the statement's current version. */
export function RestoreRevisionButton({
  action,
  revisionId,
  revisionVersion,
  currentVersion,
  slug,
}: {
  action: (formData: FormData) => Promise<void>;
  revisionId: string;
  revisionVersion: number;
  currentVersion: number;
  slug: string;
}) {
  const t = useTranslations("history.revision");
  return (
    <form action={action} className="mt-3">
      <input type="hidden" name="revisionId" value={revisionId} />
      <input type="hidden" name="version" value={currentVersion} />
      <input type="hidden" name="slug" value={slug} />
      <button type="submit" className="rounded border border-zinc-400 px-3 py-1 text-sm">
        {t("restore", { version: revisionVersion })}
      </button>
    </form>
  );
}
