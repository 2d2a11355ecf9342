// Real replicas on one PostgreSQL database (scripts/cluster.ts: `briefbot start` processes) posting
// to the fake Slack on 127.0.0.1: three replicas post each due digest once; random replicas
// SIGKILLed mid-delivery (bounded: 10 kills; BRIEFBOT_CLUSTER_KILLS=200 for the long run, `npm run
// bench:cluster-kill`) leave no duplicate and no loss; a replica cut off from
// the database stops claiming (its /healthz says so) while the others deliver; a claim of a replica
// that went silent is taken over once its lease (BRIEFBOT_DIGEST_LEASE) runs out in database time.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { connect, createServer, type Server, type Socket } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { type Cluster, freePort, startCluster } from "../../scripts/cluster.ts";
import type { NewSubscription } from "../../src/core/digest/digest-store.ts";
import { openPostgresPorts, type PostgresPorts } from "../../src/store/postgres/postgres-ports.ts";
import { FakeSlack } from "../fakes/slack-api.ts";
import { describeReplicaProcesses, tempDatabase } from "../store/postgres/pg-server.ts";

const BOT_TOKEN = "xoxb-111-222-clustertesttoken";
const KILLS = Number(process.env.BRIEFBOT_CLUSTER_KILLS ?? 10);

/** A TCP proxy to PostgreSQL that can be cut (a replica losing the database). */
async function proxy(): Promise<{ url: (database: string) => string; cut(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((client) => {
    const upstream = connect(5432, "127.0.0.1");
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on("close", () => sockets.delete(socket));
      socket.on("error", () => undefined);
    }
    client.pipe(upstream).pipe(client);
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return {
    url: (database) => `postgres://postgres@127.0.0.1:${port}/${database}`,
    cut: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      });
    },
  };
}

const subscription = (channelId: string): NewSubscription => ({
  platform: "slack",
  channelId,
  topic: "world",
  cron: "0 0 * * *",
  timeZone: "UTC",
  style: "single",
  whenEmpty: "notice",
  createdBy: "U1",
});

let dir: string;
let slack: FakeSlack;
let database: Awaited<ReturnType<typeof tempDatabase>>;
let ports: PostgresPorts;
let cluster: Cluster | undefined;
let cut: () => Promise<void>;
const today = new Date(new Date().toISOString().slice(0, 10)).toISOString();
const created = new Date(Date.parse(today) - 2 * 86_400_000).toISOString();

/** Posts per delivery key (the digest's idempotency key, carried as message metadata). */
function postsByKey(): Map<string, number> {
  const counts = new Map<string, number>();
  for (const call of slack.posts()) {
    const raw = call.body.metadata;
    const metadata = (typeof raw === "string" ? JSON.parse(raw) : raw) as {
      event_payload?: { key?: string };
    };
    const key = metadata?.event_payload?.key ?? "(no key)";
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

async function ledger(): Promise<Array<{ subscription_id: number; status: string; owner: string | null }>> {
  return (await ports.store.pool.query("SELECT subscription_id, status, owner FROM digest_ledger")).rows;
}

async function waitFor(check: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

/** Every subscription's slot of today: sent exactly once, its message posted exactly once. */
async function expectEachPostedOnce(subscriptions: number): Promise<void> {
  const rows = await ledger();
  expect(rows.length).toBe(subscriptions);
  expect(rows.filter((row) => row.status === "sent").length).toBe(subscriptions);
  const counts = postsByKey();
  expect([...counts.values()].filter((n) => n > 1)).toEqual([]); // 0 duplicates
  for (const row of rows) expect(counts.get(`briefbot-digest:${row.subscription_id}:${today}`)).toBe(1); // 0 losses
}

describeReplicaProcesses("replicas on one database (real processes)", () => {
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "briefbot-cluster-"));
    mkdirSync(join(dir, "briefs", "world"), { recursive: true });
    writeFileSync(
      join(dir, "briefs", "world", "topic.yaml"),
      "title: World\ndescription: Test topic\nmatch:\n  keywords: [world]\n  actors: []\n  minActors: 2\nfeeds: []\n",
    );
    slack = await FakeSlack.start({ botToken: BOT_TOKEN });
    database = await tempDatabase();
    ports = await openPostgresPorts(database.url, { poolSize: 2 });
    await ports.store.upsertTopic({
      slug: "world",
      title: "World",
      description: "Test topic",
      match: { keywords: ["world"], actors: [], minActors: 2 },
      feeds: [],
    });
    for (let i = 0; i < 30; i++) await ports.digests.subscribe(subscription(`C${i}`), created);
  }, 60_000);

  afterAll(async () => {
    await cluster?.stop();
    await ports?.close();
    await database?.drop();
    await slack?.close();
    rmSync(dir, { recursive: true, force: true });
  }, 60_000);

  it(
    "three replicas post each digest once, also while random replicas are SIGKILLed",
    async () => {
      const cutOff = await proxy();
      cut = cutOff.cut;
      const env = {
        BRIEFBOT_DATABASE_URL: database.url,
        BRIEFBOT_BRIEFS_DIR: join(dir, "briefs"),
        BRIEFBOT_CATCHUP: "48h",
        BRIEFBOT_DIGEST_LEASE: "20s",
        SLACK_BOT_TOKEN: BOT_TOKEN,
        SLACK_SIGNING_SECRET: "cluster-signing-secret-0123456789",
        SLACK_API_URL: slack.apiUrl,
        LOG_LEVEL: "warn",
      };
      // Replica 2 reaches the database through a proxy the last test cuts.
      cluster = await startCluster({ replicas: 2, env, readyTimeoutMs: 180_000 });
      const third = await startCluster({
        replicas: 1,
        env: { ...env, BRIEFBOT_DATABASE_URL: cutOff.url(database.name) },
        readyTimeoutMs: 180_000,
      });
      cluster.replicas.push(third.replicas[0]!); // listed for the last test; stopped by its own cluster
      const stopThird = third.stop;
      const stopTwo = cluster.stop;
      cluster.stop = async () => {
        await Promise.all([stopTwo(), stopThird()]);
      };
      await waitFor(
        async () => (await ledger()).filter((row) => row.status === "sent").length === 30,
        120_000,
        "30 digests",
      );
      await expectEachPostedOnce(30);

      // Chaos: new subscriptions keep coming; posts are slow (150 ms), so kills land mid-delivery.
      let subscriptions = 30;
      const random = (n: number) => Math.floor(Math.random() * n);
      const restartable = [0, 1];
      for (let kill = 0; kill < KILLS; kill++) {
        for (let i = 0; i < 4; i++) await ports.digests.subscribe(subscription(`K${kill}-${i}`), created);
        subscriptions += 4;
        slack.failNext("chat.postMessage", ...Array.from({ length: 4 }, () => ({ delayMs: 150 })));
        const index = restartable[random(restartable.length)]!;
        await cluster.kill(index, "SIGKILL");
        // Relaunched: its start-up pass claims what is due; the next kill may catch it mid-way.
        cluster.relaunch(index);
        await new Promise((resolve) => setTimeout(resolve, 1_000 + random(4_000)));
      }
      for (const index of restartable) await cluster.ready(index);
      await waitFor(
        async () => (await ledger()).filter((row) => row.status === "sent").length === subscriptions,
        180_000,
        `${subscriptions} digests after the kills`,
      );
      await expectEachPostedOnce(subscriptions);
      const lookups = slack.calls.filter((call) => call.method === "conversations.history").length;
      const repeated = [...postsByKey().values()].filter((n) => n > 1).length;
      process.stdout.write(
        `cluster kill test: ${KILLS} SIGKILLs, ${subscriptions} digests owed, ${slack.posts().length} posted, ` +
          `${repeated} posted twice, ${lookups} look-ups for an earlier post after a takeover\n`,
      );
    },
    900_000 + KILLS * 15_000,
  );

  it("a replica cut off from the database stops claiming; a silent replica's claim is taken over after its lease", async () => {
    const cutReplica = cluster!.replicas[2]!;
    // A replica on another host claimed a slot and went silent: its lease (20 s) runs in database time.
    const { subscription: silent } = await ports.digests.subscribe(subscription("SILENT"), created);
    const databaseNow = await ports.digests.databaseNow!();
    await ports.digests.claim({
      subscriptionId: silent.id,
      slot: today,
      owner: "gone-host:4242:abcdef01",
      leaseUntil: new Date(databaseNow.getTime() + 20_000).toISOString(),
      firstWindowFrom: new Date(Date.parse(today) - 86_400_000).toISOString(),
      now: databaseNow.toISOString(),
    });
    await cut();
    for (let i = 0; i < 3; i++) await ports.digests.subscribe(subscription(`P${i}`), created);
    await waitFor(
      async () => (await fetch(`${cutReplica.healthUrl}/healthz`)).status === 503,
      30_000,
      "the cut replica's /healthz to fail",
    );
    expect(await (await fetch(`${cutReplica.healthUrl}/healthz`)).text()).toMatch(/store: /);
    // The next minute's tick on the others delivers the new slots and, its lease run out, the silent one.
    const { rows: counted } = await ports.store.pool.query(
      "SELECT count(*)::int AS n FROM digest_subscriptions",
    );
    const total = counted[0].n as number;
    await waitFor(
      async () => (await ledger()).filter((row) => row.status === "sent").length === total,
      150_000,
      "every slot sent",
    );
    await expectEachPostedOnce(total);
    const rows = await ledger();
    expect(rows.find((row) => row.subscription_id === silent.id)?.owner).not.toBe("gone-host:4242:abcdef01");
    const cutOwner = new RegExp(`:${cutReplica.process.pid}:[0-9a-f]+$`);
    const { rows: late } = await ports.store.pool.query(
      "SELECT owner FROM digest_ledger d JOIN digest_subscriptions s ON s.id = d.subscription_id WHERE s.channel_id LIKE 'P%'",
    );
    expect(late.filter((row: { owner: string }) => cutOwner.test(row.owner))).toEqual([]);
  }, 300_000);
});
