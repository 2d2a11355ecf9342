// Opens a database for the digest ledger alone (tests, the kill test's child process): the same
// settings and migrations as the store, without loading documents.
import Database from "better-sqlite3";
import type { DigestStore } from "../core/digest/digest-store.ts";
import { createSqliteDigestStore } from "./sqlite-digest-store.ts";
import { BUSY_TIMEOUT_MS } from "./sqlite-errors.ts";
import { migrate } from "./sqlite-migrate.ts";

/** An open, migrated database with the digest store on it. */
export interface DigestDatabase {
  db: Database.Database;
  digests: DigestStore;
  close(): void;
}

/** Opens (creating) a SQLite file in WAL mode, applies the migrations, returns the digest store. */
export function openDigestDatabase(path: string): DigestDatabase {
  const db = new Database(path);
  db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`); // before WAL, as the store: a concurrent open may lock
  db.pragma("journal_mode = WAL");
  db.pragma("foreign_keys = ON");
  db.pragma("synchronous = NORMAL"); // as the store: durable across a process crash (WAL)
  migrate(db);
  return { db, digests: createSqliteDigestStore(db), close: () => db.close() };
}
