"use client";

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { YearLevelCounts } from "@/lib/trends/tone-series";
import { timelineHref } from "@/lib/trends/links";
import { useLocale, useTranslations } from "next-intl";
import { toneName } from "@/lib/i18n/labels";
import { localizePath } from "@/lib/i18n/locale-path";
import { MAX_TONE_LEVEL } from "@/lib/tone/scale";
import { AXIS_TICK, CHART_BOX, TONE_FILL_CLASSES } from "./chart-styles";
import { ChartTooltipBox } from "./ChartTooltipBox";

export type StatementsPerYearChartProps = { years: YearLevelCounts[] };

type Row = { year: number; counts: number[] } & Record<`level${number}`, number>;

const LEVELS = Array.from({ length: MAX_TONE_LEVEL + 1 }, (_, level) => level);

/** Statements per year, stacked by tone level; each segment links to the timeline for that year and level. */
export default function StatementsPerYearChart({ years }: StatementsPerYearChartProps) {
  const t = useTranslations("trends.charts");
  const labels = useTranslations("labels");
  const locale = useLocale();
  const rows = years.map((year) => ({ year: year.year, counts: year.counts, ...Object.fromEntries(LEVELS.map((level) => [`level${level}`, year.counts[level] ?? 0])) }) as Row);
  return (
    <div className={CHART_BOX} data-chart="statements-per-year">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={rows} margin={{ top: 16, right: 16, bottom: 8, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid stroke="currentColor" strokeOpacity={0.15} vertical={false} />
          <XAxis dataKey="year" tick={AXIS_TICK} stroke="currentColor" />
          <YAxis allowDecimals={false} tick={AXIS_TICK} stroke="currentColor" width={32} />
          <Tooltip
            cursor={{ fill: "currentColor", fillOpacity: 0.08 }}
            content={({ active, payload }) => {
              const row = payload?.[0]?.payload as Row | undefined;
              if (!active || !row) return null;
              return (
                <ChartTooltipBox>
                  <p className="font-semibold">{row.year}</p>
                  <ul>
                    {LEVELS.filter((level) => (row.counts[level] ?? 0) > 0).map((level) => (
                      <li key={level}>
                        {toneName(labels, level)}: {row.counts[level]}
                      </li>
                    ))}
                  </ul>
                </ChartTooltipBox>
              );
            }}
          />
          <Legend
            itemSorter="dataKey"
            formatter={(value: string) => <span className="text-zinc-800 dark:text-zinc-200">{value}</span>}
            wrapperStyle={{ fontSize: 12 }}
          />
          {LEVELS.map((level) => (
            <Bar
              key={level}
              dataKey={`level${level}`}
              name={toneName(labels, level)}
              stackId="tone"
              fill={`var(--color-tone-${level})`}
              isAnimationActive={false}
              shape={(props: { x?: number; y?: number; width?: number; height?: number; payload?: Row }) => {
                const { x = 0, y = 0, width = 0, height = 0, payload } = props;
                const count = payload?.counts[level] ?? 0;
                if (!payload || count === 0 || height <= 0) return <g />;
                const year = String(payload.year);
                return (
                  <a
                    href={localizePath(timelineHref({ from: year, to: year, tone: level }), locale)}
                    aria-label={t("barLabel", { year, count, label: toneName(labels, level) })}
                    data-bar={`${year}-${level}`}
                  >
                    <rect x={x} y={y} width={width} height={height} className={`${TONE_FILL_CLASSES[level] ?? ""} cursor-pointer`} />
                  </a>
                );
              }}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
