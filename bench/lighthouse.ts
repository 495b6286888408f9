import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import type { LighthouseScores } from "../lib/bench/report";

export const CHROMIUM = "/usr/bin/chromium";

export type LighthouseResult = {
  scores: LighthouseScores;
  /** JavaScript the audited browser transferred, which cross-checks the first-load figure from the build. */
  transferredJsBytes: number;
  /** Pass/fail audits that failed, to say why a category is below 100. */
  failing: string[];
};

/** Lighthouse's four categories for one page with its default settings (mobile, simulated throttling). */
export async function auditPage(url: string): Promise<LighthouseResult> {
  const { stdout } = await promisify(execFile)(process.execPath, [path.join("bench", "lighthouse-audit.mjs"), url, CHROMIUM], {
    maxBuffer: 16 * 1024 * 1024,
  });
  return JSON.parse(stdout.trim().split("\n").pop() ?? "") as LighthouseResult;
}
