import { useTranslations } from "next-intl";
import { NotFoundMessage } from "@/components/layout/NotFoundMessage";

export default function SourceNotFound() {
  const t = useTranslations();
  return <NotFoundMessage title={t("sources.notFound.title")} body={t("sources.notFound.body")} back={t("common.backToTimeline")} />;
}
