// Cold start of the CLI: `briefbot --version` (the dispatcher alone) and `briefbot topics` (config,
// logger, SQLite store with its migrations, bundled briefs already stored), over N fresh processes
// each: wall time, CPU time (steadier on a busy machine) and peak RSS. Prints a table; asserts
// nothing. N from BENCH_CLI_RUNS (default 9).
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import { join } from "node:path";

const ROOT = join(import.meta.dirname, "..");
const BIN = join(ROOT, "bin", "briefbot.js");
const REPORTER = join(ROOT, "bench", "report-rss.cjs");
const RUNS = Math.max(1, Number(process.env.BENCH_CLI_RUNS ?? 9) || 9);

/** The figures of one command. */
interface Figures {
  median: number;
  min: number;
  max: number;
  cpuMedian: number;
  rssMb: number;
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? Number.NaN : (sorted[Math.floor((sorted.length - 1) / 2)] as number);
};

function measure(args: string[], env: NodeJS.ProcessEnv): Figures {
  const times: number[] = [];
  const cpu: number[] = [];
  let rss = 0;
  for (let i = 0; i < RUNS; i++) {
    const started = process.hrtime.bigint();
    const result = spawnSync(process.execPath, ["--require", REPORTER, BIN, ...args], {
      cwd: ROOT,
      env,
      encoding: "utf8",
    });
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
    if (result.status !== 0) throw new Error(`briefbot ${args.join(" ")} failed: ${result.stderr}`);
    const match = /peak-rss-kb=(\d+) cpu-us=(\d+)/.exec(result.stderr);
    if (match) {
      rss = Math.max(rss, Number(match[1]) / 1024);
      cpu.push(Number(match[2]) / 1000);
    }
  }
  return {
    median: median(times),
    min: Math.min(...times),
    max: Math.max(...times),
    cpuMedian: median(cpu),
    rssMb: rss,
  };
}

const dir = mkdtempSync(join(os.tmpdir(), "briefbot-bench-cli-"));
try {
  const env: NodeJS.ProcessEnv = { ...process.env, BRIEFBOT_DB: join(dir, "bench.db"), LOG_LEVEL: "silent" };
  for (const key of Object.keys(env)) if (/^(SLACK_|DISCORD_)/.test(key)) delete env[key];
  // One untimed run creates and migrates the database and loads the bundled briefs.
  spawnSync(process.execPath, [BIN, "topics"], { cwd: ROOT, env });
  const rows: Array<[string, Figures]> = [
    ["briefbot --version", measure(["--version"], env)],
    ["briefbot topics", measure(["topics"], env)],
  ];
  console.log(`CLI cold start (${RUNS} runs each, node ${process.version})`);
  console.log("| command | median ms | min ms | max ms | median CPU ms | peak RSS MB |");
  console.log("|---|---:|---:|---:|---:|---:|");
  for (const [name, r] of rows) {
    const cells = [r.median, r.min, r.max, r.cpuMedian].map((value) => value.toFixed(0));
    console.log(`| ${name} | ${cells.join(" | ")} | ${r.rssMb.toFixed(1)} |`);
  }
  const load = os.loadavg()[0] ?? 0;
  console.log(`(load average ${load.toFixed(1)} on ${os.availableParallelism()} cores while measuring)`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
