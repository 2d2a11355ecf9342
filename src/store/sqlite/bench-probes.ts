// What bench/store.ts reads straight from the SQLite database besides the ports: row counts,
// samples of stored actors and quote texts to build queries from, and a WAL checkpoint before the
// file is measured. Here so that no SQL lives outside src/store (DESIGN.md, rule 4).
import type { SqliteStore } from "./store.ts";

/** Counts and samples of one SQLite store, for the store bench. */
export function benchProbes(store: SqliteStore) {
  const { db } = store;
  const count = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
  return {
    /** Quotes stored, near-duplicates' included (none are indexed) or not. */
    quotes: (options: { countedOnly?: boolean } = {}) =>
      options.countedOnly
        ? count(
            "SELECT count(*) AS n FROM quotes q JOIN documents d ON d.seq = q.doc_seq WHERE d.duplicate_of IS NULL",
          )
        : count("SELECT count(*) AS n FROM quotes"),
    /** Documents counted in a topic. */
    topicDocuments: (topic: string) =>
      (
        db.prepare("SELECT count(*) AS n FROM memberships WHERE topic = ? AND counted = 1").get(topic) as {
          n: number;
        }
      ).n,
    /** Up to 500 stored people, in storage order. */
    people: () =>
      db.prepare("SELECT name, type FROM actors WHERE type = 'person' LIMIT 500").all() as Array<{
        name: string;
        type: "person";
      }>,
    /** Every 97th stored quote text, up to 400. */
    quoteSample: () =>
      (
        db.prepare("SELECT text FROM quotes WHERE id % 97 = 0 LIMIT 400").all() as Array<{ text: string }>
      ).map((row) => row.text),
    /** Folds the WAL into the database file, so that its size is the store's size. */
    checkpoint: () => {
      db.pragma("wal_checkpoint(TRUNCATE)");
    },
  };
}
