// The per-topic summaries on PostgreSQL (migration 9: topic_days and topic_stories, kept by a
// trigger on memberships) and what they are for: they stay equal to a recount from memberships
// through every kind of write, and a /brief of a large topic reads a small part of its rows.
import pg from "pg";
import { afterEach, expect, it } from "vitest";
import type { Store } from "../../../src/core/ports.ts";
import { openPostgresPorts, type PostgresPorts } from "../../../src/store/postgres/postgres-ports.ts";
import { brief, doc, filler, topic } from "../helpers.ts";
import { multiplyDocuments } from "./bulk.ts";
import { describePostgres, tempDatabase } from "./pg-server.ts";

const NOW = new Date("2026-04-10T12:00:00Z");
const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function open(poolSize = 4): Promise<{ ports: PostgresPorts; url: string }> {
  const database = await tempDatabase();
  cleanups.push(database.drop);
  const ports = await openPostgresPorts(database.url, { clock: () => NOW, poolSize });
  cleanups.push(() => ports.close());
  await ports.store.upsertTopic(topic("weather"));
  await ports.store.upsertTopic(topic("alpine"));
  return { ports, url: database.url };
}

const EVENTS = [
  {
    actors: [
      { name: "Mara Quell", mentions: 3 },
      { name: "Varnholt", type: "place" as const, mentions: 4 },
    ],
    points: [
      "Flood waters in the Varnholt valley rose again, cutting the main roads.",
      "Mayor Mara Quell ordered the evacuation of the lower Varnholt districts.",
    ],
  },
  {
    actors: [
      { name: "Ilse Brandt", mentions: 3 },
      { name: "Brenn", type: "place" as const, mentions: 2 },
    ],
    points: [
      "Scientists measured record summer melting on the Brenn glacier.",
      "Glaciologist Ilse Brandt said the Brenn ice lost a tenth of its mass.",
    ],
  },
];

/** Article `n` of event `e` on `day`; its id. */
async function add(store: Store, e: number, n: number, day: string, topics: string[]): Promise<string> {
  const event = EVENTS[e]!;
  const document = doc(`Report ${e}-${n}. ${filler(300 + e * 100 + n, 120)}`, {
    title: `Report ${e}-${n}`,
    date: day,
    source: `Source ${n % 3}`,
    url: `https://source${n % 3}.example/${e}/${n}`,
  });
  await store.addDocument(
    document,
    brief(document, {
      keyPoints: event.points,
      actors: event.actors,
      quotes: [
        {
          text: `Words number ${n} of event ${e}, said plainly`,
          speaker: { name: event.actors[0]!.name, type: "person" },
        },
      ],
    }),
    topics,
  );
  return document.id;
}

/** The summaries as stored, rows a removal emptied left out (a recount has none). */
async function summaries(pool: pg.Pool): Promise<unknown> {
  const days = await pool.query(
    `SELECT topic, day, documents, story_documents, stories_ending FROM topic_days
     WHERE documents <> 0 OR story_documents <> 0 OR stories_ending <> 0 ORDER BY topic, day`,
  );
  const stories = await pool.query(
    "SELECT topic, story, documents, last_day FROM topic_stories ORDER BY topic, story",
  );
  return { days: days.rows, stories: stories.rows };
}

/** Rows of memberships, key points and quotes the server counts as read (sequential and by index). */
async function rowsRead(url: string): Promise<Record<string, number>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query(
      `SELECT t.relname AS name, (coalesce(t.seq_tup_read, 0) + coalesce(sum(i.idx_tup_read), 0))::int AS n
       FROM pg_stat_user_tables t LEFT JOIN pg_stat_user_indexes i ON i.relid = t.relid
       WHERE t.relname IN ('memberships', 'key_points', 'quotes') GROUP BY t.relname, t.seq_tup_read`,
    );
    return Object.fromEntries(rows.map((row) => [row.name, row.n]));
  } finally {
    await client.end();
  }
}

describePostgres("per-topic summaries (PostgreSQL)", () => {
  it("stay equal to a recount through adds, removals, rematches, re-extraction and story rebuilds", async () => {
    const { ports } = await open();
    const { store, pool } = { store: ports.store, pool: ports.store.pool };
    const ids: string[] = [];
    const days = ["2026-03-01", "2026-03-02", "2026-03-02", "2026-03-04", "2026-03-05", "2026-03-07"];
    for (const [n, day] of days.entries()) {
      ids.push(await add(store, n % 2, n, day, n % 3 === 0 ? ["weather", "alpine"] : ["weather"]));
    }
    const check = async () => {
      const kept = await summaries(pool);
      await pool.query("SELECT briefbot_rebuild_topic_summaries()");
      expect(kept).toEqual(await summaries(pool));
    };
    await check();
    expect(((await summaries(pool)) as { stories: unknown[] }).stories.length).toBeGreaterThan(0);
    // The newest article of a story, then one in the middle of another.
    await store.removeDocument(ids[5]!);
    await check();
    await store.removeDocument(ids[2]!);
    await check();
    // Leaving a topic by a rematch, joining one (its story assigned then).
    await store.setRuleTopics(ids[3]!, ["alpine"]);
    await check();
    await store.setRuleTopics(ids[1]!, ["weather", "alpine"]);
    await store.topicBrief("alpine", { now: NOW });
    await check();
    await store.replaceBrief(
      ids[0]!,
      brief(doc("x"), { keyPoints: ["Flood waters in the Varnholt valley rose again."] }),
    );
    await check();
    await store.rebuildStories();
    await check();
    await add(store, 0, 10, "2026-03-08", ["weather"]);
    await check();
  });

  it("a /brief of a 6,000-document topic reads a small part of its memberships, key points and quotes", async () => {
    // One connection: the briefs run on the session whose statistics are flushed below.
    const { ports, url } = await open(1);
    const store = ports.store;
    // 60 unrelated articles (a story each) on 60 days, copied a hundred times. (A topic of many
    // long-running stories ending in its newest weeks reads more: see stories.ts.)
    for (let n = 0; n < 60; n++) {
      const day = `2026-0${1 + (n % 3)}-${String(1 + (n % 28)).padStart(2, "0")}`;
      const document = doc(`Article ${n}. ${filler(500 + n, 120)}`, { title: `Article ${n}`, date: day });
      const [a, b, c] = filler(900 + n, 3).split(" ");
      await store.addDocument(
        document,
        brief(document, {
          keyPoints: [`The ${a} of article ${n} met the ${b}.`, `Then ${c} number ${n} followed.`],
          actors: [{ name: `Person ${n}` }, { name: `Place ${n}`, type: "place" }],
          quotes: [
            { text: `Quoted words ${n} about the ${a}`, speaker: { name: `Person ${n}`, type: "person" } },
          ],
        }),
        ["weather"],
      );
    }
    const grown = await multiplyDocuments(store.pool, 100);
    expect(grown.documents).toBe(6_000);
    await store.pool.query("VACUUM ANALYZE");
    await store.pool.query("SELECT pg_stat_force_next_flush()");
    const before = await rowsRead(url);
    const result = await store.topicBrief("weather", { now: NOW });
    await store.pool.query("SELECT pg_stat_force_next_flush()");
    const after = await rowsRead(url);
    expect(result.documentCount).toBe(6_000);
    expect(result.storyDocuments).toBe(6_000);
    expect(result.keyPoints.length).toBeGreaterThan(0);
    expect(result.quotes.length).toBeGreaterThan(0);
    const read = Object.fromEntries(
      Object.entries(after).map(([name, n]) => [name, n - (before[name] ?? 0)]),
    );
    // 6,000 memberships, 12,000 key points, 6,000 quotes. Before the summaries, the coverage, the
    // document count and the story ranking each read every membership, the key point candidates
    // every key point, and the prominent speakers' quotes walked every membership (over 30,000
    // membership rows in all). Now less than one pass over any of them: the newest days' points,
    // at most 200 quotes a prominent speaker, the stories that can reach the top.
    expect(read.memberships).toBeLessThan(6_000);
    expect(read.key_points).toBeLessThan(3_000);
    expect(read.quotes).toBeLessThan(2_000);
  });
});
