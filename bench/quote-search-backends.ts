// Quote search on SQLite (FTS5) and PostgreSQL (tsvector + GIN) over the same generated store:
// p50/p95 of a mix of queries (common and rare words, phrases, prefixes, speaker and topic
// filters). Needs the PostgreSQL server of the tests (127.0.0.1:5432, database `test`); makes a
// database of its own and drops it. Usage: node --import tsx bench/quote-search-backends.ts [quotes]
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { QuoteQuery, Store } from "../src/core/ports.ts";
import type { DocumentBrief, SourceDocument } from "../src/core/schemas.ts";
import { openPostgresPorts } from "../src/store/postgres/postgres-ports.ts";
import { openSqlitePorts } from "../src/store/sqlite/sqlite-ports.ts";
import { tempDatabase } from "../test/store/postgres/pg-server.ts";

const QUOTES = Number(process.argv[2] ?? 100_000);
const PER_DOC = 10;
let state = 42;
const random = (n: number) => {
  state = (state * 1103515245 + 12345) % 2147483648;
  return state % n;
};
const SYLLABLES = [
  "ka",
  "lo",
  "mi",
  "ne",
  "tor",
  "vas",
  "qui",
  "ber",
  "sun",
  "dal",
  "rey",
  "fo",
  "gin",
  "pla",
];
const VOCABULARY = Array.from({ length: 4000 }, (_, i) => {
  let word = "";
  for (let n = i + 7; n > 0; n = Math.floor(n / SYLLABLES.length)) word += SYLLABLES[n % SYLLABLES.length];
  return word;
});
// Zipf-like: word k is drawn with weight ~1/k.
const zipf = () =>
  VOCABULARY[
    Math.min(
      VOCABULARY.length - 1,
      Math.floor(Math.exp((random(1_000_000) / 1_000_000) * Math.log(VOCABULARY.length))) - 1,
    )
  ]!;
const SPEAKERS = Array.from({ length: 300 }, (_, i) => ({
  name: `${VOCABULARY[i + 50]!} ${VOCABULARY[i + 900]!}`,
  alias: VOCABULARY[i + 900]!,
}));

function documentAt(i: number): { document: SourceDocument; brief: DocumentBrief; topics: string[] } {
  const body = `Document ${i}. ${Array.from({ length: 60 }, zipf).join(" ")}.`;
  const document: SourceDocument = {
    id: `doc${i}`,
    title: `Document ${i}`,
    date: `2025-${String(1 + (i % 12)).padStart(2, "0")}-${String(1 + (i % 28)).padStart(2, "0")}`,
    source: null,
    url: null,
    license: null,
    author: null,
    body,
  };
  const speakers = [SPEAKERS[random(SPEAKERS.length)]!, SPEAKERS[random(SPEAKERS.length)]!];
  const brief: DocumentBrief = {
    document: { id: document.id, title: document.title, date: document.date, source: null, url: null },
    keyPoints: [{ text: `Document ${i}.`, sentence: 0, score: 1 }],
    actors: speakers.map((s) => ({
      name: s.name,
      type: "person",
      aliases: [s.alias],
      mentions: 2,
      roles: [],
    })),
    quotes: Array.from({ length: PER_DOC }, (_, q) => {
      const text = Array.from({ length: 8 + random(12) }, zipf).join(" ");
      return {
        text,
        speaker: { name: speakers[q % 2]!.name, type: "person" as const },
        sentence: q,
        start: 0,
        end: text.length,
      };
    }),
  };
  return { document, brief, topics: [i % 3 === 0 ? "alpha" : "beta"] };
}

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
  await store.upsertTopic({
    slug: "alpha",
    title: "alpha",
    description: "",
    match: { keywords: [], actors: [], minActors: 2 },
    feeds: [],
  });
  await store.upsertTopic({
    slug: "beta",
    title: "beta",
    description: "",
    match: { keywords: [], actors: [], minActors: 2 },
    feeds: [],
  });
  const documents = Math.ceil(QUOTES / PER_DOC);
  for (let i = 0; i < documents; i++) {
    const { document, brief, topics } = documentAt(i);
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
  state = 42;
  const sqlite = await openSqlitePorts(join(dir, "bench.db"));
  await fill(sqlite.store, "sqlite");
  const postgres = await openPostgresPorts(database.url);
  state = 42;
  await fill(postgres.store, "postgres");
  await measure(sqlite.store, "sqlite (FTS5)");
  await measure(postgres.store, "postgres (tsvector + GIN)");
  await sqlite.close();
  await postgres.close();
} finally {
  await database.drop();
  rmSync(dir, { recursive: true, force: true });
}
