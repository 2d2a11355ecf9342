// Replicas ticking together on one PostgreSQL database: batches of claims that overlap, sent by
// three replicas at once, claim every due slot exactly once; and each replica's list of
// subscriptions is read from the database again only after some replica changed a subscription.
import pg from "pg";
import { afterEach, expect, it } from "vitest";
import type { ClaimRequest, NewSubscription } from "../../../src/core/digest/digest-store.ts";
import { openPostgresPorts, type PostgresPorts } from "../../../src/store/postgres/postgres-ports.ts";
import { topic } from "../helpers.ts";
import { insertSubscriptions, ledgerCounts } from "./bulk.ts";
import { describeInProcessReplicas, tempDatabase } from "./pg-server.ts";

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function open(url: string, poolSize = 3): Promise<PostgresPorts> {
  const ports = await openPostgresPorts(url, { poolSize });
  cleanups.push(() => ports.close());
  return ports;
}

const SLOT = "2026-02-01T08:00:00.000Z";

/** Scans of digest_subscriptions (sequential and by index), as the server has counted them. */
async function subscriptionScans(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query(
      "SELECT (seq_scan + coalesce(idx_scan, 0))::int AS n FROM pg_stat_user_tables WHERE relname = 'digest_subscriptions'",
    );
    return rows[0].n;
  } finally {
    await client.end();
  }
}

describeInProcessReplicas("claims and subscription lists of replicas (PostgreSQL)", () => {
  it("claims every slot once when three replicas send overlapping batches at once", async () => {
    const database = await tempDatabase();
    cleanups.push(database.drop);
    const replicas = await Promise.all([0, 1, 2].map(() => open(database.url)));
    await replicas[0]!.store.upsertTopic(topic("world"));
    const ids = await insertSubscriptions(replicas[0]!.store.pool, 1_200, "world");
    const request =
      (owner: string) =>
      (id: number): ClaimRequest => ({
        subscriptionId: id,
        slot: SLOT,
        owner,
        leaseUntil: "2026-02-01T08:10:00.000Z",
        firstWindowFrom: "2026-01-31T08:00:00.000Z",
        now: SLOT,
      });
    // Each replica goes through every batch of 200, from its own starting batch on, as the runner does.
    const claimed = await Promise.all(
      replicas.map(async ({ digests }, r) => {
        const mine: number[] = [];
        for (let n = 0; n < 6; n++) {
          const from = ((r * 2 + n) % 6) * 200;
          const entries = await digests.claimMany(ids.slice(from, from + 200).map(request(`replica-${r}`)));
          for (const entry of entries) {
            expect(entry.owner).toBe(`replica-${r}`);
            mine.push(entry.subscriptionId);
          }
        }
        return mine;
      }),
    );
    const all = claimed.flat();
    expect(all).toHaveLength(1_200);
    expect(new Set(all).size).toBe(1_200);
    expect(await ledgerCounts(replicas[0]!.store.pool)).toEqual({ rows: 1_200, subscriptions: 1_200 });
    // Every replica claimed some: the batches were shared out, not all taken by the first.
    for (const mine of claimed) expect(mine.length).toBeGreaterThan(0);
  });

  it("reads the subscription list again only after a replica changed a subscription", async () => {
    const database = await tempDatabase();
    cleanups.push(database.drop);
    // One connection for the reader: the session whose statistics are flushed below.
    const reader = await open(database.url, 1);
    const writer = await open(database.url);
    await writer.store.upsertTopic(topic("world"));
    const subscription = (channelId: string): NewSubscription => ({
      platform: "slack",
      channelId,
      topic: "world",
      cron: "0 8 * * *",
      timeZone: "UTC",
      style: "single",
      whenEmpty: "silent",
      createdBy: null,
    });
    await writer.digests.subscribe(subscription("C1"), "2026-01-01T00:00:00.000Z");
    const scans = async () => {
      await reader.store.pool.query("SELECT pg_stat_force_next_flush()");
      return subscriptionScans(database.url);
    };

    expect((await reader.digests.listSubscriptions()).map((s) => s.channelId)).toEqual(["C1"]);
    const before = await scans();
    const again = await reader.digests.listSubscriptions();
    expect(again.map((s) => s.channelId)).toEqual(["C1"]);
    expect((await scans()) - before).toBe(0);

    // Each kind of change by another replica is seen at the next list.
    const { subscription: c2 } = await writer.digests.subscribe(
      subscription("C2"),
      "2026-01-02T00:00:00.000Z",
    );
    expect((await reader.digests.listSubscriptions()).map((s) => s.channelId)).toEqual(["C1", "C2"]);
    await writer.digests.pause(c2.id, "channel gone", "2026-01-03T00:00:00.000Z");
    expect((await reader.digests.listSubscriptions())[1]?.pausedAt).toBe("2026-01-03T00:00:00.000Z");
    await writer.digests.unsubscribe("slack", "C1", "world");
    expect((await reader.digests.listSubscriptions()).map((s) => s.channelId)).toEqual(["C2"]);
    // A filtered list is never served from the whole list kept.
    expect(await reader.digests.listSubscriptions({ channelId: "C1" })).toEqual([]);
  });
});
