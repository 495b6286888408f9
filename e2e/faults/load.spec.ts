import { expect, test } from "@playwright/test";
import { faultPort, runFaultScript } from "./run-script";

test("a bounded load run (10 s, 10 connections) ends with no errors and every acknowledged save in the database", async () => {
  const run = await runFaultScript("scripts/load/run.ts", ["--duration", "10", "--connections", "10", "--port", String(faultPort(2))]);
  expect(run.code, run.output).toBe(0);
  expect(run.summary.errors, run.output).toBe(0);
  expect(run.summary.lostWrites, run.output).toBe(0);
  expect(run.summary.inconsistencies, run.output).toBe(0);
  expect(run.summary.writes, run.output).toBeGreaterThan(0);
  expect(run.summary.reads, run.output).toBeGreaterThan(0);
});
