// The numbered migrations, applied in order at start (src/store/sqlite-migrate.ts). A migration is
// plain SQL, so this list imports no driver. Never edit a migration that has shipped: add one.
import { coreMigration } from "./001-core.ts";
import { digestMigration } from "./002-digest.ts";

/** One schema change: applied once, in one transaction, recorded in schema_migrations. */
export interface Migration {
  /** 1, 2, 3...: strictly increasing, never reused. */
  version: number;
  name: string;
  sql: string;
}

/**
 * Every migration, in order. Version 2 is reserved for DIGEST (subscriptions and the digest
 * ledger): add `digestMigration` from ./002-digest.ts here as the second entry. Later store
 * changes take 3 and up.
 */
export const MIGRATIONS: readonly Migration[] = [coreMigration, digestMigration];
