import { expect, test } from "@playwright/test";
import { faultPort, runFaultScript } from "./run-script";

test("killing the server amid saves leaves a consistent database, with every acknowledged save, that a restarted server serves", async () => {
  const run = await runFaultScript("scripts/faults/kill-test.ts", ["--writers", "4", "--kill-after", "12", "--port", String(faultPort(3))]);
  expect(run.code, run.output).toBe(0);
  expect(run.summary.problems, run.output).toBe(0);
  expect(run.summary.acknowledged, run.output).toBeGreaterThanOrEqual(12);
  expect(run.summary.restarted, run.output).toBe(true);
});
