// addDocuments (migrate-store's batches) against addDocument one at a time, on two PostgreSQL
// databases fed the same corpus in the same order: the same rows come out (duplicates and
// near-duplicate links, memberships with their stories and assignment numbers, quotes, actor
// tallies), and each batch is one write transaction (the store version moves once a batch).
import { afterEach, expect, it } from "vitest";
import type { PostgresPorts } from "../../../src/store/postgres/postgres-ports.ts";
import { topic } from "../helpers.ts";
import { corpus } from "./corpus.ts";
import { describePostgres } from "./pg-server.ts";
import { tempPostgres } from "./pg-store.ts";

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function store(): Promise<PostgresPorts> {
  const { ports, cleanup } = await tempPostgres();
  cleanups.push(cleanup);
  await ports.store.upsertTopic(topic("alpha"));
  await ports.store.upsertTopic(topic("beta"));
  return ports;
}

/** Everything a copy must reproduce, keyed by document id rather than by seq. */
async function snapshot(ports: PostgresPorts): Promise<Record<string, unknown[]>> {
  const query = async (sql: string) => (await ports.store.pool.query(sql)).rows;
  return {
    documents: await query(
      `SELECT d.id, r.id AS duplicate_of, d.day, d.extracted FROM documents d
       LEFT JOIN documents r ON r.seq = d.duplicate_of ORDER BY d.seq`,
    ),
    memberships: await query(
      `SELECT d.id, m.topic, m.day, m.counted, m.pinned, m.story, m.story_seq FROM memberships m
       JOIN documents d ON d.seq = m.doc_seq ORDER BY m.topic, m.story_seq, d.id`,
    ),
    quotes: await query(
      `SELECT d.id, q.text, q.speaker_name FROM quotes q JOIN documents d ON d.seq = q.doc_seq
       ORDER BY d.seq, q.sentence, q.text`,
    ),
    tallies: await query(
      `SELECT t.topic, a.name, a.type, t.documents FROM topic_actors t JOIN actors a ON a.id = t.actor_id
       ORDER BY t.topic, a.type, a.name`,
    ),
  };
}

const version = async (ports: PostgresPorts): Promise<number> =>
  (await ports.store.pool.query("SELECT version::int AS v FROM store_version WHERE id = 1")).rows[0].v;

describePostgres("addDocuments: batches stored as if one at a time (PostgreSQL)", () => {
  it("gives the same documents, links, stories, quotes and tallies as addDocument, one transaction a batch", async () => {
    const items = corpus(60, 5);
    const one = await store();
    const results = [];
    for (const item of items) {
      results.push(
        await one.store.addDocument(item.document, item.brief, item.topics, { addedAt: item.addedAt }),
      );
    }
    const many = await store();
    const start = await version(many);
    const batched = [];
    const size = 7;
    for (let from = 0; from < items.length; from += size) {
      batched.push(
        ...(await many.store.addDocuments(
          items.slice(from, from + size).map((item) => ({
            document: item.document,
            brief: item.brief,
            topics: item.topics,
            options: { addedAt: item.addedAt },
          })),
        )),
      );
    }
    expect(batched).toEqual(results);
    // The corpus has copies and near-duplicates, or the comparison would not cover them.
    expect(new Set(results.map((result) => result.status))).toEqual(
      new Set(["added", "duplicate", "near-duplicate", "not-english"]),
    );
    expect(await snapshot(many)).toEqual(await snapshot(one));
    const stories = (await snapshot(one)).memberships as Array<{ story: string | null }>;
    expect(stories.some((row) => row.story !== null)).toBe(true);
    expect((await version(many)) - start).toBe(Math.ceil(items.length / size));
  });

  it("rejects a batch naming an unknown topic, storing none of it", async () => {
    const ports = await store();
    const [first, second] = corpus(2, 1);
    await expect(
      ports.store.addDocuments([
        { document: first!.document, brief: first!.brief, topics: first!.topics },
        { document: second!.document, brief: second!.brief, topics: ["no-such-topic"] },
      ]),
    ).rejects.toThrow(/no-such-topic/);
    expect((await ports.store.pool.query("SELECT count(*)::int AS n FROM documents")).rows[0].n).toBe(0);
  });
});
