import { useTranslations } from "next-intl";
import type { VerificationStatus } from "@/lib/generated/sqlite/enums";

const STYLES: Record<VerificationStatus, { mark: string; className: string }> = {
  VERIFIED_OFFICIAL: { mark: "✓", className: "border-emerald-700 text-emerald-800 dark:border-emerald-400 dark:text-emerald-300" },
  VERIFIED_REPRINT: { mark: "✓", className: "border-emerald-700 text-emerald-800 dark:border-emerald-400 dark:text-emerald-300" },
  SECONDARY: { mark: "≈", className: "border-amber-700 text-amber-900 dark:border-amber-400 dark:text-amber-200" },
  UNVERIFIED: { mark: "?", className: "border-red-700 text-red-800 dark:border-red-400 dark:text-red-300" },
};

export function VerificationBadge({ status }: { status: VerificationStatus }) {
  const t = useTranslations("labels.verification");
  const style = STYLES[status];
  return (
    <span className={`inline-flex items-center gap-1 rounded border px-1.5 py-0.5 text-xs font-medium ${style.className}`}>
      <span aria-hidden="true">{style.mark}</span>
      {t(status)}
    </span>
  );
}
