// The connection pool and the few helpers every PostgreSQL module uses: a query that returns rows,
// a transaction on one pooled client, and PostgreSQL's errors as STORE_FAILED in plain words.
import pg from "pg";
import { BriefbotError } from "../../core/errors.ts";

/** What the store's modules run queries on: the pool, or one client inside a transaction. */
export interface Queryable {
  query(text: string, values?: unknown[]): Promise<{ rows: unknown[]; rowCount: number | null }>;
}

/** A pool of connections to one database. */
export type Pool = pg.Pool;

/** The URL without its password, for messages and logs. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return "(an invalid URL)";
  }
}

// count(*) and sum() are bigint, which pg returns as text: every count here fits a double.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));

/** Opens a pool for `url` without `pg`, or returns undefined to leave it to `pg`. */
export type InProcessPools = (url: string, options: { max?: number }) => Pool | undefined;

let inProcessPools: InProcessPools | undefined;

/**
 * For the tests only: on a machine without a PostgreSQL server, the test helper serves its
 * databases from in-process PGlite instances (test/store/postgres/pglite-pool.ts) and registers
 * them here, so that the store code under test runs unchanged. Production never sets it.
 */
export function setInProcessPools(open: InProcessPools | undefined): void {
  inProcessPools = open;
}

/** A pool on `url` (postgres://...). Connections open lazily; `max` bounds them per process. */
export function createPool(url: string, options: { max?: number } = {}): Pool {
  const inProcess = inProcessPools?.(url, options);
  if (inProcess) return inProcess;
  const pool = new pg.Pool({
    connectionString: url,
    max: options.max ?? 10,
    connectionTimeoutMillis: 5000,
    idleTimeoutMillis: 30_000,
    application_name: "briefbot",
    // No JIT compiling: every statement here is short, and a plan whose estimated cost passes
    // jit_above_cost (quote search's UNION ALL of id ranges, counted as if every range ran) spent
    // up to 1.8 s compiling what runs in milliseconds.
    options: "-c jit=off",
  });
  // An idle client losing its connection (server restart) must not crash the process: the pool
  // drops it and the next query opens another.
  pool.on("error", () => {});
  return pool;
}

/** PostgreSQL SQLSTATE classes -> plain words. */
const MESSAGES: ReadonlyArray<[RegExp, string]> = [
  [/^(40001|40P01|55P03)$/, "the database is busy, try again"],
  [/^53/, "the database server is out of resources (disk, memory or connections)"],
  [/^(25006|42501)$/, "the database is read-only or not writable by this user"],
  [/^(08|57P)/, "the connection to the database was lost"],
];

/** The coded error for a failed query, or the error itself when it is not one we know. */
export function storeError(error: unknown): unknown {
  if (error instanceof BriefbotError) return error;
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === "string") {
    const message = MESSAGES.find(([pattern]) => pattern.test(code))?.[1];
    if (message) return new BriefbotError("STORE_FAILED", message, { cause: error });
  }
  if (code === "ECONNREFUSED" || code === "ENOTFOUND" || code === "ETIMEDOUT") {
    return new BriefbotError("STORE_FAILED", "cannot reach the database server", { cause: error });
  }
  return error;
}

/** Whether an error is a unique-key violation (another writer inserted the same row first). */
export const isUniqueViolation = (error: unknown): boolean =>
  (error as { code?: unknown } | null)?.code === "23505";

/** Runs a query, returning its rows typed as the caller expects, errors coded. */
export async function rows<T>(db: Queryable, text: string, values: unknown[] = []): Promise<T[]> {
  try {
    return (await db.query(text, values)).rows as T[];
  } catch (error) {
    throw storeError(error);
  }
}

/** Runs a statement, returning how many rows it changed. */
export async function run(db: Queryable, text: string, values: unknown[] = []): Promise<number> {
  try {
    return (await db.query(text, values)).rowCount ?? 0;
  } catch (error) {
    throw storeError(error);
  }
}

/**
 * Runs `fn` in one transaction on one client of the pool; rolls back when it throws. `begin` may
 * add parameterless statements to the BEGIN (one round trip for all: the simple query protocol).
 */
export async function transaction<T>(
  pool: Pool,
  fn: (client: Queryable) => Promise<T>,
  begin = "BEGIN",
): Promise<T> {
  let client: pg.PoolClient;
  try {
    client = await pool.connect();
  } catch (error) {
    throw storeError(error);
  }
  try {
    await client.query(begin);
    const result = await fn(client);
    await client.query("COMMIT");
    return result;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw storeError(error);
  } finally {
    client.release();
  }
}
