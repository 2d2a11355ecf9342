// Cold start of the CLI: `briefbot --version` (the dispatcher alone) and `briefbot topics` (config,
// logger, SQLite store with its migrations), the median and spread of N fresh processes each.
// Prints a table; asserts nothing. N from BENCH_CLI_RUNS (default 9).
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const ROOT = join(import.meta.dirname, "..");
const BIN = join(ROOT, "bin", "briefbot.js");
const RUNS = Math.max(1, Number(process.env.BENCH_CLI_RUNS ?? 9) || 9);

const quantile = (sorted: readonly number[], q: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * (sorted.length - 1) + 0.5))] as number;

function measure(
  args: string[],
  env: NodeJS.ProcessEnv,
): { median: number; min: number; max: number; rssMb: number } {
  const times: number[] = [];
  let rss = 0;
  for (let i = 0; i < RUNS; i++) {
    const started = process.hrtime.bigint();
    // /usr/bin/time is not everywhere; report the child's peak RSS via a preloaded reporter instead.
    const result = spawnSync(
      process.execPath,
      ["--require", join(ROOT, "bench", "report-rss.cjs"), BIN, ...args],
      {
        cwd: ROOT,
        env,
        encoding: "utf8",
      },
    );
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
    if (result.status !== 0) throw new Error(`briefbot ${args.join(" ")} failed: ${result.stderr}`);
    const match = /peak-rss-kb=(\d+)/.exec(result.stderr);
    if (match) rss = Math.max(rss, Number(match[1]) / 1024);
  }
  const sorted = [...times].sort((a, b) => a - b);
  return {
    median: quantile(sorted, 0.5),
    min: sorted[0] as number,
    max: sorted.at(-1) as number,
    rssMb: rss,
  };
}

const dir = mkdtempSync(join(tmpdir(), "briefbot-bench-cli-"));
try {
  const env: NodeJS.ProcessEnv = { ...process.env, BRIEFBOT_DB: join(dir, "bench.db"), LOG_LEVEL: "silent" };
  for (const key of Object.keys(env)) if (/^(SLACK_|DISCORD_)/.test(key)) delete env[key];
  // One untimed run creates and migrates the database and loads the bundled briefs.
  spawnSync(process.execPath, [BIN, "topics"], { cwd: ROOT, env });
  const rows = [
    ["briefbot --version", measure(["--version"], env)],
    ["briefbot topics", measure(["topics"], env)],
  ] as const;
  console.log(`CLI cold start (${RUNS} runs each, node ${process.version})`);
  console.log("| command | median ms | min ms | max ms | peak RSS MB |");
  console.log("|---|---:|---:|---:|---:|");
  for (const [name, r] of rows) {
    console.log(
      `| ${name} | ${r.median.toFixed(0)} | ${r.min.toFixed(0)} | ${r.max.toFixed(0)} | ${r.rssMb.toFixed(1)} |`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
