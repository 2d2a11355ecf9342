// Applies the numbered migrations at start: each one in its own transaction, recorded in
// schema_migrations, so a crash mid-migration leaves the previous version intact.
import type Database from "better-sqlite3";
import { BriefbotError } from "../../core/errors.ts";
import { MIGRATIONS, type Migration } from "./migrations/index.ts";

/** Applies every migration newer than the database; returns the versions applied. */
export function migrate(db: Database.Database, migrations: readonly Migration[] = MIGRATIONS): number[] {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`);
  const versions = migrations.map((migration) => migration.version);
  versions.forEach((version, index) => {
    if (!Number.isInteger(version) || version !== index + 1) {
      throw new BriefbotError(
        "STORE_FAILED",
        `migrations must be numbered 1, 2, 3... in order; found ${versions.join(", ")}`,
      );
    }
  });
  const applied = new Set(
    (db.prepare("SELECT version FROM schema_migrations").all() as Array<{ version: number }>).map(
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
    db.transaction(() => {
      db.exec(migration.sql);
      db.prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)").run(
        migration.version,
        migration.name,
        new Date().toISOString(),
      );
    })();
    done.push(migration.version);
  }
  return done;
}
