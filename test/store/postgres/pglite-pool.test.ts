// The PGlite pool the PostgreSQL tests fall back on without a server (pglite-pool.ts): it must
// behave as the store code expects of a `pg` Pool, or a suite passing on PGlite would prove
// nothing. It runs on PGlite whether or not a server answers (PGlite is a dev dependency).
import { afterAll, beforeAll, expect, it } from "vitest";
import { isUniqueViolation, type Pool, rows, transaction } from "../../../src/store/postgres/db.ts";
import { freshPGlite } from "./pglite-databases.ts";
import { PGlitePool, PGliteSession } from "./pglite-pool.ts";

let session: PGliteSession;
const pool = (): Pool => new PGlitePool(session) as unknown as Pool;

beforeAll(async () => {
  // A short wait for the session, so that the deadlock case below fails fast.
  session = await PGliteSession.open(await freshPGlite(), 300);
  await pool().query("CREATE TABLE t (id INTEGER PRIMARY KEY, note TEXT, data BYTEA)");
  // The first PGlite on a machine runs initdb: seconds of CPU, more on a loaded machine.
}, 120_000);
afterAll(async () => {
  await session?.close();
});

it("parses values as pg does from a server: bigint counts as numbers, bytea as Buffers", async () => {
  const a = pool();
  // Without values: the simple protocol, several statements in one round trip (as BEGIN ...).
  await a.query(
    "DELETE FROM t; INSERT INTO t VALUES (1, 'one', '\\x0102'); INSERT INTO t VALUES (2, 'two', NULL)",
  );
  const [row] = await rows<{ n: number; data: Buffer }>(
    a,
    "SELECT count(*) AS n, (SELECT data FROM t WHERE id = $1) AS data FROM t",
    [1],
  );
  expect(row?.n).toBe(2);
  expect(Buffer.isBuffer(row?.data)).toBe(true);
  expect([...(row?.data ?? [])]).toEqual([1, 2]);
  expect((await a.query("UPDATE t SET note = note || '!' WHERE id >= $1", [1])).rowCount).toBe(2);
});

it("gives PostgreSQL's errors with their SQLSTATE, as the store's error mapping reads them", async () => {
  const error = await pool()
    .query("INSERT INTO t (id, note) VALUES (1, 'again')")
    .catch((caught: unknown) => caught);
  expect(isUniqueViolation(error)).toBe(true);
  await expect(pool().query("SELECT * FROM missing_table")).rejects.toMatchObject({ code: "42P01" });
});

it("lends the session to one transaction at a time: another pool waits for its commit", async () => {
  const writer = pool();
  const reader = pool();
  const client = await writer.connect();
  await client.query("BEGIN");
  await client.query("INSERT INTO t (id, note) VALUES (10, 'inside')");
  const seen = reader.query("SELECT note FROM t WHERE id = 10");
  // The reader is queued behind the open transaction, not run inside it.
  expect(reader.waitingCount).toBe(1);
  await client.query("ROLLBACK");
  client.release();
  expect((await seen).rows).toEqual([]);
  // A transaction through the store's helper commits, and the other pool sees it after.
  await transaction(writer, (db) => db.query("INSERT INTO t (id, note) VALUES (11, 'kept')"));
  expect((await reader.query("SELECT note FROM t WHERE id = 11")).rows).toEqual([{ note: "kept" }]);
  expect(writer.waitingCount).toBe(0);
});

it("fails, saying why, when a held client waits on another query of the same database", async () => {
  const a = pool();
  const client = await a.connect();
  try {
    await expect(pool().query("SELECT 1")).rejects.toThrow(/one session.*needs a PostgreSQL server/);
  } finally {
    client.release();
  }
  // Released, the session serves again.
  expect((await a.query("SELECT 1 AS one")).rows).toEqual([{ one: 1 }]);
});

it("refuses a pool after end(), as pg does, while the database's other pools go on", async () => {
  const ended = pool();
  const other = pool();
  await ended.end();
  await expect(ended.query("SELECT 1")).rejects.toThrow(/after calling end/);
  await expect(ended.connect()).rejects.toThrow(/after calling end/);
  expect((await other.query("SELECT count(*) AS n FROM t")).rows[0]).toHaveProperty("n");
});
