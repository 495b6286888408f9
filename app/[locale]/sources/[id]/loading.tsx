import { useTranslations } from "next-intl";
import { PageSkeleton } from "@/components/layout/PageSkeleton";

export default function Loading() {
  const t = useTranslations("common");
  return <PageSkeleton label={t("loadingSource")} />;
}
