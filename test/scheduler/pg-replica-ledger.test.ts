// The digest ledger shared by replicas on PostgreSQL: batches claimed by several replicas at once
// go to exactly one of them; three runners on one database post each due digest once; and leases
// are judged by the database's clock, so a replica whose clock runs ahead does not take over a
// live claim of another host, while a claim whose lease ran out (in database time) is taken over.
import { afterEach, expect, it } from "vitest";
import type { ClaimRequest, NewSubscription } from "../../src/core/digest/digest-store.ts";
import { createDigestRunner } from "../../src/scheduler/digest-runner.ts";
import { openPostgresPorts, type PostgresPorts } from "../../src/store/postgres/postgres-ports.ts";
import { topic } from "../store/helpers.ts";
import { describeInProcessReplicas, tempDatabase } from "../store/postgres/pg-server.ts";
import { MemorySource, makeBrief, memoryLogger, RecordingPoster } from "./digest-fixtures.ts";

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function replicas(count: number): Promise<PostgresPorts[]> {
  const database = await tempDatabase();
  cleanups.push(database.drop);
  const opened: PostgresPorts[] = [];
  for (let i = 0; i < count; i++) {
    const ports = await openPostgresPorts(database.url, { poolSize: 3 });
    cleanups.push(() => ports.close());
    opened.push(ports);
  }
  await opened[0]!.store.upsertTopic(topic("world"));
  return opened;
}

const subscription = (channelId: string): NewSubscription => ({
  platform: "slack",
  channelId,
  topic: "world",
  cron: "0 8 * * *",
  timeZone: "UTC",
  style: "single",
  whenEmpty: "notice",
  createdBy: "U1",
});

const SLOT = "2026-01-11T08:00:00.000Z";
const CREATED = "2026-01-01T00:00:00.000Z";

describeInProcessReplicas("the digest ledger shared by replicas (PostgreSQL)", () => {
  it("gives each slot of a batch claimed by three replicas at once to exactly one", async () => {
    const [a, b, c] = await replicas(3);
    const ids: number[] = [];
    for (let i = 0; i < 300; i++) {
      ids.push((await a!.digests.subscribe(subscription(`C${i}`), CREATED)).subscription.id);
    }
    const requests = (owner: string): ClaimRequest[] =>
      ids.map((id) => ({
        subscriptionId: id,
        slot: SLOT,
        owner,
        leaseUntil: "2026-01-11T08:10:00.000Z",
        firstWindowFrom: "2026-01-10T08:00:00.000Z",
        now: SLOT,
      }));
    // Each replica walks the same 300 slots in batches of 25, from a different starting batch.
    const claimAll = async (ports: PostgresPorts, owner: string, start: number) => {
      const all = requests(owner);
      const got: number[] = [];
      for (let n = 0; n < 12; n++) {
        const from = ((start + n) % 12) * 25;
        for (const entry of await ports.digests.claimMany(all.slice(from, from + 25))) {
          got.push(entry.subscriptionId);
        }
      }
      return got;
    };
    const [ga, gb, gc] = await Promise.all([
      claimAll(a!, "a", 0),
      claimAll(b!, "b", 4),
      claimAll(c!, "c", 8),
    ]);
    const all = [...ga, ...gb, ...gc];
    expect(all.length).toBe(300);
    expect(new Set(all).size).toBe(300);
    const owners = await a!.store.pool.query(
      "SELECT owner, count(*)::int AS n FROM digest_ledger GROUP BY owner",
    );
    // Under load one replica may find every batch already taken: it then owns no ledger row.
    const byOwner = { a: 0, b: 0, c: 0, ...Object.fromEntries(owners.rows.map((row) => [row.owner, row.n])) };
    expect(byOwner).toEqual({ a: ga.length, b: gb.length, c: gc.length });
  });

  it("posts each due digest once when three runners tick together", async () => {
    const ports = await replicas(3);
    for (let i = 0; i < 60; i++) await ports[0]!.digests.subscribe(subscription(`C${i}`), CREATED);
    const source = new MemorySource();
    source.add("world", "2026-01-11T07:00:00.000Z", makeBrief("d1", "A story", { points: ["A point."] }));
    const posted: string[] = [];
    const runners = ports.map((replica, n) => {
      const poster = new RecordingPoster("slack");
      const post = poster.post.bind(poster);
      poster.post = async (channelId, reply, options) => {
        posted.push(channelId);
        return post(channelId, reply, options);
      };
      return createDigestRunner({
        digests: replica.digests,
        source,
        topicTitle: async () => "World",
        posters: { slack: poster },
        clock: () => new Date("2026-01-11T08:00:30.000Z"),
        logger: memoryLogger().logger,
        firstWindowMs: 86_400_000,
        catchupMs: 3_600_000,
        claimBatch: 7,
        owner: `host${n}:1:0000000${n}`,
      });
    });
    const summaries = await Promise.all(runners.map((runner) => runner.runDue()));
    expect(summaries.reduce((sum, summary) => sum + summary.sent, 0)).toBe(60);
    expect(posted.length).toBe(60);
    expect(new Set(posted).size).toBe(60);
    const { rows } = await ports[0]!.store.pool.query(
      "SELECT status, count(*)::int AS n FROM digest_ledger GROUP BY status",
    );
    expect(rows).toEqual([{ status: "sent", n: 60 }]);
  });

  it("paces posts for all replicas: reserved moments one interval apart, whoever reserves", async () => {
    const replicasOnDb = await replicas(3);
    const reserved = await Promise.all(
      replicasOnDb.flatMap((replica) =>
        Array.from({ length: 5 }, () => replica.digests.reserveSend!("slack:C1", 1000)),
      ),
    );
    const moments = reserved.map((r) => r.at.getTime()).sort((a, b) => a - b);
    const gaps = moments.slice(1).map((at, i) => at - moments[i]!);
    expect(gaps).toEqual(Array.from({ length: 14 }, () => 1000));
    // The later the moment, the longer the wait; another key is free at once.
    const byMoment = [...reserved].sort((a, b) => a.at.getTime() - b.at.getTime());
    expect(byMoment.at(-1)!.waitMs).toBeGreaterThan(byMoment[0]!.waitMs);
    expect((await replicasOnDb[0]!.digests.reserveSend!("slack:C2", 1000)).waitMs).toBe(0);
  });

  it("judges leases by the database's clock, not the replica's", async () => {
    const [replica] = await replicas(1);
    const { digests } = replica!;
    const pool = replica!.store.pool;
    const { id } = (await digests.subscribe(subscription("C1"), CREATED)).subscription;
    const database = (await digests.databaseNow!()).getTime();
    const iso = (ms: number) => new Date(ms).toISOString();
    // A live claim of a replica on another host, its lease 10 minutes ahead in database time; the
    // slot is the latest one for the drifted clock below, so only the lease decides.
    const slot = iso(database - 60_000);
    await digests.claim({
      subscriptionId: id,
      slot,
      owner: "other-host:42:abcdef01",
      leaseUntil: iso(database + 600_000),
      firstWindowFrom: iso(database - 86_400_000),
      now: slot,
    });
    await pool.query("UPDATE digest_subscriptions SET cron = '* * * * *'");
    const poster = new RecordingPoster("slack");
    const runnerAt = (clockMs: number) =>
      createDigestRunner({
        digests,
        source: new MemorySource(),
        topicTitle: async () => "World",
        posters: { slack: poster },
        clock: () => new Date(clockMs),
        logger: memoryLogger().logger,
        firstWindowMs: 86_400_000,
        catchupMs: 86_400_000,
        owner: "this-host:7:00000007",
      });
    // This replica's clock is an hour fast: by its own clock the lease ran out long ago.
    const fast = runnerAt(database + 3_600_000);
    await fast.runDue();
    expect(await digests.entry(id, slot)).toMatchObject({
      status: "claimed",
      owner: "other-host:42:abcdef01",
    });
    // The lease runs out in database time: now it is taken over (and, nothing new, finished empty).
    await pool.query("UPDATE digest_ledger SET lease_until = $1", [iso(database - 1000)]);
    const summary = await fast.runDue();
    expect(summary.recovered).toBe(1);
    expect(await digests.entry(id, slot)).toMatchObject({ owner: "this-host:7:00000007" });
    expect((await digests.entry(id, slot))?.status).not.toBe("claimed");
  });
});
