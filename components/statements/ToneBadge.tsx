import { toneLabel } from "@/lib/tone/scale";

const TONE_CLASSES = [
  "border-tone-0 text-tone-0",
  "border-tone-1 text-tone-1",
  "border-tone-2 text-tone-2",
  "border-tone-3 text-tone-3",
  "border-tone-4 text-tone-4",
  "border-tone-5 text-tone-5",
];

/** The tone level as colour and text together, never colour alone. */
export function ToneBadge({ level }: { level: number }) {
  return (
    <span
      className={`inline-flex items-center gap-1 rounded-full border-2 px-2 py-0.5 text-xs font-semibold ${TONE_CLASSES[level] ?? ""}`}
    >
      {level > 0 && <span aria-hidden="true">{level}</span>}
      <span>{level > 0 ? <span className="sr-only">Tone level {level}: </span> : null}{toneLabel(level)}</span>
    </span>
  );
}
