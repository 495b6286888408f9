import { useTranslations } from "next-intl";
import { NotFoundMessage } from "@/components/layout/NotFoundMessage";

export default function NotFound() {
  const t = useTranslations();
  return <NotFoundMessage title={t("errors.notFound.title")} body={t("errors.notFound.body")} back={t("common.backToTimeline")} />;
}
