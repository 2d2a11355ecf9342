// Claims at scale: S subscriptions all due in the same minute, claimed by 3 replicas (3 stores,
// each with its own pool of 4) sharing one PostgreSQL database. Each replica does what the digest
// runner does in a tick before it posts anything: lists every subscription, looks up which due
// slots the ledger already holds (one statement), then claims the rest in batches from a random
// batch on (claimMany). Posting is left out: the runner delivers each batch before claiming the
// next, and delivery is paced by the platforms (docs/scaling.md), so this measures the claim
// machinery alone. Two ticks: the replicas' first (each reads the 100,000 subscriptions) and the
// next day's (the lists kept, since no subscription changed; the ledger a day fuller). Printed per
// tick: wall time of the whole tick and of its parts, CPU seconds of the bench process and of the
// database backends, and duplicate claims (new ledger rows minus due slots).
// Usage: node --import tsx bench/scale/claims-bench.ts [subscriptions=100000] [batch=the runner's default]
import { randomInt } from "node:crypto";
import { loadavg } from "node:os";
import { type Subscription, slotKey } from "../../src/core/digest/digest-store.ts";
import { DEFAULT_CLAIM_BATCH } from "../../src/scheduler/digest-runner.ts";
import { openPostgresPorts } from "../../src/store/postgres/postgres-ports.ts";
import { backendCpu, cpuBetween, insertSubscriptions, ledgerCounts } from "../../test/store/postgres/bulk.ts";
import { tempDatabase } from "../../test/store/postgres/pg-server.ts";

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
  const replicas = await Promise.all([0, 1, 2].map(() => openPostgresPorts(database.url, { poolSize: 4 })));
  try {
    const pool = replicas[0]!.store.pool;
    await replicas[0]!.store.upsertTopic({
      slug: "world",
      title: "World",
      description: "",
      match: { keywords: [], actors: [], minActors: 2 },
      feeds: [],
    });
    await insertSubscriptions(pool, count, "world");
    const tick = async (slot: string, label: string) => {
      const cpuBefore = await backendCpu(pool);
      const ownCpu = process.cpuUsage();
      const ledgerBefore = await ledgerCounts(pool);
      const started = performance.now();
      const phases = await Promise.all(
        replicas.map(async ({ digests }, r) => {
          const t0 = performance.now();
          // Every subscription is daily at 08:00 UTC: all are due at this slot.
          const due: Subscription[] = (await digests.listSubscriptions()).filter((s) => s.pausedAt === null);
          const t1 = performance.now();
          const recorded = await digests.recordedSlots(due.map((s) => ({ subscriptionId: s.id, slot })));
          const toClaim = due.filter((s) => !recorded.has(slotKey(s.id, slot)));
          const t2 = performance.now();
          const batches = Math.ceil(toClaim.length / batch);
          const start = batches > 1 ? randomInt(batches) : 0;
          let claimed = 0;
          let statements = 0;
          for (let n = 0; n < batches; n++) {
            const from = ((start + n) % batches) * batch;
            const entries = await digests.claimMany(
              toClaim.slice(from, from + batch).map((s) => ({
                subscriptionId: s.id,
                slot,
                owner: `replica-${r}`,
                leaseUntil: new Date(Date.parse(slot) + 600_000).toISOString(),
                firstWindowFrom: new Date(Date.parse(slot) - 86_400_000).toISOString(),
                now: slot,
              })),
            );
            statements++;
            claimed += entries.length;
          }
          return { list: t1 - t0, lookup: t2 - t1, claims: performance.now() - t2, claimed, statements };
        }),
      );
      const seconds = (performance.now() - started) / 1000;
      const cpu = process.cpuUsage(ownCpu);
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
          `CPU: bench ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s, database backends ${serverCpu.toFixed(1)} s [load ${load()}]`,
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
    for (const replica of replicas) await replica.close();
    await database.drop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await claimsBench(Number(process.argv[2] ?? 100_000), Number(process.argv[3] ?? DEFAULT_CLAIM_BATCH));
}
