// Opens a database for the digest ledger alone (tests, the kill test's child process): the same
// checks, settings and migrations as the store, without loading documents.
import type Database from "better-sqlite3";
import type { DigestStore } from "../../core/digest/digest-store.ts";
import { createSqliteDigestStore } from "./digest-store.ts";
import { openSqliteDatabase } from "./open.ts";

/** An open, migrated database with the digest store on it. */
export interface DigestDatabase {
  db: Database.Database;
  digests: DigestStore;
  close(): void;
}

/** Opens (creating) a SQLite file in WAL mode, applies the migrations, returns the digest store. */
export function openDigestDatabase(path: string): DigestDatabase {
  const db = openSqliteDatabase(path);
  return { db, digests: createSqliteDigestStore(db), close: () => db.close() };
}
