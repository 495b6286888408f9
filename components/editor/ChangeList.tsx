import { useTranslations } from "next-intl";
import type { FieldChange } from "@/lib/revisions/diff";

/** Field-by-field changes with removed words struck through and added words highlighted. */
export function ChangeList({ changes }: { changes: FieldChange[] }) {
  const t = useTranslations("editor");
  if (changes.length === 0) return <p className="text-sm text-zinc-600 dark:text-zinc-400">{t("noFieldChanged")}</p>;
  const fieldName = (field: string) => {
    const key = `fieldNames.${field}` as Parameters<typeof t>[0];
    return t.has(key) ? t(key) : field;
  };
  return (
    <dl className="flex flex-col gap-2 text-sm">
      {changes.map((change) => (
        <div key={change.field}>
          <dt className="font-medium">{fieldName(change.field)}</dt>
          <dd className="whitespace-pre-wrap break-words">
            {change.parts.map((part, index) =>
              part.removed ? (
                <del key={index} className="bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-200">
                  {part.value}
                </del>
              ) : part.added ? (
                <ins key={index} className="bg-green-100 text-green-900 no-underline dark:bg-green-950 dark:text-green-200">
                  {part.value}
                </ins>
              ) : (
                <span key={index}>{part.value}</span>
              ),
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}
