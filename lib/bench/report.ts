import type { Latency } from "./percentiles";

export type LoadResult = {
  /** Successful (2xx) responses per second. */
  requestsPerSecond: number;
  requests: number;
  /** Socket errors, timeouts and responses that were not 2xx. */
  failures: number;
  /** Null when no response came back at all. */
  latency: Latency | null;
};

export const ENDPOINTS = {
  home: "`/`",
  statement: "statement page",
  timeline: "filtered timeline",
  searchApi: "search API",
  toneApi: "tone API",
  static: "static server, saved `/` HTML",
} as const;

export type EndpointId = keyof typeof ENDPOINTS;

export type SizeResult = { size: number; endpoints: Record<EndpointId, LoadResult> };

export type LighthouseScores = { performance: number; accessibility: number; bestPractices: number; seo: number };

export type PageAudit = {
  label: string;
  /** First-load JavaScript from the build manifests, gzip bytes. */
  firstLoadJsBytes: number;
  lighthouse: LighthouseScores;
  /** JavaScript the Lighthouse browser actually transferred for the page, bytes on the wire. */
  transferredJsBytes: number;
  /** Lighthouse's pass/fail audits that failed, which explain a category below 100. */
  failingAudits: string[];
};

export type BenchReport = {
  sizes: SizeResult[];
  /** Measured on the smallest size. */
  pages: { home: PageAudit; statement: PageAudit };
  conditions: string[];
  /** Load paths, for the notes (the statement page's slug, the search query). */
  paths: Record<Exclude<EndpointId, "static">, string>;
};

export type TargetCheck = { measure: string; target: string; actual: string; met: boolean };

/** p95 of `/` and of the search API at the largest size may be at most this many times their p95 at the smallest. */
export const P95_GROWTH_LIMIT = 1.5;
export const SEARCH_P95_LIMIT_MS = 100;
export const STATIC_RATIO_MIN = 0.25;
export const STATEMENT_FIRST_LOAD_LIMIT_BYTES = 120 * 1024;
export const LIGHTHOUSE_MIN: LighthouseScores = { performance: 95, accessibility: 100, bestPractices: 100, seo: 100 };

const integer = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });

export function formatMs(ms: number): string {
  return ms < 10 ? ms.toFixed(1) : integer.format(ms);
}

export function formatKb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

export function formatLoad(result: LoadResult): string {
  const latency = result.latency
    ? `p50 ${formatMs(result.latency.p50)} · p95 ${formatMs(result.latency.p95)} · p99 ${formatMs(result.latency.p99)} ms`
    : "no response";
  const failed = result.failures > 0 ? ` · **${integer.format(result.failures)} of ${integer.format(result.requests)} failed**` : "";
  return `${integer.format(result.requestsPerSecond)} req/s · ${latency}${failed}`;
}

function formatScores(scores: LighthouseScores): string {
  return `${scores.performance} / ${scores.accessibility} / ${scores.bestPractices} / ${scores.seo}`;
}

const ratio = (a: number, b: number) => (b > 0 ? a / b : Number.POSITIVE_INFINITY);

function p95(result: LoadResult): number {
  return result.latency?.p95 ?? Number.POSITIVE_INFINITY;
}

/** Every target of issue 7, checked against the figures; a run with failed requests meets none that depend on it. */
export function checkTargets(report: BenchReport): TargetCheck[] {
  const smallest = report.sizes[0]!;
  const largest = report.sizes[report.sizes.length - 1]!;
  const clean = (result: LoadResult) => result.failures === 0 && result.latency !== null;
  const growth = (id: EndpointId): TargetCheck => {
    const factor = ratio(p95(largest.endpoints[id]), p95(smallest.endpoints[id]));
    return {
      measure: `${ENDPOINTS[id]} p95 at ${integer.format(largest.size)} vs ${integer.format(smallest.size)} statements`,
      target: `≤ ${P95_GROWTH_LIMIT}×`,
      actual: Number.isFinite(factor) ? `${factor.toFixed(2)}×` : "not measurable (no response at one size)",
      met: factor <= P95_GROWTH_LIMIT && clean(largest.endpoints[id]) && clean(smallest.endpoints[id]),
    };
  };
  const staticRatios = report.sizes.map((size) => ratio(size.endpoints.home.requestsPerSecond, size.endpoints.static.requestsPerSecond));
  const { statement, home } = report.pages;
  return [
    growth("home"),
    growth("searchApi"),
    {
      measure: `search API p95 at ${integer.format(largest.size)} statements`,
      target: `< ${SEARCH_P95_LIMIT_MS} ms`,
      actual: largest.endpoints.searchApi.latency ? `${formatMs(p95(largest.endpoints.searchApi))} ms` : "no response",
      met: p95(largest.endpoints.searchApi) < SEARCH_P95_LIMIT_MS && clean(largest.endpoints.searchApi),
    },
    {
      measure: "`/` throughput vs static server (lowest over the sizes)",
      target: `≥ ${STATIC_RATIO_MIN * 100}%`,
      actual: `${(Math.min(...staticRatios) * 100).toFixed(1)}%`,
      met: Math.min(...staticRatios) >= STATIC_RATIO_MIN && report.sizes.every((size) => clean(size.endpoints.home)),
    },
    {
      measure: "first-load JS of a statement page (gzip)",
      target: `< ${formatKb(STATEMENT_FIRST_LOAD_LIMIT_BYTES)}`,
      actual: formatKb(statement.firstLoadJsBytes),
      met: statement.firstLoadJsBytes < STATEMENT_FIRST_LOAD_LIMIT_BYTES,
    },
    ...[home, statement].map((page) => ({
      measure: `Lighthouse ${page.label} (performance / accessibility / best practices / SEO)`,
      target: `≥ ${formatScores(LIGHTHOUSE_MIN)}`,
      actual: formatScores(page.lighthouse),
      met: (Object.keys(LIGHTHOUSE_MIN) as (keyof LighthouseScores)[]).every((key) => page.lighthouse[key] >= LIGHTHOUSE_MIN[key]),
    })),
  ];
}

const row = (cells: string[]) => `| ${cells.join(" | ")} |`;

/** The one table `npm run bench` prints and writes to bench/results/latest.md, with its notes. */
export function renderReport(report: BenchReport): string {
  const sizes = report.sizes;
  const header = ["measure", ...sizes.map((size) => `${integer.format(size.size)} statements`)];
  const onSmallest = (text: string) => [text, ...sizes.slice(1).map(() => "same build")];
  const lines = [row(header), row(header.map(() => "---"))];
  for (const id of Object.keys(ENDPOINTS) as EndpointId[]) {
    lines.push(row([ENDPOINTS[id], ...sizes.map((size) => formatLoad(size.endpoints[id]))]));
  }
  lines.push(
    row([
      "`/` throughput as a share of the static server's",
      ...sizes.map((size) => `${(ratio(size.endpoints.home.requestsPerSecond, size.endpoints.static.requestsPerSecond) * 100).toFixed(1)}%`),
    ]),
  );
  for (const page of [report.pages.home, report.pages.statement]) {
    lines.push(
      row([
        `first-load JS, ${page.label} (gzip, from the build; transferred per Lighthouse)`,
        ...onSmallest(`${formatKb(page.firstLoadJsBytes)} (${formatKb(page.transferredJsBytes)})`),
      ]),
    );
  }
  for (const page of [report.pages.home, report.pages.statement]) {
    lines.push(row([`Lighthouse ${page.label}: performance / accessibility / best practices / SEO`, ...onSmallest(formatScores(page.lighthouse))]));
  }
  const checks = checkTargets(report);
  const notes = [
    "",
    "Targets:",
    "",
    ...checks.map((check) => `- ${check.met ? "met" : "**not met**"}: ${check.measure} is ${check.actual} (target ${check.target})`),
    ...[report.pages.home, report.pages.statement]
      .filter((page) => page.failingAudits.length > 0)
      .map((page) => `- Lighthouse audits failed on ${page.label}: ${page.failingAudits.join(", ")}`),
    "",
    "Endpoints:",
    "",
    ...(Object.keys(report.paths) as (keyof BenchReport["paths"])[]).map((id) => `- ${ENDPOINTS[id]}: \`${report.paths[id]}\``),
    "",
    "Conditions:",
    "",
    ...report.conditions.map((condition) => `- ${condition}`),
  ];
  return [...lines, ...notes].join("\n") + "\n";
}
