// The scale bench (`npm run bench:scale`): figures and ratios printed, nothing asserted.
//   1. Claims: S subscriptions due in the same minute claimed by 3 replica processes, each doing
//      what the digest runner does in a tick before posting (list, one ledger look-up, claims in
//      the runner's batch order; bench/scale/claims-bench.ts): time, CPU and duplicate claims.
//   2. A SQLite store of D generated documents (10 quotes each) copied by migrate-store: time,
//      counts.
//   3. On the copied PostgreSQL store and the SQLite source: /brief p50/p95 (the read cache
//      bypassed: a different minute each time) and quote search p50/p95 (a different limit each).
//   4. With multiply > 1: the PostgreSQL copy's documents multiplied in SQL (same days, topics and
//      quotes, ids and stories of their own) and read again: 10,000 x 10 = 100,000 documents,
//      1,000,000 quotes.
// Needs the PostgreSQL server of the tests (127.0.0.1:5432). Usage:
//   node --import tsx bench/scale.ts [subscriptions=100000] [documents=10000] [claim batch=the runner's] [multiply=1]
import { mkdtempSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import type { QuoteQuery, Store } from "../src/core/ports.ts";
import { DEFAULT_CLAIM_BATCH } from "../src/scheduler/digest-runner.ts";
import { migrateStore } from "../src/store/migrate-store.ts";
import { openPostgresPorts } from "../src/store/postgres/postgres-ports.ts";
import { openSqlitePorts } from "../src/store/sqlite/sqlite-ports.ts";
import { multiplyDocuments } from "../test/store/postgres/bulk.ts";
import { tempDatabase } from "../test/store/postgres/pg-server.ts";
import { claimsBench } from "./scale/claims-bench.ts";
import { fillSqlite } from "./scale/migrate-bench.ts";
import { SPEAKERS, VOCABULARY } from "./scale/synthetic.ts";

const SUBSCRIPTIONS = Number(process.argv[2] ?? 100_000);
const DOCUMENTS = Number(process.argv[3] ?? 10_000);
/** Slots per claim statement (the digest runner's default unless given). */
const BATCH = Number(process.argv[4] ?? DEFAULT_CLAIM_BATCH);
/** Then the PostgreSQL copy multiplied this many times in SQL (test/store/postgres/bulk.ts) and read again. */
const MULTIPLY = Number(process.argv[5] ?? 1);
const load = () =>
  loadavg()
    .map((n) => n.toFixed(1))
    .join(" ");
const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(p * values.length))] ?? Number.NaN;

const QUERIES: QuoteQuery[] = [
  ...Array.from({ length: 6 }, (_, i) => ({ words: VOCABULARY[i]! })),
  ...Array.from({ length: 6 }, (_, i) => ({ words: VOCABULARY[500 + i * 37]! })),
  ...Array.from({ length: 6 }, (_, i) => ({ words: VOCABULARY[3000 + i * 50]! })),
  ...Array.from({ length: 6 }, (_, i) => ({ words: `"${VOCABULARY[i]} ${VOCABULARY[i + 1]}"` })),
  ...Array.from({ length: 6 }, (_, i) => ({ words: `${VOCABULARY[i * 3]!.slice(0, 3)}*` })),
  ...Array.from({ length: 6 }, (_, i) => ({ words: VOCABULARY[i * 2]!, speaker: SPEAKERS[i]!.alias })),
  ...Array.from({ length: 6 }, (_, i) => ({ words: VOCABULARY[i * 5]!, topic: "alpha" })),
];

async function reads(store: Store, label: string): Promise<{ brief: number; quotes: number }> {
  const briefs: number[] = [];
  for (let i = 0; i < 40; i++) {
    const now = new Date(Date.UTC(2026, 0, 1) + i * 60_000); // another minute: no cached answer
    const started = performance.now();
    await store.topicBrief(["alpha", "beta", "gamma"][i % 3]!, { now });
    briefs.push(performance.now() - started);
  }
  const searches: number[] = [];
  let call = 0;
  for (let round = 0; round < 3; round++) {
    for (const query of QUERIES) {
      const started = performance.now();
      await store.searchQuotes({ ...query, limit: 10 + (call++ % 90) });
      searches.push(performance.now() - started);
    }
  }
  const p = (values: number[]) =>
    `p50 ${percentile(values, 0.5).toFixed(1)} / p95 ${percentile(values, 0.95).toFixed(1)} ms`;
  console.log(`${label}: /brief ${p(briefs)}; quote search ${p(searches)} [load ${load()}]`);
  return { brief: percentile(briefs, 0.95), quotes: percentile(searches, 0.95) };
}

async function documents(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "briefbot-scale-"));
  const database = await tempDatabase();
  try {
    const path = join(dir, "source.db");
    const filled = await fillSqlite(path, DOCUMENTS);
    console.log(
      `SQLite source: ${DOCUMENTS} documents, ${DOCUMENTS * 10} quotes written in ${filled.toFixed(1)} s [load ${load()}]`,
    );
    const started = performance.now();
    const report = await migrateStore(path, database.url);
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `migrate-store: ${report.documentsCopied} documents in ${seconds.toFixed(1)} s (${((seconds * 1000) / DOCUMENTS).toFixed(1)} ms each), ` +
        `counts ${report.mismatches.length === 0 ? "equal" : `DIFFER (${report.mismatches.join(", ")})`} [load ${load()}]`,
    );
    const sqlite = await openSqlitePorts(path);
    const postgres = await openPostgresPorts(database.url);
    const s = await reads(sqlite.store, `SQLite, ${DOCUMENTS} documents`);
    const g = await reads(postgres.store, `PostgreSQL, ${DOCUMENTS} documents`);
    console.log(
      `ratios PostgreSQL / SQLite at p95: /brief ${(g.brief / s.brief).toFixed(2)}, quote search ${(g.quotes / s.quotes).toFixed(2)}`,
    );
    if (MULTIPLY > 1) {
      const started = performance.now();
      const grown = await multiplyDocuments(postgres.store.pool, MULTIPLY);
      console.log(
        `PostgreSQL store multiplied by ${MULTIPLY} in SQL: ${grown.documents} documents, ${grown.quotes} quotes ` +
          `in ${((performance.now() - started) / 1000).toFixed(1)} s [load ${load()}]`,
      );
      await reads(postgres.store, `PostgreSQL, ${grown.documents} documents (${grown.quotes} quotes)`);
    }
    await sqlite.close();
    await postgres.close();
  } finally {
    await database.drop();
    rmSync(dir, { recursive: true, force: true });
  }
}

console.log(`bench:scale: ${SUBSCRIPTIONS} subscriptions, ${DOCUMENTS} documents [load ${load()}]`);
if (SUBSCRIPTIONS > 0) await claimsBench(SUBSCRIPTIONS, BATCH);
if (DOCUMENTS > 0) await documents();
