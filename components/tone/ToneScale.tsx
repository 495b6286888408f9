import { TONE_LEVELS } from "@/lib/tone/scale";
import { ToneLevel } from "./ToneLevel";

export function ToneScale() {
  return (
    <dl className="mt-3 space-y-3">
      {TONE_LEVELS.map((tone) => (
        <div key={tone.level}>
          <dt className="font-semibold">
            <ToneLevel level={tone.level} />
          </dt>
          <dd className="ml-5 text-zinc-700 dark:text-zinc-300">{tone.description}</dd>
        </div>
      ))}
    </dl>
  );
}
