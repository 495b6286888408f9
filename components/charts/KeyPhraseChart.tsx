"use client";

import { CartesianGrid, ResponsiveContainer, Scatter, ScatterChart, Tooltip, XAxis, YAxis } from "recharts";
import { useLocale, useTranslations } from "next-intl";
import { localizePath } from "@/lib/i18n/locale-path";
import type { KeyPhraseTrack } from "@/lib/trends/key-phrases";
import { timelineHref } from "@/lib/trends/links";
import { AXIS_TICK, TONE_FILL_CLASSES } from "./chart-styles";
import { ChartTooltipBox } from "./ChartTooltipBox";

export type KeyPhraseChartProps = { tracks: KeyPhraseTrack[]; years: number[] };

type Cell = { year: number; row: number; label: string; statements: number; first: boolean; weight: number };

/** The tone level a weight pulls towards, for colouring: engagement phrases green, alarm red. */
function weightClass(weight: number): string {
  const level = weight <= -3 ? 1 : weight < 0 ? 2 : weight < 3 ? 3 : weight < 8 ? 4 : 5;
  return TONE_FILL_CLASSES[level] ?? "";
}

/** One row per key phrase, a dot for each year it appears; its first year is drawn larger and outlined. */
export default function KeyPhraseChart({ tracks, years }: KeyPhraseChartProps) {
  const t = useTranslations("trends.charts");
  const locale = useLocale();
  const cells: Cell[] = tracks.flatMap((track, row) =>
    track.years.map((year) => ({
      year: year.year,
      row,
      label: track.label,
      statements: year.statements,
      first: track.first?.date.startsWith(String(year.year)) ?? false,
      weight: track.weight,
    })),
  );
  return (
    <div className="w-full text-zinc-700 dark:text-zinc-300" style={{ height: 48 + tracks.length * 40 }} data-chart="key-phrases">
      <ResponsiveContainer width="100%" height="100%">
        <ScatterChart margin={{ top: 8, right: 24, bottom: 8, left: 8 }} accessibilityLayer={false}>
          <CartesianGrid stroke="currentColor" strokeOpacity={0.15} />
          <XAxis type="number" dataKey="year" domain={[years[0] ?? 0, years.at(-1) ?? 0]} ticks={years} tick={AXIS_TICK} stroke="currentColor" allowDecimals={false} padding={{ left: 16, right: 16 }} />
          <YAxis
            type="number"
            dataKey="row"
            domain={[-0.5, tracks.length - 0.5]}
            ticks={tracks.map((_, row) => row)}
            tickFormatter={(row: number) => tracks[row]?.label ?? ""}
            reversed
            tick={{ ...AXIS_TICK, width: 170 }}
            width={180}
            stroke="currentColor"
          />
          <Tooltip
            cursor={false}
            content={({ active, payload }) => {
              const cell = payload?.[0]?.payload as Cell | undefined;
              if (!active || !cell) return null;
              return (
                <ChartTooltipBox>
                  <p className="font-semibold">&ldquo;{cell.label}&rdquo;</p>
                  <p>
                    {t("phraseStatements", { year: cell.year, count: cell.statements })}
                    {cell.first ? t("firstAppearance") : ""}
                  </p>
                </ChartTooltipBox>
              );
            }}
          />
          <Scatter
            data={cells}
            isAnimationActive={false}
            shape={(props: { cx?: number; cy?: number; payload?: Cell }) => {
              const cell = props.payload;
              if (!cell) return <g />;
              const year = String(cell.year);
              return (
                <a
                  href={localizePath(timelineHref({ from: year, to: year }), locale)}
                  aria-label={t("phraseLabel", { phrase: cell.label, year, count: cell.statements, first: cell.first ? "yes" : "no" })}
                  data-phrase-cell={`${cell.row}-${year}`}
                >
                  <circle
                    cx={props.cx}
                    cy={props.cy}
                    r={cell.first ? 9 : 6}
                    className={`${weightClass(cell.weight)} cursor-pointer ${cell.first ? "stroke-zinc-900 dark:stroke-zinc-100" : "stroke-white dark:stroke-zinc-950"}`}
                    strokeWidth={cell.first ? 2.5 : 1.5}
                  />
                </a>
              );
            }}
          />
        </ScatterChart>
      </ResponsiveContainer>
    </div>
  );
}
