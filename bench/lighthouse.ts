import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import type { LighthouseScores } from "../lib/bench/report";

export const CHROMIUM = "/usr/bin/chromium";

export type LighthouseResult = { scores: LighthouseScores; transferredJsBytes: number };

type NetworkRequest = { resourceType?: string; transferSize?: number };

/**
 * Lighthouse's four categories for one page, with its default (mobile, simulated throttling)
 * settings, in a headless Chromium of its own; plus the JavaScript bytes that browser
 * transferred, which cross-checks the first-load figure computed from the build.
 */
export async function auditPage(url: string): Promise<LighthouseResult> {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update"],
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      logLevel: "error",
      onlyCategories: ["performance", "accessibility", "best-practices", "seo"],
    });
    if (!result) throw new Error(`Lighthouse returned no result for ${url}`);
    const { categories, audits, runtimeError } = result.lhr;
    if (runtimeError) throw new Error(`Lighthouse could not audit ${url}: ${runtimeError.message}`);
    const score = (id: string) => {
      const value = categories[id]?.score;
      if (value === null || value === undefined) throw new Error(`Lighthouse gave no ${id} score for ${url}`);
      return Math.round(value * 100);
    };
    const requests = (audits["network-requests"]?.details as { items?: NetworkRequest[] } | undefined)?.items ?? [];
    return {
      scores: { performance: score("performance"), accessibility: score("accessibility"), bestPractices: score("best-practices"), seo: score("seo") },
      transferredJsBytes: requests.filter((request) => request.resourceType === "Script").reduce((sum, request) => sum + (request.transferSize ?? 0), 0),
    };
  } finally {
    chrome.kill();
  }
}
