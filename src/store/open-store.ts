// The one way the application opens its storage: every port of the configured backend. SQLite is
// the only backend today; a second one (PostgreSQL) is chosen here and passes the same contract
// suite (test/store/contract/).
import type { Clock, StorePorts } from "../core/ports.ts";
import { openSqlitePorts } from "./sqlite/sqlite-ports.ts";

/** What opening the storage needs from the configuration. */
export interface StoreSettings {
  /** BRIEFBOT_DB: a SQLite file, or ":memory:". */
  BRIEFBOT_DB: string;
}

/** Opens and migrates the configured backend; throws STORE_FAILED naming what could not be opened. */
export function openStorePorts(
  settings: StoreSettings,
  options: { clock?: Clock } = {},
): Promise<StorePorts> {
  return openSqlitePorts(settings.BRIEFBOT_DB, options);
}
