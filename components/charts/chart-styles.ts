/** Literal class names, so Tailwind generates them: the tone colours as SVG fills. */
export const TONE_FILL_CLASSES = ["fill-tone-0", "fill-tone-1", "fill-tone-2", "fill-tone-3", "fill-tone-4", "fill-tone-5"];

/** Axis ticks and grid follow the text colour, which the page sets for light and dark mode. */
export const AXIS_TICK = { fill: "currentColor", fontSize: 12 };

export const CHART_BOX = "h-80 w-full text-zinc-700 dark:text-zinc-300";
