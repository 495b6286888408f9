import { useTranslations } from "next-intl";
import { toneDescription } from "@/lib/i18n/labels";
import { TONE_LEVELS } from "@/lib/tone/scale";
import { ToneLevel } from "./ToneLevel";

export function ToneScale() {
  const t = useTranslations("labels");
  return (
    <dl className="mt-3 space-y-3">
      {TONE_LEVELS.map((tone) => (
        <div key={tone.level}>
          <dt className="font-semibold">
            <ToneLevel level={tone.level} />
          </dt>
          <dd className="ml-5 text-zinc-700 dark:text-zinc-300">{toneDescription(t, tone.level)}</dd>
        </div>
      ))}
    </dl>
  );
}
