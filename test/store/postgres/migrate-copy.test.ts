// migrate-store's two ways of writing documents, on one SQLite install: "copy" (rows, links,
// memberships and story assignments as the source stored them; a batch in a few statements) and
// "replay" (each document added again as addDocument would). Copy gives the rows replay gives
// (links, quotes with their search vectors, key points, actors, aliases, tallies), and the stories
// the source assigned at ingest, which replay does not when a document joined a topic after others
// (matched to it by its rules later). "auto" copies into a
// fresh or resumed target and replays into one holding documents the source lacks.
import Database from "better-sqlite3";
import type pg from "pg";
import { afterEach, expect, it } from "vitest";
import { migrateStore } from "../../../src/store/migrate-store.ts";
import { openPostgresPorts } from "../../../src/store/postgres/postgres-ports.ts";
import { openSqlitePorts } from "../../../src/store/sqlite/sqlite-ports.ts";
import { doc, tempDir, topic } from "../helpers.ts";
import { corpus } from "./corpus.ts";
import { describePostgres, tempDatabase } from "./pg-server.ts";

const NOW = new Date("2026-01-02T12:00:00Z");
const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function sqliteInstall(): Promise<string> {
  const dir = tempDir();
  cleanups.push(dir.cleanup);
  const path = `${dir.dir}/briefbot.db`;
  const ports = await openSqlitePorts(path, { clock: () => NOW });
  await ports.store.upsertTopic(topic("alpha"));
  await ports.store.upsertTopic(topic("beta"));
  const items = corpus(50, 4);
  for (const item of items) {
    await ports.store.addDocument(item.document, item.brief, item.topics, { addedAt: item.addedAt });
  }
  // An early document matched to a second topic by its rules after all the others: it joins a
  // story there last.
  expect(items[1]!.topics).toEqual(["beta"]);
  expect(await ports.store.setRuleTopics(items[1]!.document.id, ["alpha", "beta"])).toEqual({
    joined: ["alpha"],
    left: [],
  });
  await ports.close();
  return path;
}

async function target(): Promise<{ url: string; pool: () => Promise<pg.Pool> }> {
  const database = await tempDatabase();
  cleanups.push(database.drop);
  return {
    url: database.url,
    pool: async () => {
      const ports = await openPostgresPorts(database.url, { clock: () => NOW });
      cleanups.push(() => ports.close());
      return ports.store.pool;
    },
  };
}

/** Everything the two ways must agree on, keyed by ids and names rather than seqs. */
async function rowsOf(pool: pg.Pool): Promise<Record<string, unknown[]>> {
  const query = async (sql: string) => (await pool.query(sql)).rows;
  return {
    documents: await query(
      `SELECT d.id, r.id AS duplicate_of, d.canonical_url, d.day, d.language, d.extracted, d.added_at,
         encode(d.minhash, 'hex') AS minhash, b.body
       FROM documents d JOIN document_bodies b ON b.doc_seq = d.seq
       LEFT JOIN documents r ON r.seq = d.duplicate_of ORDER BY d.seq`,
    ),
    bands: await query(
      "SELECT d.id, count(*)::int AS n, sum(b.band)::text AS s FROM near_dup_bands b JOIN documents d ON d.seq = b.doc_seq GROUP BY d.id ORDER BY d.id",
    ),
    extracts: await query(
      "SELECT d.id, e.brief_json FROM extracts e JOIN documents d ON d.seq = e.doc_seq ORDER BY d.id",
    ),
    memberships: await query(
      `SELECT d.id, m.topic, m.day, m.counted, m.pinned FROM memberships m
       JOIN documents d ON d.seq = m.doc_seq ORDER BY d.id, m.topic`,
    ),
    // Alias order within a speaker's text is not fixed (string_agg): compare the lexemes.
    quotes: await query(
      `SELECT d.id, q.sentence, q.start, q.text, q.speaker_name, q.speaker_type, a.name AS actor,
         (SELECT array_agg(x ORDER BY x) FROM unnest(tsvector_to_array(q.search)) x) AS lexemes,
         (SELECT array_agg(x ORDER BY x) FROM unnest(tsvector_to_array(strip(q.search))) x) AS stripped
       FROM quotes q JOIN documents d ON d.seq = q.doc_seq LEFT JOIN actors a ON a.id = q.speaker_actor_id
       ORDER BY q.id`,
    ),
    weights: await query(
      `SELECT d.id, q.sentence, q.search FROM quotes q JOIN documents d ON d.seq = q.doc_seq
       WHERE q.speaker_actor_id IS NULL ORDER BY q.id`,
    ),
    keyPoints: await query(
      `SELECT d.id, k.rank, k.sentence, k.text, k.score, k.weight FROM key_points k
       JOIN documents d ON d.seq = k.doc_seq ORDER BY d.id, k.rank`,
    ),
    actors: await query(
      `SELECT a.name, a.type, array_agg(x.alias_key ORDER BY x.alias_key) AS aliases FROM actors a
       JOIN actor_aliases x ON x.actor_id = a.id GROUP BY a.id ORDER BY a.id`,
    ),
    documentActors: await query(
      `SELECT d.id, a.name, a.type, x.mentions FROM document_actors x JOIN documents d ON d.seq = x.doc_seq
       JOIN actors a ON a.id = x.actor_id ORDER BY d.id, a.name, a.type`,
    ),
    roles: await query(
      `SELECT d.id, a.name, r.role FROM actor_roles r JOIN documents d ON d.seq = r.doc_seq
       JOIN actors a ON a.id = r.actor_id ORDER BY d.id, a.name, r.role`,
    ),
    tallies: await query(
      `SELECT t.topic, a.name, a.type, t.mentions, t.documents FROM topic_actors t
       JOIN actors a ON a.id = t.actor_id ORDER BY t.topic, a.type, a.name`,
    ),
  };
}

type Assignment = { id: string; topic: string; story: string | null; story_seq: number | null };

async function storiesOf(pool: pg.Pool): Promise<Assignment[]> {
  return (
    await pool.query(
      `SELECT d.id, m.topic, m.story, m.story_seq FROM memberships m JOIN documents d ON d.seq = m.doc_seq
       ORDER BY m.topic, d.id`,
    )
  ).rows;
}

function sourceStories(path: string): Assignment[] {
  const db = new Database(path, { readonly: true });
  try {
    return db
      .prepare(
        `SELECT d.id, m.topic, m.story, m.story_seq FROM memberships m JOIN documents d ON d.seq = m.doc_seq
         ORDER BY m.topic, d.id COLLATE BINARY`,
      )
      .all() as Assignment[];
  } finally {
    db.close();
  }
}

describePostgres("migrate-store: copying as stored against replaying", () => {
  it("copies the rows replay writes and the stories the source assigned", async () => {
    const path = await sqliteInstall();
    const copyTarget = await target();
    const replayTarget = await target();
    const copied = await migrateStore(path, copyTarget.url, () => {}, { batch: 7 });
    const replayed = await migrateStore(path, replayTarget.url, () => {}, { batch: 7, mode: "replay" });
    expect(copied.mode).toBe("copy");
    expect(replayed.mode).toBe("replay");
    expect(copied.mismatches).toEqual([]);
    expect(copied.target).toEqual(replayed.target);

    const copy = await copyTarget.pool();
    const replay = await replayTarget.pool();
    const a = await rowsOf(copy);
    const b = await rowsOf(replay);
    // The corpus has near-duplicates, repeats, unnamed speakers and a document without a brief.
    expect(a.documents!.some((row) => (row as { duplicate_of: string | null }).duplicate_of !== null)).toBe(
      true,
    );
    expect(a.weights!.length).toBeGreaterThan(0);
    for (const key of Object.keys(b)) expect(a[key], key).toEqual(b[key]);

    const source = sourceStories(path);
    expect(source.some((row) => row.story !== null)).toBe(true);
    expect(await storiesOf(copy)).toEqual(source);
    // The per-topic summaries /brief reads (kept by a trigger on memberships) agree with the rows
    // copied: rebuilding them from scratch changes nothing.
    const summaries = async () => ({
      days: (await copy.query("SELECT * FROM topic_days ORDER BY topic, day")).rows,
      stories: (await copy.query("SELECT * FROM topic_stories ORDER BY topic, story")).rows,
    });
    const kept = await summaries();
    expect(kept.stories.length).toBeGreaterThan(0);
    await copy.query("SELECT briefbot_rebuild_topic_summaries()");
    expect(await summaries()).toEqual(kept);
    // Replaying groups a first copy when it is copied, not when it joined the topic at the source:
    // the assignment numbers differ (this is what copying keeps).
    expect(await storiesOf(replay)).not.toEqual(source);

    // The copy's briefs answer as the source's.
    const before = await openSqlitePorts(path, { clock: () => NOW });
    const after = await openPostgresPorts(copyTarget.url, { clock: () => NOW });
    cleanups.push(
      () => before.close(),
      () => after.close(),
    );
    for (const slug of ["alpha", "beta"]) {
      expect(await after.store.topicBrief(slug, { now: NOW })).toEqual(
        await before.store.topicBrief(slug, { now: NOW }),
      );
    }
    // And a document added afterwards joins a story there as it would at the source.
    const late = doc("A late report on the harbour council budget vote.", { date: "2025-12-20" });
    await before.store.addDocument(late, null, ["alpha"]);
    await after.store.addDocument(late, null, ["alpha"]);
    expect(await storiesOf(after.store.pool)).toEqual(sourceStories(path));
  });

  it("replays into a target holding a document the source lacks, and copies a resumed one", async () => {
    const path = await sqliteInstall();
    const foreign = await target();
    const ports = await openPostgresPorts(foreign.url, { clock: () => NOW });
    await ports.store.upsertTopic(topic("alpha"));
    await ports.store.addDocument(doc("Only in the target: a report nobody copied."), null, ["alpha"]);
    await ports.close();
    const report = await migrateStore(path, foreign.url);
    expect(report.mode).toBe("replay");
    expect(report.target.documents).toBe(report.source.documents! + 1);

    const resumed = await target();
    await expect(
      migrateStore(
        path,
        resumed.url,
        (done) => {
          if (done === 14) throw new Error("interrupted");
        },
        { batch: 7 },
      ),
    ).rejects.toThrow("interrupted");
    const again = await migrateStore(path, resumed.url, () => {}, { batch: 7 });
    expect(again).toMatchObject({ mode: "copy", documentsAlreadyThere: 14, mismatches: [] });
    expect(await storiesOf(await resumed.pool())).toEqual(sourceStories(path));
  });
});
