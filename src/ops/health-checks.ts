// Ready-made health checks for startHealthServer. They take small structural types, not the
// adapters or the SQLite driver themselves, so src/ops imports no platform library nor database
// driver (DESIGN.md, rule 4) and tests can pass anything shaped the same.
import type { HealthCheck, HealthStatus } from "./health-server.ts";

const OK: HealthStatus = { ok: true };

/** The part of a better-sqlite3 Database the store check needs. */
export interface SqliteHandle {
  exec(sql: string): unknown;
  /** better-sqlite3's pragma(): used to probe without waiting out the store's busy timeout. */
  pragma?(source: string, options?: { simple: boolean }): unknown;
  readonly inTransaction?: boolean;
  readonly open?: boolean;
}

/**
 * The store is writable: take the write lock (BEGIN IMMEDIATE), make a tiny write (a table created)
 * and roll it back. A locked database (SQLITE_BUSY past the busy timeout), a read-only file or a
 * closed handle fail it. Nothing reaches the disk, so a full disk is not detected until a real
 * write fails (docs/reliability.md). Statements the store prepared re-prepare themselves after it.
 */
export function sqliteWritableCheck(db: SqliteHandle | (() => SqliteHandle | null)): HealthCheck {
  return () => {
    const handle = typeof db === "function" ? db() : db;
    if (handle === null) return { ok: false, reason: "the store is not open" };
    if (handle.open === false) return { ok: false, reason: "the store is closed" };
    // Synchronous driver: if a transaction is open right now, this process holds the lock and writes.
    if (handle.inTransaction) return OK;
    // The driver is synchronous: waiting out the store's busy timeout here would freeze every adapter.
    // Probe with no wait, then put the store's own timeout back.
    const saved = handle.pragma?.("busy_timeout", { simple: true });
    if (typeof saved === "number" && saved > 0) handle.pragma?.("busy_timeout = 0");
    try {
      handle.exec("BEGIN IMMEDIATE");
    } catch (error) {
      return { ok: false, reason: `not writable: ${(error as Error).message}` };
    } finally {
      if (typeof saved === "number" && saved > 0) handle.pragma?.(`busy_timeout = ${saved}`);
    }
    try {
      handle.exec("CREATE TABLE briefbot_health_probe (x INTEGER)");
      return OK;
    } catch (error) {
      return { ok: false, reason: `not writable: ${(error as Error).message}` };
    } finally {
      handle.exec("ROLLBACK");
    }
  };
}

/** A check from a boolean probe, e.g. `flagCheck(() => slack.connected, "slack is not connected")`. */
export function flagCheck(probe: () => boolean | Promise<boolean>, reason: string): HealthCheck {
  return async () => ((await probe()) ? OK : { ok: false, reason });
}

/** Something with a heartbeat: ok when its last beat is recent (the scheduler ticks every minute). */
export function heartbeatCheck(
  lastBeat: () => Date | null,
  maxAgeMs: number,
  now: () => Date = () => new Date(),
): HealthCheck {
  return () => {
    const beat = lastBeat();
    if (beat === null) return { ok: false, reason: "not started" };
    const age = now().getTime() - beat.getTime();
    return age <= maxAgeMs ? OK : { ok: false, reason: `last ran ${Math.round(age / 1000)} s ago` };
  };
}
