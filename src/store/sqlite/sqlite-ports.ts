// Every port on one SQLite connection: the store, the digest ledger and subscriptions, and the
// digest source, so that a digest and the documents it covers share one transaction log.
import type { Clock, StorePorts } from "../../core/ports.ts";
import { createSqliteDigestSource } from "./digest-source.ts";
import { createSqliteDigestStore } from "./digest-store.ts";
import { createSqliteInstallationStore } from "./installations.ts";
import { openSqliteDatabase } from "./open.ts";
import { SqliteStore } from "./store.ts";

/** Options of openSqlitePorts. */
export interface OpenSqliteOptions {
  /** The clock that stamps added documents (tests and digests pass their own). */
  clock?: Clock;
}

/** The ports on SQLite; `store` is the concrete class for SQLite's own tests and the bench. */
export interface SqlitePorts extends StorePorts {
  store: SqliteStore;
}

/** Opens (creating) and migrates the database at `path` (":memory:" allowed): the store alone. */
export function openSqliteStore(path: string, options: OpenSqliteOptions = {}): SqliteStore {
  return new SqliteStore(openSqliteDatabase(path), options.clock ?? (() => new Date()));
}

/** Opens (creating) and migrates the database at `path` (":memory:" allowed) with every port on it. */
export async function openSqlitePorts(path: string, options: OpenSqliteOptions = {}): Promise<SqlitePorts> {
  const store = openSqliteStore(path, options);
  const { db } = store;
  return {
    store,
    digests: createSqliteDigestStore(db),
    digestSource: createSqliteDigestSource(db),
    installations: createSqliteInstallationStore(db),
    close: () => store.close(),
  };
}
