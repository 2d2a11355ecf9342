// Every port on one PostgreSQL pool: the store, the digest ledger and subscriptions, and the
// digest source. Opening migrates under an advisory lock, so replicas may start together.
import { BriefbotError } from "../../core/errors.ts";
import type { Clock, StorePorts } from "../../core/ports.ts";
import { createPool, redactUrl } from "./db.ts";
import { createPostgresDigestSource } from "./digest-source.ts";
import { createPostgresDigestStore } from "./digest-store.ts";
import { createPostgresInstallationStore } from "./installations.ts";
import { migrate } from "./migrate.ts";
import { PostgresStore } from "./store.ts";

/** Options of openPostgresPorts. */
export interface OpenPostgresOptions {
  /** The clock that stamps added documents (tests and digests pass their own). */
  clock?: Clock;
  /** Connections at most in this process's pool (default 10). */
  poolSize?: number;
}

/** The ports on PostgreSQL; `store` is the concrete class for the backend's own tests and tools. */
export interface PostgresPorts extends StorePorts {
  store: PostgresStore;
}

/** Connects to `url` (postgres://...), migrates, and returns every port on one pool. */
export async function openPostgresPorts(
  url: string,
  options: OpenPostgresOptions = {},
): Promise<PostgresPorts> {
  const pool = createPool(url, options.poolSize === undefined ? {} : { max: options.poolSize });
  try {
    await migrate(pool);
  } catch (error) {
    await pool.end().catch(() => {});
    const reason = error instanceof Error ? error.message : String(error);
    throw new BriefbotError(
      "STORE_FAILED",
      `cannot open the database ${redactUrl(url)} (BRIEFBOT_DATABASE_URL): ${reason}`,
      { cause: error },
    );
  }
  const store = new PostgresStore(pool, options.clock ?? (() => new Date()));
  return {
    store,
    digests: createPostgresDigestStore(pool),
    digestSource: createPostgresDigestSource(pool),
    installations: createPostgresInstallationStore(pool),
    close: () => store.close(),
  };
}
