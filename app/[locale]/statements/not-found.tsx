import { useTranslations } from "next-intl";
import { NotFoundMessage } from "@/components/layout/NotFoundMessage";

export default function StatementNotFound() {
  const t = useTranslations();
  return <NotFoundMessage title={t("errors.statementNotFound.title")} body={t("errors.statementNotFound.body")} back={t("common.backToTimeline")} />;
}
