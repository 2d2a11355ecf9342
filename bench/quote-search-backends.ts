// Quote search on SQLite (FTS5) and PostgreSQL (tsvector + GIN) over the same generated store:
// p50/p95 of a mix of queries (common and rare words, phrases, prefixes, speaker and topic
// filters), on the scale bench's generated documents (bench/scale/synthetic.ts). Needs the PostgreSQL server of the tests (127.0.0.1:5432, database `test`); makes a
// database of its own and drops it. Usage: node --import tsx bench/quote-search-backends.ts [quotes]
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { QuoteQuery, Store } from "../src/core/ports.ts";
import { openPostgresPorts } from "../src/store/postgres/postgres-ports.ts";
import { openSqlitePorts } from "../src/store/sqlite/sqlite-ports.ts";
import { tempDatabase } from "../test/store/postgres/pg-server.ts";
import { SPEAKERS, seeded, syntheticDocument, TOPICS, VOCABULARY } from "./scale/synthetic.ts";

const QUOTES = Number(process.argv[2] ?? 100_000);
/** Quotes in each generated document (bench/scale/synthetic.ts). */
const PER_DOC = 10;

const QUERIES: QuoteQuery[] = [
  ...Array.from({ length: 8 }, (_, i) => ({ words: VOCABULARY[i]! })), // the most common words
  ...Array.from({ length: 8 }, (_, i) => ({ words: VOCABULARY[500 + i * 37]! })),
  ...Array.from({ length: 8 }, (_, i) => ({ words: VOCABULARY[3000 + i * 50]! })), // rare
  ...Array.from({ length: 8 }, (_, i) => ({ words: `"${VOCABULARY[i]} ${VOCABULARY[i + 1]}"` })),
  ...Array.from({ length: 8 }, (_, i) => ({ words: `${VOCABULARY[i * 3]!.slice(0, 3)}*` })),
  ...Array.from({ length: 8 }, (_, i) => ({ words: VOCABULARY[i * 2]!, speaker: SPEAKERS[i]!.alias })),
  ...Array.from({ length: 8 }, (_, i) => ({ words: VOCABULARY[i * 5]!, topic: "alpha" })),
];

async function fill(store: Store, label: string): Promise<void> {
  const started = Date.now();
  for (const topic of TOPICS) await store.upsertTopic(topic);
  // The same seed for both backends: the same documents.
  const random = seeded(42);
  const documents = Math.ceil(QUOTES / PER_DOC);
  for (let i = 0; i < documents; i++) {
    const { document, brief, topics } = syntheticDocument(i, random);
    await store.addDocument(document, brief, topics, {
      addedAt: new Date(Date.UTC(2025, 0, 1) + i * 60_000),
    });
  }
  console.log(
    `${label}: ${documents} documents, ${documents * PER_DOC} quotes stored in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
}

async function measure(store: Store, label: string): Promise<void> {
  for (const query of QUERIES) await store.searchQuotes({ ...query, limit: 9 }); // warm up
  const times: number[] = [];
  let call = 0;
  for (let round = 0; round < 5; round++) {
    for (const query of QUERIES) {
      // A different limit each time a query repeats, so SQLite's read cache never answers.
      const limit = 10 + (call++ % 90);
      const started = performance.now();
      await store.searchQuotes({ ...query, limit });
      times.push(performance.now() - started);
    }
  }
  times.sort((a, b) => a - b);
  const at = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]!.toFixed(2);
  console.log(`${label}: ${times.length} searches, p50 ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${at(1)} ms`);
}

const dir = mkdtempSync(join(tmpdir(), "briefbot-bench-"));
const database = await tempDatabase();
try {
  const sqlite = await openSqlitePorts(join(dir, "bench.db"));
  await fill(sqlite.store, "sqlite");
  const postgres = await openPostgresPorts(database.url);
  await fill(postgres.store, "postgres");
  await measure(sqlite.store, "sqlite (FTS5)");
  await measure(postgres.store, "postgres (tsvector + GIN)");
  await sqlite.close();
  await postgres.close();
} finally {
  await database.drop();
  rmSync(dir, { recursive: true, force: true });
}
