import { useTranslations } from "next-intl";
import { SCORE_BANDS } from "@/lib/tone/analyze";
import { ToneLevel } from "./ToneLevel";

export function ScoreBands() {
  const t = useTranslations("methodology.score");
  return (
    <table className="mt-4 border-collapse text-left text-sm">
      <caption className="mb-2 text-left text-zinc-700 dark:text-zinc-300">{t("caption")}</caption>
      <thead>
        <tr className="border-b border-zinc-300 dark:border-zinc-700">
          <th scope="col" className="py-2 pr-6">{t("score")}</th>
          <th scope="col" className="py-2">{t("suggested")}</th>
        </tr>
      </thead>
      <tbody>
        {SCORE_BANDS.map((band) => (
          <tr key={band.level} className="border-b border-zinc-200 dark:border-zinc-800">
            <td className="py-2 pr-6">{t(`band.${band.level}`)}</td>
            <td className="py-2">
              <ToneLevel level={band.level} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
