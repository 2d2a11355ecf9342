// The digest kill test: child processes run due slots against one SQLite ledger and are SIGKILLed
// at random points (before start, during claims, between a post and its ledger update); each slot
// is retried by a fresh process until one finishes. Then every (subscription, slot) must have been
// posted exactly once. Used by test/scheduler/digest-kill.test.ts (bounded) and bench/digest-kill.ts.
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { openDigestDatabase } from "../../../src/store/sqlite/digest-db.ts";

/** What a kill test run found. */
export interface KillTestResult {
  /** Child processes started. */
  runs: number;
  /** Of those, killed with SIGKILL before they finished. */
  killed: number;
  /** Slots completed, across lanes, and the deliveries they owed (slots x subscriptions). */
  slots: number;
  expected: number;
  posted: number;
  duplicates: number;
  losses: number;
  /** Ledger rows not `sent` with the posted message id. */
  ledgerMismatches: number;
  recovered: number;
  /** Claims a killed run left behind, and of those, claims whose post had started. */
  claimsLeft: number;
  claimsLeftAfterPost: number;
}

/** Settings of a kill test. */
export interface KillTestOptions {
  runs: number;
  lanes: number;
  subscriptions: number;
  workDir: string;
  /** Stop starting new runs after this long (CI bound); every started slot is still finished. */
  budgetMs?: number;
  /** Run the children without the "already posted?" lookup (to show the duplicates it prevents). */
  noLookup?: boolean;
}

const here = fileURLToPath(new URL(".", import.meta.url));
const projectRoot = resolve(here, "../../..");
const BASE = Date.UTC(2026, 10, 28, 7, 0);

/** Bundles the child into one CommonJS file, so each start costs ~0.1 s rather than a TS loader. */
export async function bundleChild(workDir: string): Promise<string> {
  const outfile = join(workDir, "kill-child.cjs");
  await build({
    entryPoints: [join(here, "kill-child.ts")],
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    external: ["better-sqlite3"],
    outfile,
    logLevel: "warning",
  });
  return outfile;
}

interface ChildRun {
  killed: boolean;
  ok: boolean;
  recovered: number;
  workMs: number;
  left: number;
  leftAttempted: number;
}

/** Extra environment for the children (KILL_NO_LOOKUP). */
let childEnv: NodeJS.ProcessEnv = {};

function runChild(
  script: string,
  args: string[],
  killAfterReadyMs: number | null,
  killEarlyMs: number | null,
) {
  return new Promise<ChildRun>((resolvePromise, rejectPromise) => {
    const child: ChildProcess = spawn(process.execPath, [script, ...args], {
      env: { ...process.env, ...childEnv, NODE_PATH: join(projectRoot, "node_modules") },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    let err = "";
    let readyAt = 0;
    let doneAt = 0;
    let killed = false;
    const kill = () => {
      if (child.exitCode === null && child.signalCode === null) {
        killed = true;
        child.kill("SIGKILL");
      }
    };
    const early = killEarlyMs === null ? null : setTimeout(kill, killEarlyMs);
    child.stdout?.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      if (!doneAt && out.includes("{")) doneAt = performance.now();
      if (!readyAt && out.includes("ready\n")) {
        readyAt = performance.now();
        if (killAfterReadyMs !== null) setTimeout(kill, killAfterReadyMs);
      }
    });
    child.stderr?.on("data", (chunk: Buffer) => {
      err += chunk.toString();
    });
    // "close", not "exit": exit can come before the child's last output has been read.
    child.on("close", (code, signal) => {
      if (early) clearTimeout(early);
      const workMs = readyAt && doneAt ? doneAt - readyAt : 0;
      const last = out.trim().split("\n").at(-1) ?? "";
      const ok = code === 0 && last.startsWith("{");
      if (!ok && !(killed && signal === "SIGKILL")) {
        rejectPromise(
          new Error(`kill-test child failed (code ${code}, signal ${signal}): ${err.slice(0, 2000)}`),
        );
        return;
      }
      const recovered = ok ? (JSON.parse(last) as { recovered: number }).recovered : 0;
      const leftLine = /^left (\d+) (\d+)$/m.exec(out);
      resolvePromise({
        killed: killed && !ok,
        ok,
        recovered,
        workMs,
        left: Number(leftLine?.[1] ?? 0),
        leftAttempted: Number(leftLine?.[2] ?? 0),
      });
    });
  });
}

async function runLane(script: string, dir: string, runs: number, subscriptions: number, deadline: number) {
  mkdirSync(dir, { recursive: true });
  const dbPath = join(dir, "ledger.db");
  const postsPath = join(dir, "posts.tsv");
  const setup = openDigestDatabase(dbPath);
  for (let index = 0; index < subscriptions; index++) {
    await setup.digests.subscribe(
      {
        platform: "slack",
        channelId: `C${index}`,
        topic: `topic-${index}`,
        cron: "* * * * *",
        timeZone: "UTC",
        style: "single",
        whenEmpty: "silent",
        createdBy: null,
      },
      new Date(BASE - 60_000).toISOString(),
    );
  }
  setup.close();
  let started = 0;
  let killed = 0;
  let recovered = 0;
  let left = 0;
  let leftAttempted = 0;
  let slot = 0;
  // How long a full pass takes on this machine (an average over the runs that finished).
  let workMs = 0;
  while (started < runs && performance.now() < deadline) {
    const now = new Date(BASE + slot * 60_000).toISOString();
    // 1 run in 10 dies while starting; the rest get a kill time spread over a whole pass and a
    // bit beyond, so that some runs finish and every step of a pass gets hit.
    // 1 run in 5 is left alone (and measures a full pass); 1 in 10 dies while starting; the rest
    // are killed at a uniform time across a full pass (claims, posts, ledger updates).
    const roll = Math.random();
    const calibrating = started === 0 || roll < 0.2;
    const early = !calibrating && roll < 0.3 ? Math.random() * 60 : null;
    const afterReady = !calibrating && early === null ? Math.random() * workMs : null;
    const result = await runChild(script, [dbPath, postsPath, now], afterReady, early);
    started++;
    recovered += result.recovered;
    left += result.left;
    leftAttempted += result.leftAttempted;
    if (result.killed) killed++;
    if (result.ok) {
      workMs = workMs === 0 ? result.workMs : workMs * 0.7 + result.workMs * 0.3;
      slot++;
    }
  }
  // Finish the slot in progress without killing, so that every slot started is owed.
  const final = await runChild(
    script,
    [dbPath, postsPath, new Date(BASE + slot * 60_000).toISOString()],
    null,
    null,
  );
  started++;
  recovered += final.recovered;
  left += final.left;
  leftAttempted += final.leftAttempted;
  slot++;
  return { dbPath, postsPath, started, killed, recovered, left, leftAttempted, slots: slot };
}

async function verifyLane(lane: Awaited<ReturnType<typeof runLane>>, subscriptions: number) {
  const counts = new Map<string, string[]>();
  const text = existsSync(lane.postsPath) ? readFileSync(lane.postsPath, "utf8") : "";
  for (const line of text.split("\n").filter(Boolean)) {
    const [key, , messageId] = line.split("\t");
    counts.set(key!, [...(counts.get(key!) ?? []), messageId!]);
  }
  const ledger = openDigestDatabase(lane.dbPath);
  let duplicates = 0;
  let losses = 0;
  let mismatches = 0;
  let expected = 0;
  for (let slot = 0; slot < lane.slots; slot++) {
    const slotIso = new Date(BASE + slot * 60_000).toISOString();
    for (let id = 1; id <= subscriptions; id++) {
      expected++;
      const ids = counts.get(`briefbot-digest:${id}:${slotIso}`) ?? [];
      if (ids.length === 0) losses++;
      duplicates += Math.max(0, ids.length - 1);
      const entry = await ledger.digests.entry(id, slotIso);
      if (entry?.status !== "sent" || !ids.includes(entry.messageId ?? "")) mismatches++;
    }
  }
  ledger.close();
  const posted = [...counts.values()].reduce((sum, ids) => sum + ids.length, 0);
  // A post for a (subscription, slot) nobody owed would be a duplicate of a kind too.
  let unowed = 0;
  for (const [key, ids] of counts) {
    const [, id, ...slotParts] = key.split(":");
    const slot = (Date.parse(slotParts.join(":")) - BASE) / 60_000;
    if (!(Number(id) >= 1 && Number(id) <= subscriptions && slot >= 0 && slot < lane.slots))
      unowed += ids.length;
  }
  return { expected, posted, duplicates: duplicates + unowed, losses, mismatches };
}

/** Runs the kill test in `lanes` independent ledgers at once; `runs` child processes in all. */
export async function runKillTest(options: KillTestOptions): Promise<KillTestResult> {
  mkdirSync(options.workDir, { recursive: true });
  const script = await bundleChild(options.workDir);
  childEnv = options.noLookup ? { KILL_NO_LOOKUP: "1" } : {};
  const perLane = Math.ceil(options.runs / options.lanes);
  const deadline = performance.now() + (options.budgetMs ?? Number.POSITIVE_INFINITY);
  const lanes = await Promise.all(
    Array.from({ length: options.lanes }, (_, index) =>
      runLane(script, join(options.workDir, `lane-${index}`), perLane, options.subscriptions, deadline),
    ),
  );
  const result: KillTestResult = {
    runs: 0,
    killed: 0,
    slots: 0,
    expected: 0,
    posted: 0,
    duplicates: 0,
    losses: 0,
    ledgerMismatches: 0,
    recovered: 0,
    claimsLeft: 0,
    claimsLeftAfterPost: 0,
  };
  for (const lane of lanes) {
    const verified = await verifyLane(lane, options.subscriptions);
    result.runs += lane.started;
    result.killed += lane.killed;
    result.recovered += lane.recovered;
    result.claimsLeft += lane.left;
    result.claimsLeftAfterPost += lane.leftAttempted;
    result.slots += lane.slots;
    result.expected += verified.expected;
    result.posted += verified.posted;
    result.duplicates += verified.duplicates;
    result.losses += verified.losses;
    result.ledgerMismatches += verified.mismatches;
  }
  return result;
}
