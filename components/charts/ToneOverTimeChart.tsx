"use client";

import { CartesianGrid, ReferenceLine, ResponsiveContainer, Scatter, ScatterChart, Tooltip, XAxis, YAxis } from "recharts";
import { useLocale, useTranslations } from "next-intl";
import { formatIsoDate } from "@/lib/format/date";
import { formatDecimal } from "@/lib/format/number";
import { toneName } from "@/lib/i18n/labels";
import { localizePath } from "@/lib/i18n/locale-path";
import type { TonePoint, YearlyAverage } from "@/lib/trends/tone-series";
import { AXIS_TICK, CHART_BOX, TONE_FILL_CLASSES } from "./chart-styles";
import { ChartTooltipBox } from "./ChartTooltipBox";

export type ToneOverTimeChartProps = {
  points: TonePoint[];
  averages: YearlyAverage[];
  milestones: { slug: string; title: string; t: number }[];
};

type AveragePoint = { t: number; level: number; year: number };

const yearTick = (t: number) => String(new Date(t).getUTCFullYear());

/** Every statement as a point (date × level), the yearly average as a line, milestones as reference lines. */
export default function ToneOverTimeChart({ points, averages, milestones }: ToneOverTimeChartProps) {
  const t = useTranslations("trends.charts");
  const labels = useTranslations("labels");
  const locale = useLocale();
  const averageLine: AveragePoint[] = averages.flatMap((year) => (year.average === null ? [] : [{ t: year.t, level: year.average, year: year.year }]));
  const years = averages.map((year) => Date.UTC(year.year, 0, 1));
  const domain: [number, number] = [years[0] ?? 0, Date.UTC((averages.at(-1)?.year ?? 0) + 1, 0, 1)];
  return (
    <div className={CHART_BOX} data-chart="tone-over-time">
      <ResponsiveContainer width="100%" height="100%">
        <ScatterChart margin={{ top: 16, right: 16, bottom: 8, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid stroke="currentColor" strokeOpacity={0.15} />
          <XAxis type="number" dataKey="t" domain={domain} ticks={years} tickFormatter={yearTick} tick={AXIS_TICK} stroke="currentColor" scale="time" />
          <YAxis type="number" dataKey="level" domain={[0, 5]} ticks={[0, 1, 2, 3, 4, 5]} tick={AXIS_TICK} stroke="currentColor" width={32} />
          {milestones.map((milestone) => (
            <ReferenceLine
              key={milestone.slug}
              x={milestone.t}
              stroke="currentColor"
              strokeDasharray="4 4"
              strokeOpacity={0.6}
              label={({ viewBox }: { viewBox?: { x?: number; y?: number } }) => (
                // Written downwards along the line, so close milestones (2022) do not overlap.
                <text transform={`translate(${(viewBox?.x ?? 0) + 4}, ${(viewBox?.y ?? 0) + 4}) rotate(90)`} fill="currentColor" fontSize={10} data-milestone={milestone.slug}>
                  {milestone.title}
                </text>
              )}
            />
          ))}
          <Tooltip
            cursor={false}
            content={({ active, payload }) => {
              const item = payload?.[0]?.payload as TonePoint | AveragePoint | undefined;
              if (!active || !item) return null;
              return (
                <ChartTooltipBox>
                  {"slug" in item ? (
                    <>
                      <p className="font-semibold">{item.title}</p>
                      <p>
                        {item.level > 0
                          ? t("pointTooltipLevel", { date: formatIsoDate(item.date, locale), level: item.level, label: toneName(labels, item.level) })
                          : t("pointTooltip", { date: formatIsoDate(item.date, locale), label: toneName(labels, item.level) })}
                      </p>
                    </>
                  ) : (
                    <p>{t("averageTooltip", { year: item.year, average: formatDecimal(item.level, 1, locale) })}</p>
                  )}
                </ChartTooltipBox>
              );
            }}
          />
          <Scatter
            name={t("yearlyAverage")}
            data={averageLine}
            line={{ stroke: "currentColor", strokeWidth: 2 }}
            shape={(props: { cx?: number; cy?: number }) => <circle cx={props.cx} cy={props.cy} r={3} fill="currentColor" data-average-point="" />}
            isAnimationActive={false}
          />
          <Scatter
            name={t("statements")}
            data={points}
            isAnimationActive={false}
            shape={(props: { cx?: number; cy?: number; payload?: TonePoint }) => {
              const point = props.payload;
              if (!point) return <g />;
              return (
                <a
                  href={localizePath(point.href, locale)}
                  aria-label={t("pointLabel", { title: point.title, date: formatIsoDate(point.date, locale), label: toneName(labels, point.level) })}
                  data-point={point.slug}
                >
                  <circle cx={props.cx} cy={props.cy} r={6} className={`${TONE_FILL_CLASSES[point.level] ?? ""} cursor-pointer stroke-white dark:stroke-zinc-950`} strokeWidth={1.5} />
                </a>
              );
            }}
          />
        </ScatterChart>
      </ResponsiveContainer>
    </div>
  );
}
