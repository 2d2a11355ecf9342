// One replica of the claims bench, as a process of its own (forked by claims-bench.ts), so that
// the replicas' JavaScript runs in parallel as it does in production, not on one event loop. It
// opens its own pool of 4, then for each tick its parent asks for does what the digest runner
// does before it posts anything: list every subscription, look up which due slots the ledger
// already holds (one statement), and claim the rest in batches in the runner's order
// (src/scheduler/claim-sweep.ts). It answers with the time of each part and its CPU time.
import { randomInt } from "node:crypto";
import { type Subscription, slotKey } from "../../src/core/digest/digest-store.ts";
import { sweepBatches } from "../../src/scheduler/claim-sweep.ts";
import { openPostgresPorts } from "../../src/store/postgres/postgres-ports.ts";

/** What the parent sends: a tick to run, or the end. */
export type ReplicaRequest = { slot: string } | "exit";

/** What a replica answers for a tick (times in ms, CPU in µs). */
export interface ReplicaTick {
  list: number;
  lookup: number;
  claims: number;
  claimed: number;
  statements: number;
  cpu: number;
}

const [url, index, batchArg] = process.argv.slice(2);
const owner = `replica-${index}`;
const batch = Number(batchArg);
const { digests, close } = await openPostgresPorts(url!, { poolSize: 4 });

async function tick(slot: string): Promise<ReplicaTick> {
  const cpuBefore = process.cpuUsage();
  const t0 = performance.now();
  // Every subscription of the bench is daily at 08:00 UTC: all are due at this slot.
  const due: Subscription[] = (await digests.listSubscriptions()).filter((s) => s.pausedAt === null);
  const t1 = performance.now();
  const recorded = await digests.recordedSlots(due.map((s) => ({ subscriptionId: s.id, slot })));
  const toClaim = due.filter((s) => !recorded.has(slotKey(s.id, slot)));
  const t2 = performance.now();
  const batches: Subscription[][] = [];
  for (let i = 0; i < toClaim.length; i += batch) batches.push(toClaim.slice(i, i + batch));
  let claimed = 0;
  let statements = 0;
  await sweepBatches(batches, batches.length > 1 ? randomInt(batches.length) : 0, {
    claim: async (subscriptions) => {
      const entries = await digests.claimMany(
        subscriptions.map((s) => ({
          subscriptionId: s.id,
          slot,
          owner,
          leaseUntil: new Date(Date.parse(slot) + 600_000).toISOString(),
          firstWindowFrom: new Date(Date.parse(slot) - 86_400_000).toISOString(),
          now: slot,
        })),
      );
      statements++;
      claimed += entries.length;
      return entries.length > 0 ? "claimed" : "taken";
    },
    begun: async (firsts) => {
      statements++;
      const found = await digests.recordedSlots(firsts.map((s) => ({ subscriptionId: s.id, slot })));
      return firsts.map((s) => found.has(slotKey(s.id, slot)));
    },
  });
  const cpu = process.cpuUsage(cpuBefore);
  return {
    list: t1 - t0,
    lookup: t2 - t1,
    claims: performance.now() - t2,
    claimed,
    statements,
    cpu: cpu.user + cpu.system,
  };
}

process.on("message", (request: ReplicaRequest) => {
  if (request === "exit") {
    void close().then(() => process.disconnect());
    return;
  }
  tick(request.slot).then(
    (result) => process.send!(result),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
});
process.send!("ready");
