// What several replicas on one PostgreSQL database rely on: migrations run once when they start
// together, a document added by two at once is stored once, a slot claimed by many at once has
// one owner; and what a user sees when the database is wrong: coded errors, no password shown.
import { afterEach, expect, it } from "vitest";
import { BriefbotError } from "../../../src/core/errors.ts";
import { MIGRATIONS } from "../../../src/store/postgres/migrations/index.ts";
import { openPostgresPorts, type PostgresPorts } from "../../../src/store/postgres/postgres-ports.ts";
import { brief, doc, filler, topic } from "../helpers.ts";
import { describeInProcessReplicas, tempDatabase } from "./pg-server.ts";

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function database() {
  const created = await tempDatabase();
  cleanups.push(created.drop);
  return created;
}

async function open(url: string): Promise<PostgresPorts> {
  const ports = await openPostgresPorts(url, { poolSize: 3 });
  cleanups.push(() => ports.close());
  return ports;
}

describeInProcessReplicas("replicas on one PostgreSQL database", () => {
  it("migrates once when several replicas start at the same moment", async () => {
    const { url } = await database();
    const replicas = await Promise.all([open(url), open(url), open(url), open(url)]);
    // Read through a pool of its own (a connection of its own on a server).
    const reader = await open(url);
    const { rows } = await reader.store.pool.query("SELECT version FROM schema_migrations ORDER BY version");
    expect(rows.map((row) => row.version)).toEqual(MIGRATIONS.map((migration) => migration.version));
    // Reopening applies nothing and keeps the data.
    await replicas[0]!.store.upsertTopic(topic("kept"));
    const again = await open(url);
    expect((await again.store.listTopics()).map((t) => t.slug)).toEqual(["kept"]);
  });

  it("stores a document added by two replicas at once once, the other sees a duplicate", async () => {
    const { url } = await database();
    const [a, b] = await Promise.all([open(url), open(url)]);
    await a.store.upsertTopic(topic("wire"));
    const statuses: string[] = [];
    for (let i = 0; i < 10; i++) {
      const document = doc(`Story ${i}. ${filler(i, 120)}`, { url: `https://wire.example/${i}` });
      const made = brief(document, {
        actors: [{ name: "Anna Berg", aliases: ["Berg"] }],
        quotes: [{ text: `quote number ${i}`, speaker: { name: "Anna Berg", type: "person" } }],
      });
      const results = await Promise.all([
        a.store.addDocument(document, made, ["wire"]),
        b.store.addDocument(document, made, ["wire"]),
      ]);
      statuses.push(
        results
          .map((result) => result.status)
          .sort()
          .join("+"),
      );
    }
    expect(new Set(statuses)).toEqual(new Set(["added+duplicate"]));
    expect((await a.store.listTopics())[0]?.documentCount).toBe(10);
    // One actor for both replicas' documents, and every quote found once.
    expect(await b.store.listActors()).toEqual([{ name: "Anna Berg", type: "person", mentions: 10 }]);
    expect(await a.store.searchQuotes({ words: "quote number", limit: 100 })).toHaveLength(10);
  });

  it("answers repeated reads from each replica's cache until any replica writes", async () => {
    const { url } = await database();
    const [a, b] = await Promise.all([open(url), open(url)]);
    await a.store.upsertTopic(topic("wire"));
    const add = async (ports: PostgresPorts, i: number) => {
      const document = doc(`Story ${i}. ${filler(i, 120)}`, { url: `https://wire.example/${i}` });
      const made = brief(document, {
        quotes: [{ text: `cached quote ${i}`, speaker: { name: "Anna Berg", type: "person" } }],
      });
      await ports.store.addDocument(document, made, ["wire"]);
    };
    await add(b, 1);
    const count = async () => (await a.store.listTopics())[0]?.documentCount;
    const quotes = async () => (await a.store.searchQuotes({ words: "cached quote", limit: 10 })).length;
    expect([await count(), await quotes()]).toEqual([1, 1]);
    // A change behind the stores' back (no version bump) is not seen: the answers come from A's cache.
    await a.store.pool.query("DELETE FROM quotes");
    expect(await quotes()).toBe(1);
    // A document ingested through replica B moves the version: A recomputes at once.
    await add(b, 2);
    expect([await count(), await quotes()]).toEqual([2, 1]);
    // A topic changed through B too.
    await b.store.upsertTopic(topic("second"));
    expect((await a.store.listTopics()).map((t) => t.slug)).toEqual(["second", "wire"]);
  });

  it("gives a slot claimed by many replicas at once exactly one owner", async () => {
    const { url } = await database();
    const replicas = await Promise.all([open(url), open(url), open(url)]);
    const { subscription } = await replicas[0]!.digests.subscribe(
      {
        platform: "slack",
        channelId: "C1",
        topic: "wire",
        cron: "0 8 * * *",
        timeZone: "UTC",
        style: "single",
        whenEmpty: "silent",
        createdBy: null,
      },
      "2026-01-01T00:00:00.000Z",
    );
    for (let day = 1; day <= 20; day++) {
      const slot = `2026-01-${String(day).padStart(2, "0")}T08:00:00.000Z`;
      const claims = await Promise.all(
        replicas.flatMap((replica, r) =>
          [0, 1].map((n) =>
            replica.digests.claim({
              subscriptionId: subscription.id,
              slot,
              owner: `replica-${r}-${n}`,
              leaseUntil: "2026-02-01T00:00:00.000Z",
              firstWindowFrom: "2025-12-31T08:00:00.000Z",
              now: slot,
            }),
          ),
        ),
      );
      const winners = claims.filter((claim) => claim !== null);
      expect(winners).toHaveLength(1);
      expect(await replicas[1]!.digests.entry(subscription.id, slot)).toEqual(winners[0]);
      const [first, second] = await Promise.all(
        replicas.map((replica) =>
          replica.digests.takeOver(
            subscription.id,
            slot,
            winners[0]!.owner,
            "thief",
            "2026-03-01T00:00:00.000Z",
          ),
        ),
      ).then((moved) => [moved.filter(Boolean).length, moved.length]);
      expect([first, second]).toEqual([1, 3]);
    }
    expect(await replicas[2]!.digests.claimedEntries()).toHaveLength(20);
  });

  it("reports a corrupt stored brief as STORED_DATA_INVALID naming the document", async () => {
    const { url } = await database();
    const ports = await open(url);
    await ports.store.upsertTopic(topic("wire"));
    const document = doc(`Corrupt. ${filler(5, 120)}`);
    await ports.store.addDocument(document, brief(document, {}), ["wire"]);
    await ports.store.pool.query("UPDATE extracts SET brief_json = '{\"keyPoints\": 3}'");
    await expect(ports.store.getDocument(document.id)).rejects.toMatchObject({
      code: "STORED_DATA_INVALID",
      message: expect.stringContaining(document.id),
    });
  });

  it("fails to open an unreachable server with STORE_FAILED, without the password", async () => {
    const error = await openPostgresPorts("postgres://briefbot:s3cret-pass@127.0.0.1:1/briefbot").catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(BriefbotError);
    expect(error).toMatchObject({ code: "STORE_FAILED" });
    expect((error as Error).message).toContain("127.0.0.1:1");
    expect((error as Error).message).not.toContain("s3cret-pass");
  });

  it("answers the health probe, and says when closed", async () => {
    const { url } = await database();
    const ports = await openPostgresPorts(url);
    expect(await ports.store.ping()).toEqual({ ok: true });
    await ports.close();
    expect(await ports.store.ping()).toMatchObject({ ok: false });
    await ports.close();
  });
});
