// Bounds on the work of one quote search on PostgreSQL: a search ranks a bounded window of the
// newest matches, and reads about that many rows whatever the number of matches, because each id
// range is intersected with the query inside the GIN index (recency buckets, migration 7) before
// any row is fetched. Before, the newest matches were picked by sorting every match by id (all of
// them fetched from the heap) or by reading the table backwards until enough matched.
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { openPostgresPorts, type PostgresPorts } from "../../../src/store/postgres/postgres-ports.ts";
import { searchWindow } from "../../../src/store/postgres/queries.ts";
import { recencyRanges } from "../../../src/store/postgres/recency.ts";
import { brief, doc } from "../helpers.ts";
import { describePostgres, tempDatabase } from "./pg-server.ts";

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** Rows of `quotes` fetched by index and bitmap scans, as the server has counted them. */
async function quoteRowsFetched(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query(
      "SELECT (coalesce(idx_tup_fetch, 0) + seq_tup_read)::int AS n FROM pg_stat_user_tables WHERE relname = 'quotes'",
    );
    return rows[0].n;
  } finally {
    await client.end();
  }
}

describe("recency ranges", () => {
  it("cover every id once, newest first, each twice the one before, in aligned buckets", () => {
    const ranges = recencyRanges(1_000_000);
    expect(ranges[0]).toEqual({ from: 999_424, below: 1_003_520, buckets: "'~1.244'" });
    expect(ranges.at(-1)?.from).toBe(0);
    for (let i = 1; i < ranges.length; i++) {
      expect(ranges[i]!.below).toBe(ranges[i - 1]!.from);
      const span = ranges[i]!.below - ranges[i]!.from;
      expect(span === 2 * (ranges[i - 1]!.below - ranges[i - 1]!.from) || ranges[i]!.from === 0).toBe(true);
    }
    // Each bucket lexeme names ids inside its range, and together they cover it exactly.
    const size = { 1: 2 ** 12, 2: 2 ** 16, 3: 2 ** 20 } as const;
    for (const range of ranges) {
      let covered = 0;
      for (const [, level, n] of range.buckets.matchAll(/'~(\d)\.(\d+)'/g)) {
        const bucket = size[Number(level) as 1 | 2 | 3];
        expect(Number(n) * bucket).toBeGreaterThanOrEqual(range.from);
        expect((Number(n) + 1) * bucket).toBeLessThanOrEqual(range.below);
        covered += bucket;
      }
      expect(covered).toBe(range.below - range.from);
    }
    expect(recencyRanges(0)).toEqual([{ from: 0, below: 4096, buckets: "'~1.0'" }]);
  });
});

describePostgres("work of a quote search (PostgreSQL)", () => {
  it("reads about the window of newest matches, not every match, and finds rare words in old rows", async () => {
    const database = await tempDatabase();
    cleanups.push(database.drop);
    // One connection: the searches run on the session whose statistics are flushed below.
    const ports: PostgresPorts = await openPostgresPorts(database.url, { poolSize: 1 });
    cleanups.push(() => ports.close());
    const pool = ports.store.pool;
    const document = doc("A document that holds a great many quotes for the search bounds.");
    await ports.store.addDocument(document, brief(document, { quotes: [{ text: "first of many" }] }), []);
    // 100,000 more quotes: "needle" in every 50th (2,000 matches), "thimble" in the 5 oldest only.
    await pool.query(
      `INSERT INTO quotes (doc_seq, day, sentence, start, "end", text, search)
       SELECT d.seq, d.day, n, 0, 10, t, setweight(to_tsvector('briefbot_text', t), 'A')
       FROM documents d, generate_series(1, 100000) n,
         LATERAL (SELECT CASE WHEN n % 50 = 0 THEN 'needle and hay ' || n
                              WHEN n <= 5 THEN 'thimble and hay ' || n ELSE 'hay and straw ' || n END AS t) x
       ORDER BY n`,
    );
    await pool.query("ANALYZE quotes");
    // The trigger gave each row its buckets.
    const { rows: buckets } = await pool.query(
      "SELECT id, search::text AS search FROM quotes WHERE text = 'needle and hay 50000'",
    );
    expect(buckets[0].search).toContain(`'~1.${buckets[0].id >> 12}'`);
    expect(buckets[0].search).toContain(`'~2.${buckets[0].id >> 16}'`);

    await pool.query("SELECT pg_stat_force_next_flush()");
    const before = await quoteRowsFetched(database.url);
    const hits = await ports.store.searchQuotes({ words: "needle", limit: 10 });
    await pool.query("SELECT pg_stat_force_next_flush()");
    const fetched = (await quoteRowsFetched(database.url)) - before;

    expect(hits).toHaveLength(10);
    expect(hits.every((hit) => hit.text.startsWith("needle"))).toBe(true);
    // All ranked equal: the oldest of the window of newest matches come first, and they are recent.
    expect(Number(hits[0]!.text.split(" ").at(-1))).toBeGreaterThan(100_000 - 50 * searchWindow(10) * 3);
    // The window (200), what the last range read past it (at most twice the window), the hits.
    // Sorting every match by id fetched all 2,000; reading backwards, 50,000.
    expect(fetched).toBeLessThanOrEqual(3 * searchWindow(10) + 10);
    expect(fetched).toBeGreaterThanOrEqual(searchWindow(10));

    // A word found only in the oldest rows is still found: the ranges reach back to id 0.
    const rare = await ports.store.searchQuotes({ words: "thimble", limit: 10 });
    expect(rare.map((hit) => hit.text).sort()).toEqual([1, 2, 3, 4, 5].map((n) => `thimble and hay ${n}`));
  });
});
