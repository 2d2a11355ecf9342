// The one way the application opens its storage: every port of the configured backend. SQLite by
// default; PostgreSQL when BRIEFBOT_DATABASE_URL is set. Both pass the same contract suite
// (test/store/contract/).
import type { Clock, StorePorts } from "../core/ports.ts";
import { redactUrl } from "./postgres/db.ts";
import { openPostgresPorts } from "./postgres/postgres-ports.ts";
import { openSqlitePorts } from "./sqlite/sqlite-ports.ts";

/** What opening the storage needs from the configuration. */
export interface StoreSettings {
  /** BRIEFBOT_DB: a SQLite file, or ":memory:" (used when no database URL is set). */
  BRIEFBOT_DB: string;
  /** BRIEFBOT_DATABASE_URL: postgres://... to use PostgreSQL instead of SQLite. */
  BRIEFBOT_DATABASE_URL?: string | undefined;
}

/** Opens and migrates the configured backend; throws STORE_FAILED naming what could not be opened. */
export function openStorePorts(
  settings: StoreSettings,
  options: { clock?: Clock } = {},
): Promise<StorePorts> {
  if (settings.BRIEFBOT_DATABASE_URL) return openPostgresPorts(settings.BRIEFBOT_DATABASE_URL, options);
  return openSqlitePorts(settings.BRIEFBOT_DB, options);
}

/** The configured database in words, without a password (/healthz): "postgresql postgres://..." or "sqlite PATH". */
export function describeDatabase(settings: StoreSettings): string {
  if (settings.BRIEFBOT_DATABASE_URL) return `postgresql ${redactUrl(settings.BRIEFBOT_DATABASE_URL)}`;
  return `sqlite ${settings.BRIEFBOT_DB}`;
}
