// The store's health probe (/healthz): can this connection take the write lock right now?
import type { StoreHealth } from "../../core/ports.ts";

/** The part of a better-sqlite3 Database the probe uses (tests pass a watched one). */
export interface SqliteHandle {
  exec(sql: string): unknown;
  pragma(source: string, options?: { simple: boolean }): unknown;
  readonly inTransaction: boolean;
  readonly open: boolean;
}

const OK: StoreHealth = { ok: true };

/**
 * Takes the write lock (BEGIN IMMEDIATE), makes a tiny write (a table created) and rolls it back.
 * A locked database (SQLITE_BUSY), a read-only file or a closed handle fail it. Nothing reaches
 * the disk, so a full disk is not detected until a real write fails (docs/reliability.md).
 * Statements the store prepared re-prepare themselves after the schema change is rolled back.
 */
export function pingSqlite(db: SqliteHandle): StoreHealth {
  if (!db.open) return { ok: false, reason: "the store is closed" };
  // Synchronous driver: if a transaction is open right now, this process holds the lock and writes.
  if (db.inTransaction) return OK;
  // Waiting out the store's busy timeout here would freeze every adapter: probe with no wait,
  // then put the store's own timeout back.
  const saved = db.pragma("busy_timeout", { simple: true });
  if (typeof saved === "number" && saved > 0) db.pragma("busy_timeout = 0");
  try {
    db.exec("BEGIN IMMEDIATE");
  } catch (error) {
    return { ok: false, reason: `not writable: ${(error as Error).message}` };
  } finally {
    if (typeof saved === "number" && saved > 0) db.pragma(`busy_timeout = ${saved}`);
  }
  try {
    db.exec("CREATE TABLE briefbot_health_probe (x INTEGER)");
    return OK;
  } catch (error) {
    return { ok: false, reason: `not writable: ${(error as Error).message}` };
  } finally {
    db.exec("ROLLBACK");
  }
}
