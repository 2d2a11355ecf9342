// What a storage backend hands the contract suite: its ports, opened on an empty database with the
// suite's clock, a way to open the same database again, and a cleanup. A backend's test file
// (sqlite.contract.test.ts; later postgres) is a factory and one call of storeContract().
import type { Clock, StorePorts } from "../../../src/core/ports.ts";

/** An opened backend under test. */
export interface BackendUnderTest {
  ports: StorePorts;
  /** Closes `ports` and opens the same database again (migrations run again at open). */
  reopen(): Promise<StorePorts>;
  /** Closes whatever is open and removes the database. */
  cleanup(): Promise<void>;
}

/** Opens a backend on a fresh, empty database. */
export type BackendFactory = (options: { clock: Clock }) => Promise<BackendUnderTest>;
