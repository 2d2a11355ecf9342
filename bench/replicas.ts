// `npm run bench:replicas`: how many distinct (uncached) commands a second one replica on SQLite,
// one replica on PostgreSQL and two replicas on PostgreSQL answer with p99 <= 1 s (issue 13:
// two replicas >= 1.6x one; PostgreSQL >= 0.8x SQLite). Figures and ratios printed, nothing asserted.
//   1. A SQLite store of --docs documents (the load store, test/reliability/load-store.ts), copied
//      to a temporary PostgreSQL database on 127.0.0.1:5432 with migrate-store.
//   2. For each setup, real `briefbot start` processes (scripts/cluster.ts) answering the fake Slack
//      (test/fakes) in HTTP mode; this process signs slash commands and spreads them round-robin
//      over the replicas' Slack endpoints, as a load balancer would. Each command is new to the
//      replicas' read caches (bench/replicas/distinct-commands.ts). Its time is from the request
//      sent to the response_url answer received at the fake Slack.
//   3. Steps of --step-seconds at rising rates until the answer p99 passes --p99-ms or a command
//      errs or goes unanswered, then a few steps between (bench/replicas/rate-search.ts).
// Everything runs on 127.0.0.1 and shares the machine's cores: the numbers are those of this
// machine with the load generator, PostgreSQL and the replicas together.
//
//   npm run bench:replicas -- [--docs 10000] [--step-seconds 5] [--start-rate 10] [--growth 1.5]
//                             [--refine 2] [--retries 1] [--max-steps 14] [--p99-ms 1000] [--warmup 50]
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { type Cluster, startCluster } from "../scripts/cluster.ts";
import { SLACK_EVENTS_PATH } from "../src/adapters/slack/start-slack.ts";
import { migrateStore } from "../src/store/migrate-store.ts";
import { openSqliteStore } from "../src/store/sqlite/sqlite-ports.ts";
import { FakeSlack } from "../test/fakes/slack-api.ts";
import {
  LOAD_SIGNING_SECRET,
  LOAD_SLACK_TOKEN,
  percentile,
  runSlackLoad,
} from "../test/reliability/load-harness.ts";
import { buildLoadStore, vocabulary, WORLD } from "../test/reliability/load-store.ts";
import { ADMIN_URL, tempDatabase } from "../test/store/postgres/pg-server.ts";
import {
  type BenchVocabulary,
  distinctCommand,
  READ_CACHE_ENTRIES,
  repeatGap,
} from "./replicas/distinct-commands.ts";
import { cpuBetween, cpuSnapshot, totalCpuMs } from "./replicas/process-cpu.ts";
import { findHighestRate, type SearchOptions, type SearchResult } from "./replicas/rate-search.ts";
import { cpuText, printSummary, type StepReport } from "./replicas/report.ts";

const { values } = parseArgs({
  options: {
    docs: { type: "string", default: "10000" },
    "step-seconds": { type: "string", default: "5" },
    "start-rate": { type: "string", default: "10" },
    growth: { type: "string", default: "1.5" },
    refine: { type: "string", default: "2" },
    "max-steps": { type: "string", default: "14" },
    retries: { type: "string", default: "1" },
    "p99-ms": { type: "string", default: "1000" },
    warmup: { type: "string", default: "50" },
  },
});

/** The option `name` as a number >= min (whole when asked), or exit with a message naming it. */
function option(name: keyof typeof values, min: number, whole = true): number {
  const text = values[name];
  const value = Number(text);
  if (!Number.isFinite(value) || value < min || (whole && !Number.isInteger(value))) {
    console.error(
      `--${name} must be a ${whole ? "whole " : ""}number >= ${min}, got ${JSON.stringify(text)}`,
    );
    process.exit(2);
  }
  return value;
}

const DOCS = option("docs", 1);
const STEP_SECONDS = option("step-seconds", 1, false);
const P99_MS = option("p99-ms", 1);
const WARMUP = option("warmup", 0);
const SEARCH: SearchOptions = {
  start: option("start-rate", 1),
  growth: option("growth", 1.01, false),
  refinements: option("refine", 0),
  maxSteps: option("max-steps", 1),
  retries: option("retries", 0),
};
/** Each step sends at least this many commands, so that its p99 is not one command's time. */
const MIN_COMMANDS = 100;
/** How long a step waits for its last answers once sent (an overloaded replica answers late). */
const ANSWER_TIMEOUT_MS = Math.max(15_000, 10 * P99_MS);
/** A quiet moment between steps, so that one step's backlog does not spill into the next. */
const PAUSE_MS = 2_000;

const load = () =>
  loadavg()
    .map((n) => n.toFixed(1))
    .join(" ");
const ms = (value: number) => (Number.isNaN(value) ? "-" : `${Math.round(value)} ms`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The PostgreSQL server's processes serving one database (on this host: readable in /proc). */
async function backendPids(admin: pg.Client, database: string): Promise<number[]> {
  const result = await admin.query<{ pid: number }>("SELECT pid FROM pg_stat_activity WHERE datname = $1", [
    database,
  ]);
  return result.rows.map((row) => row.pid);
}

/** A setup measured. */
export interface Setup {
  label: string;
  replicas: number;
  env: Record<string, string>;
  /** The PostgreSQL database it uses (null: SQLite). */
  database: string | null;
}

/** What every step needs. */
interface Bench {
  slack: FakeSlack;
  vocab: BenchVocabulary;
  /** A connection to the server's maintenance database, to list the bench database's backends. */
  admin: pg.Client;
  /** The cluster running now (stopped on an interruption). */
  cluster: Cluster | null;
}

/** Offers `rate` for one step (`count` commands, default the step's) from workload index `offset`. */
async function step(
  bench: Bench,
  cluster: Cluster,
  database: string | null,
  rate: number,
  offset: number,
  count = Math.max(MIN_COMMANDS, Math.round(rate * STEP_SECONDS)),
): Promise<StepReport> {
  const { slack, vocab, admin } = bench;
  const backends = async () => (database === null ? null : cpuSnapshot(await backendPids(admin, database)));
  const pids = cluster.replicas.map((replica) => replica.process.pid);
  const cpuBefore = totalCpuMs(pids);
  const databaseBefore = await backends();
  const driverBefore = process.cpuUsage();
  const stats = await runSlackLoad({
    // No bot of its own: the endpoints and the commands below replace its endpoint and vocabulary.
    bot: { slackEndpoint: "", vocab: { names: [], words: [], topics: [] } },
    endpoints: cluster.replicas.map((replica) => `${replica.slackUrl}${SLACK_EVENTS_PATH}`),
    command: (i) => distinctCommand(i, vocab),
    fake: slack,
    count,
    perSecond: rate,
    offset,
    timeoutMs: ANSWER_TIMEOUT_MS,
  });
  const cpuAfter = totalCpuMs(pids);
  const driver = process.cpuUsage(driverBefore);
  const databaseAfter = await backends();
  const p99 = percentile(stats.answerMs, 99);
  const due = count / rate;
  let reason: string | undefined;
  if (stats.ackErrors > 0) reason = `${stats.ackErrors} requests not acknowledged with 200`;
  else if (stats.answered < stats.sent) reason = `${stats.sent - stats.answered} commands unanswered`;
  else if (stats.errorAnswers > 0) reason = `${stats.errorAnswers} answers were apologies for a failure`;
  else if (p99 > P99_MS) reason = `answer p99 ${ms(p99)} > ${P99_MS} ms`;
  // The load generator shares the cores: if it could not send at the rate, the rate was not offered.
  else if (stats.sendSeconds > due * 1.1 + 0.25)
    reason = `the driver fell behind (sent in ${stats.sendSeconds.toFixed(1)} s, due in ${due.toFixed(1)} s)`;
  return {
    held: reason === undefined,
    ...(reason === undefined ? {} : { reason }),
    stats,
    cpuPerCommand: cpuBefore === null || cpuAfter === null ? null : (cpuAfter - cpuBefore) / count,
    databaseCpuPerCommand:
      databaseBefore === null || databaseAfter === null
        ? null
        : cpuBetween(databaseBefore, databaseAfter) / count,
    driverCpuPerCommand: (driver.user + driver.system) / 1000 / count,
    load: load(),
  };
}

/** Starts the setup's replicas, warms them up, searches the highest rate, stops them. */
async function measure(bench: Bench, setup: Setup): Promise<SearchResult<StepReport>> {
  // Answers of the last setup's commands share their ids with this one's (each setup starts at 0).
  bench.slack.reset();
  console.log(`\n${setup.label}: starting ${setup.replicas} replica(s)... [load ${load()}]`);
  const started = performance.now();
  const cluster = await startCluster({ replicas: setup.replicas, env: setup.env, readyTimeoutMs: 180_000 });
  bench.cluster = cluster;
  try {
    console.log(`  healthy in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    let offset = 0;
    if (WARMUP > 0) {
      // JIT, connection pools, SQLite's page cache: the steps measure the replicas as they run.
      const warm = await step(bench, cluster, setup.database, SEARCH.start, offset, WARMUP);
      offset += warm.stats.sent;
      console.log(
        `  warm-up: ${warm.stats.answered}/${warm.stats.sent} answered, p99 ${ms(percentile(warm.stats.answerMs, 99))}`,
      );
      await sleep(PAUSE_MS);
    }
    return await findHighestRate(async (rate) => {
      const report = await step(bench, cluster, setup.database, rate, offset);
      offset += report.stats.sent;
      const { stats } = report;
      console.log(
        `  ${rate}/s x ${stats.sent}: answered ${stats.answered}/${stats.sent}, p50 ${ms(percentile(stats.answerMs, 50))}, ` +
          `p99 ${ms(percentile(stats.answerMs, 99))}, ${cpuText(report)} [load ${report.load}]: ` +
          (report.held ? "held" : `FAILED (${report.reason})`),
      );
      await sleep(PAUSE_MS);
      return report;
    }, SEARCH);
  } finally {
    await cluster.stop();
    bench.cluster = null;
  }
}

async function main(): Promise<void> {
  const began = performance.now();
  console.log(
    `bench:replicas: ${DOCS} documents; steps of ${STEP_SECONDS} s (>= ${MIN_COMMANDS} commands) from ${SEARCH.start}/s ` +
      `x${SEARCH.growth}, ${SEARCH.refinements} refinements, a failed rate tried ${SEARCH.retries} more time(s), ` +
      `at most ${SEARCH.maxSteps} steps; target answer p99 <= ${P99_MS} ms`,
  );
  console.log(
    `machine: ${cpus().length} cores shared by the load generator (this process and the fake Slack), ` +
      `PostgreSQL and the replicas [load ${load()}]`,
  );
  const dir = mkdtempSync(join(tmpdir(), "briefbot-replicas-"));
  const briefs = join(dir, "briefs"); // empty: the replicas serve the store's topics only
  mkdirSync(briefs);
  const storePath = join(dir, "store.db");
  const database = await tempDatabase();
  const slack = await FakeSlack.start({ botToken: LOAD_SLACK_TOKEN });
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  const bench: Bench = {
    slack,
    admin,
    vocab: { names: [], words: [], world: WORLD, regions: [] },
    cluster: null,
  };
  const cleanUp = async () => {
    await bench.cluster?.stop();
    await slack.close();
    await admin.end();
    await database.drop();
    rmSync(dir, { recursive: true, force: true });
  };
  const interrupted = () => {
    console.error("\ninterrupted: stopping the replicas and dropping the database...");
    void cleanUp().finally(() => process.exit(130));
  };
  process.once("SIGINT", interrupted);
  process.once("SIGTERM", interrupted);
  try {
    const build = await buildLoadStore(storePath, DOCS);
    console.log(
      `SQLite store: ${build.documents} documents (${build.added} added, ${build.nearDuplicates} near-duplicates) in ${(build.ms / 1000).toFixed(1)} s [load ${load()}]`,
    );
    const copyStarted = performance.now();
    const copy = await migrateStore(storePath, database.url);
    if (copy.mismatches.length > 0)
      throw new Error(`migrate-store: counts differ (${copy.mismatches.join(", ")})`);
    console.log(
      `PostgreSQL copy (migrate-store): ${copy.documentsCopied} documents in ${((performance.now() - copyStarted) / 1000).toFixed(1)} s, counts equal [load ${load()}]`,
    );
    const store = openSqliteStore(storePath);
    const base = await vocabulary(store);
    const names = (await store.listActors({ limit: 100 }))
      .map((actor) => actor.name)
      .filter((name) => !name.includes('"'));
    await store.close();
    const vocab: BenchVocabulary = {
      names,
      words: base.words,
      world: WORLD,
      regions: base.topics.filter((topic) => topic !== WORLD),
    };
    bench.vocab = vocab;
    const gap = repeatGap(vocab);
    console.log(
      `commands: a command comes back no sooner than ${gap} commands later (${names.length} names, ${vocab.words.length} words, ${vocab.regions.length} regions); ` +
        `a replica's read cache keeps ${READ_CACHE_ENTRIES} answers`,
    );
    if (gap <= READ_CACHE_ENTRIES * 2)
      throw new Error(`the store is too small for uncached commands: a command repeats after ${gap}`);

    const env = {
      SLACK_BOT_TOKEN: LOAD_SLACK_TOKEN,
      SLACK_SIGNING_SECRET: LOAD_SIGNING_SECRET,
      SLACK_API_URL: slack.apiUrl,
      BRIEFBOT_BRIEFS_DIR: briefs,
      LOG_LEVEL: "warn",
    };
    const setups: Setup[] = [
      {
        label: "(a) 1 replica, SQLite",
        replicas: 1,
        env: { ...env, BRIEFBOT_DB: storePath },
        database: null,
      },
      {
        label: "(b) 1 replica, PostgreSQL",
        replicas: 1,
        env: { ...env, BRIEFBOT_DATABASE_URL: database.url },
        database: database.name,
      },
      {
        label: "(c) 2 replicas, PostgreSQL",
        replicas: 2,
        env: { ...env, BRIEFBOT_DATABASE_URL: database.url },
        database: database.name,
      },
    ];
    const results: Array<{ setup: Setup; result: SearchResult<StepReport> }> = [];
    for (const setup of setups) results.push({ setup, result: await measure(bench, setup) });

    printSummary(results, { p99Ms: P99_MS, documents: DOCS, load: load() });
    console.log(`Whole run ${((performance.now() - began) / 1000).toFixed(0)} s.`);
  } finally {
    process.off("SIGINT", interrupted);
    process.off("SIGTERM", interrupted);
    await cleanUp();
  }
}

await main();
