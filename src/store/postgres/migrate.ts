// Applies the numbered migrations at start under a session advisory lock, so that replicas starting
// at once migrate once: the first takes the lock and migrates, the others wait for it and then find
// nothing left to do. Each migration runs in its own transaction, recorded in schema_migrations.

import type pg from "pg";
import { BriefbotError } from "../../core/errors.ts";
import { type Pool, rows, storeError } from "./db.ts";
import { MIGRATIONS, type Migration } from "./migrations/index.ts";

/** The advisory lock key of migrations (any constant shared by every replica). */
const MIGRATION_LOCK = 7_261_011_301;

/** Applies every migration newer than the database; returns the versions this call applied. */
export async function migrate(pool: Pool, migrations: readonly Migration[] = MIGRATIONS): Promise<number[]> {
  const versions = migrations.map((migration) => migration.version);
  versions.forEach((version, index) => {
    if (!Number.isInteger(version) || version !== index + 1) {
      throw new BriefbotError(
        "STORE_FAILED",
        `migrations must be numbered 1, 2, 3... in order; found ${versions.join(", ")}`,
      );
    }
  });
  let client: pg.PoolClient;
  try {
    client = await pool.connect();
  } catch (error) {
    throw storeError(error);
  }
  try {
    // Session-level: held across the per-migration transactions, released in `finally`.
    await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK]);
    try {
      await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
        version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`);
      const applied = new Set(
        (await rows<{ version: number }>(client, "SELECT version FROM schema_migrations")).map(
          (row) => row.version,
        ),
      );
      const newest = Math.max(0, ...applied);
      if (newest > migrations.length) {
        throw new BriefbotError(
          "STORE_FAILED",
          `the database is at schema version ${newest}, newer than this briefbot (${migrations.length}): upgrade briefbot`,
        );
      }
      const done: number[] = [];
      for (const migration of migrations) {
        if (applied.has(migration.version)) continue;
        await client.query("BEGIN");
        try {
          await client.query(migration.sql);
          await client.query(
            "INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)",
            [migration.version, migration.name, new Date().toISOString()],
          );
          await client.query("COMMIT");
        } catch (error) {
          await client.query("ROLLBACK").catch(() => {});
          throw new BriefbotError(
            "STORE_FAILED",
            `migration ${migration.version} (${migration.name}) failed: ${(error as Error).message}`,
            { cause: error },
          );
        }
        done.push(migration.version);
      }
      return done;
    } finally {
      await client.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK]).catch(() => {});
    }
  } catch (error) {
    throw storeError(error);
  } finally {
    client.release();
  }
}
