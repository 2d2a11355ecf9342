// The scale bench (`npm run bench:scale`): figures and ratios printed, nothing asserted.
//   1. Claims: S subscriptions due in the same minute claimed by 3 replicas (3 pools, each walking
//      the due slots in batches of 50 from a random batch, as the digest runner does): time and
//      duplicate claims.
//   2. A SQLite store of D generated documents (10 quotes each) copied by migrate-store: time,
//      counts.
//   3. On the copied PostgreSQL store and the SQLite source: /brief p50/p95 (the read cache
//      bypassed: a different minute each time) and quote search p50/p95 (a different limit each).
// Needs the PostgreSQL server of the tests (127.0.0.1:5432). Usage:
//   node --import tsx bench/scale.ts [subscriptions=100000] [documents=10000] [claim batch=50]
import { randomInt } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import type { QuoteQuery, Store } from "../src/core/ports.ts";
import { migrateStore } from "../src/store/migrate-store.ts";
import { openPostgresPorts } from "../src/store/postgres/postgres-ports.ts";
import { openSqlitePorts } from "../src/store/sqlite/sqlite-ports.ts";
import { insertSubscriptions, ledgerCounts } from "../test/store/postgres/bulk.ts";
import { tempDatabase } from "../test/store/postgres/pg-server.ts";
import { fillSqlite } from "./scale/migrate-bench.ts";
import { SPEAKERS, VOCABULARY } from "./scale/synthetic.ts";

const SUBSCRIPTIONS = Number(process.argv[2] ?? 100_000);
const DOCUMENTS = Number(process.argv[3] ?? 10_000);
/** Slots per claim transaction (the digest runner's default is 50). */
const BATCH = Number(process.argv[4] ?? 50);
const load = () =>
  loadavg()
    .map((n) => n.toFixed(1))
    .join(" ");
const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(p * values.length))] ?? Number.NaN;

async function claims(): Promise<void> {
  const database = await tempDatabase();
  const replicas = await Promise.all([0, 1, 2].map(() => openPostgresPorts(database.url, { poolSize: 4 })));
  try {
    const pool = replicas[0]!.store.pool;
    await replicas[0]!.store.upsertTopic({
      slug: "world",
      title: "World",
      description: "",
      match: { keywords: [], actors: [], minActors: 2 },
      feeds: [],
    });
    const ids = await insertSubscriptions(pool, SUBSCRIPTIONS, "world");
    const slot = "2026-01-11T08:00:00.000Z";
    const started = performance.now();
    const claimed = await Promise.all(
      replicas.map(async (replica, r) => {
        const batches = Math.ceil(ids.length / BATCH);
        const start = randomInt(batches);
        let got = 0;
        for (let n = 0; n < batches; n++) {
          const from = ((start + n) % batches) * BATCH;
          const batch = ids.slice(from, from + BATCH);
          const entries = await replica.digests.claimMany(
            batch.map((id) => ({
              subscriptionId: id,
              slot,
              owner: `replica-${r}`,
              leaseUntil: "2026-01-11T08:10:00.000Z",
              firstWindowFrom: "2026-01-10T08:00:00.000Z",
              now: slot,
            })),
          );
          got += entries.length;
        }
        return got;
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    const ledger = await ledgerCounts(pool);
    console.log(
      `claims: ${SUBSCRIPTIONS} due slots claimed by 3 replicas, batches of ${BATCH}, in ${seconds.toFixed(2)} s ` +
        `(${claimed.join(" + ")} = ${claimed.reduce((a, b) => a + b, 0)}; ledger rows ${ledger.rows}, ` +
        `duplicate claims ${ledger.rows - ledger.subscriptions}) [load ${load()}]`,
    );
  } finally {
    for (const replica of replicas) await replica.close();
    await database.drop();
  }
}

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
    await sqlite.close();
    await postgres.close();
  } finally {
    await database.drop();
    rmSync(dir, { recursive: true, force: true });
  }
}

console.log(`bench:scale: ${SUBSCRIPTIONS} subscriptions, ${DOCUMENTS} documents [load ${load()}]`);
if (SUBSCRIPTIONS > 0) await claims();
if (DOCUMENTS > 0) await documents();
