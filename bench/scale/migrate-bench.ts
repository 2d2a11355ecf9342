// migrate-store at scale: a SQLite store of N generated documents (bench/scale/synthetic.ts) copied
// into a fresh PostgreSQL database by `migrateStore`, timed, counts compared.
// Usage: node --import tsx bench/scale/migrate-bench.ts [documents]
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { migrateStore } from "../../src/store/migrate-store.ts";
import { openSqlitePorts } from "../../src/store/sqlite/sqlite-ports.ts";
import { tempDatabase } from "../../test/store/postgres/pg-server.ts";
import { seeded, syntheticDocument, TOPICS } from "./synthetic.ts";

/** Fills a SQLite file with `count` generated documents; returns the seconds it took. */
export async function fillSqlite(path: string, count: number): Promise<number> {
  const started = performance.now();
  const ports = await openSqlitePorts(path);
  try {
    for (const topic of TOPICS) await ports.store.upsertTopic(topic);
    const random = seeded(7);
    for (let i = 0; i < count; i++) {
      const { document, brief, topics } = syntheticDocument(i, random);
      await ports.store.addDocument(document, brief, topics, {
        addedAt: new Date(Date.UTC(2025, 0, 1) + i * 60_000),
      });
    }
  } finally {
    await ports.close();
  }
  return (performance.now() - started) / 1000;
}

/** Copies a SQLite store of `count` documents into PostgreSQL; prints and returns the figures. */
export async function migrateBench(count: number): Promise<{ seconds: number; equal: boolean }> {
  const dir = mkdtempSync(join(tmpdir(), "briefbot-migrate-bench-"));
  const database = await tempDatabase();
  try {
    const path = join(dir, "source.db");
    const filled = await fillSqlite(path, count);
    console.log(`migrate-store: SQLite source of ${count} documents written in ${filled.toFixed(1)} s`);
    const started = performance.now();
    const report = await migrateStore(path, database.url);
    const seconds = (performance.now() - started) / 1000;
    const equal = report.mismatches.length === 0;
    console.log(
      `migrate-store: ${report.documentsCopied} documents copied in ${seconds.toFixed(1)} s ` +
        `(${((seconds * 1000) / Math.max(1, count)).toFixed(2)} ms each); counts ${equal ? "equal" : `DIFFER: ${report.mismatches.join(", ")}`} ` +
        JSON.stringify(report.target),
    );
    return { seconds, equal };
  } finally {
    await database.drop();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await migrateBench(Number(process.argv[2] ?? 10_000));
}
