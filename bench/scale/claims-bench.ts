// Claims at scale: S subscriptions all due in the same minute, claimed by 3 replicas sharing one
// PostgreSQL database. Each replica is a process of its own (claims-replica.ts, with its own pool
// of 4) and does what the digest runner does in a tick before it posts anything: lists every
// subscription, looks up which due slots the ledger already holds (one statement), then claims the
// rest in batches in the runner's order (claimMany, with a look-up of begun batches after one found
// taken). Posting is left out: the runner delivers each batch before claiming the next, and
// delivery is paced by the platforms (docs/scaling.md), so this measures the claim machinery
// alone. Two ticks: the replicas' first (each reads the 100,000 subscriptions) and the next day's
// (the lists kept, since no subscription changed; the ledger a day fuller). Printed per tick: wall
// time of the whole tick (from the moment all three are asked) and of its parts, CPU seconds of
// the replicas and of the database backends, and duplicate claims (new ledger rows minus due slots).
// Usage: node --import tsx bench/scale/claims-bench.ts [subscriptions=100000] [batch=the runner's default]
import { type ChildProcess, fork } from "node:child_process";
import { once } from "node:events";
import { loadavg } from "node:os";
import { DEFAULT_CLAIM_BATCH } from "../../src/scheduler/digest-runner.ts";
import { openPostgresPorts } from "../../src/store/postgres/postgres-ports.ts";
import { backendCpu, cpuBetween, insertSubscriptions, ledgerCounts } from "../../test/store/postgres/bulk.ts";
import { tempDatabase } from "../../test/store/postgres/pg-server.ts";
import type { ReplicaRequest, ReplicaTick } from "./claims-replica.ts";

const load = () =>
  loadavg()
    .map((n) => n.toFixed(1))
    .join(" ");

/** Claims `count` due slots with 3 replicas in batches of `batch`; prints the figures. */
export async function claimsBench(
  count: number,
  batch: number,
): Promise<{ seconds: number; duplicates: number }> {
  const database = await tempDatabase();
  const setup = await openPostgresPorts(database.url, { poolSize: 2 });
  const replicas: ChildProcess[] = [];
  try {
    const pool = setup.store.pool;
    await setup.store.upsertTopic({
      slug: "world",
      title: "World",
      description: "",
      match: { keywords: [], actors: [], minActors: 2 },
      feeds: [],
    });
    await insertSubscriptions(pool, count, "world");
    for (const r of [0, 1, 2]) {
      const replica = fork(
        new URL("./claims-replica.ts", import.meta.url),
        [database.url, String(r), String(batch)],
        {
          execArgv: ["--import", "tsx"],
        },
      );
      replicas.push(replica);
      await once(replica, "message"); // "ready": pool open, migrations checked
    }
    const ask = (replica: ChildProcess, request: ReplicaRequest) => {
      const answer = once(replica, "message").then(([message]) => message as ReplicaTick);
      replica.send(request);
      return answer;
    };
    const tick = async (slot: string, label: string) => {
      const cpuBefore = await backendCpu(pool);
      const ledgerBefore = await ledgerCounts(pool);
      const started = performance.now();
      const phases = await Promise.all(replicas.map((replica) => ask(replica, { slot })));
      const seconds = (performance.now() - started) / 1000;
      const cpu = phases.reduce((sum, p) => sum + p.cpu, 0);
      const serverCpu = cpuBetween(cpuBefore, await backendCpu(pool));
      const ledger = await ledgerCounts(pool);
      const rows = ledger.rows - ledgerBefore.rows;
      const duplicates = rows - count;
      const ms = (values: number[]) => values.map((v) => (v / 1000).toFixed(2)).join("/");
      console.log(
        `claims (${label}): ${count} due slots, 3 replicas, batches of ${batch}: tick done in ${seconds.toFixed(2)} s ` +
          `(per replica, s: list ${ms(phases.map((p) => p.list))}, ledger look-up ${ms(phases.map((p) => p.lookup))}, ` +
          `claims ${ms(phases.map((p) => p.claims))}); claimed ${phases.map((p) => p.claimed).join(" + ")} ` +
          `in ${phases.map((p) => p.statements).join(" + ")} statements; new ledger rows ${rows}, duplicate claims ${duplicates}; ` +
          `CPU: replicas ${(cpu / 1e6).toFixed(1)} s, database backends ${serverCpu.toFixed(1)} s [load ${load()}]`,
      );
      return { seconds, duplicates };
    };
    // The replicas' first tick reads the subscriptions; the next day's tick finds them unchanged
    // (each replica keeps its list while no subscription changes) and the ledger a day fuller.
    const first = await tick("2026-01-11T08:00:00.000Z", "first tick, lists read");
    const next = await tick("2026-01-12T08:00:00.000Z", "next day, lists kept");
    const seconds = Math.max(first.seconds, next.seconds);
    const duplicates = first.duplicates + next.duplicates;
    return { seconds, duplicates };
  } finally {
    for (const replica of replicas) {
      if (replica.connected) {
        const exited = once(replica, "exit");
        replica.send("exit");
        await exited;
      }
    }
    await setup.close();
    await database.drop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await claimsBench(Number(process.argv[2] ?? 100_000), Number(process.argv[3] ?? DEFAULT_CLAIM_BATCH));
}
