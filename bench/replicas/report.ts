// What the replica bench prints at the end: per setup the highest rate that held with its
// percentiles and CPU per command, the ratios of the issue-13 targets, and what the CPU figures
// say the machine could serve at most (on a loaded machine, steadier than the rates).
import { cpus } from "node:os";
import { percentile, type RunStats } from "../../test/reliability/load-harness.ts";
import type { SearchResult } from "./rate-search.ts";

/** A step's figures and verdict. */
export interface StepReport {
  held: boolean;
  reason?: string;
  stats: RunStats;
  /** CPU per command (ms) of the replica processes, null where /proc cannot be read. */
  cpuPerCommand: number | null;
  /** CPU per command (ms) of the PostgreSQL backends of the bench database (PostgreSQL setups). */
  databaseCpuPerCommand: number | null;
  /** CPU per command (ms) of this process: signing and sending, and the fake Slack receiving answers. */
  driverCpuPerCommand: number;
  /** The load average when the step ended. */
  load: string;
}

/** A setup's result, as the summary reads it. */
export interface SetupResult {
  setup: { label: string; replicas: number };
  result: SearchResult<StepReport>;
}

const ms = (value: number) => (Number.isNaN(value) ? "-" : `${Math.round(value)} ms`);
const cpu = (value: number | null) => (value === null ? "-" : value.toFixed(1));

/** CPU ms a command of the replicas, PostgreSQL's backends and the driver. */
export function cpuText(report: StepReport): string {
  return (
    `CPU ms/command: replicas ${cpu(report.cpuPerCommand)}` +
    (report.databaseCpuPerCommand === null ? "" : `, PostgreSQL ${cpu(report.databaseCpuPerCommand)}`) +
    `, driver ${cpu(report.driverCpuPerCommand)}`
  );
}

/**
 * The most commands a second the CPU figures allow: the cores divided among replicas, PostgreSQL
 * and the driver, and each replica's event loop (one core at most each). Null without figures.
 */
export function cpuCeilings(
  report: StepReport,
  replicas: number,
  cores: number,
): { machine: number; eventLoops: number } | null {
  if (report.cpuPerCommand === null || report.cpuPerCommand <= 0) return null;
  const total = report.cpuPerCommand + (report.databaseCpuPerCommand ?? 0) + report.driverCpuPerCommand;
  return { machine: (cores * 1000) / total, eventLoops: (replicas * 1000) / report.cpuPerCommand };
}

const ratio = (a: number, b: number, target: number) =>
  !(a > 0 && b > 0)
    ? "-"
    : `${(a / b).toFixed(2)} (target >= ${target}: ${a / b >= target ? "met" : "NOT met"})`;

/** Prints the summary of setups (a) SQLite, (b) 1 replica and (c) 2 replicas on PostgreSQL, in that order. */
export function printSummary(
  results: readonly SetupResult[],
  context: { p99Ms: number; documents: number; load: string },
): void {
  const cores = cpus().length;
  console.log(
    `\nHighest rate of distinct commands with answer p99 <= ${context.p99Ms} ms and no error (${context.documents} documents):\n`,
  );
  for (const { setup, result } of results) {
    const best = result.best;
    const failedAt = result.failed
      ? `${result.failed.rate}/s failed: ${result.failed.result.reason}`
      : "no step failed: raise --max-steps";
    if (!best) {
      console.log(`  ${setup.label.padEnd(27)} none held; ${failedAt}`);
      continue;
    }
    const { stats } = best.result;
    console.log(
      `  ${setup.label.padEnd(27)} ${best.rate}/s, p50 ${ms(percentile(stats.answerMs, 50))}, p99 ${ms(percentile(stats.answerMs, 99))}, ` +
        `${cpuText(best.result)} [load ${best.result.load}]; ${failedAt}`,
    );
    const ceilings = cpuCeilings(best.result, setup.replicas, cores);
    if (ceilings)
      console.log(
        `  ${"".padEnd(27)} CPU-bound ceiling from those figures: ${Math.round(ceilings.machine)}/s on ${cores} cores ` +
          `(everything on them), ${Math.round(ceilings.eventLoops)}/s for ${setup.replicas} event loop(s) of a core each`,
      );
  }
  const rate = (index: number) => results[index]?.result.best?.rate ?? Number.NaN;
  console.log(`\n  2 replicas / 1 replica on PostgreSQL, (c)/(b): ${ratio(rate(2), rate(1), 1.6)}`);
  console.log(`  PostgreSQL / SQLite, 1 replica, (b)/(a):      ${ratio(rate(1), rate(0), 0.8)}`);
  console.log(
    `\n${cores} cores here, shared by the load generator (this process and the fake Slack), PostgreSQL and the ` +
      `replicas, and anything else running (load ${context.load} now).` +
      // Two replicas, PostgreSQL and the driver want four cores to run side by side.
      (cores < 4
        ? " With fewer than 4 cores a second replica has no core of its own: (c)/(b) measures the machine as much as briefbot."
        : ""),
  );
}
