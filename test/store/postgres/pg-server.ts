// The PostgreSQL server the tests use (127.0.0.1:5432, trust auth, database `test`, as on this
// machine and in CI): a fresh database per test file, dropped afterwards. When the server is not
// reachable the PostgreSQL tests are skipped with the reason in their names and a warning, and in
// CI (CI=true) they fail instead.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { describe, it } from "vitest";

/** The maintenance connection: creates and drops the per-file databases. */
export const ADMIN_URL = "postgres://postgres@127.0.0.1:5432/test";

async function reachable(): Promise<string | null> {
  const client = new pg.Client({ connectionString: ADMIN_URL, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
    return null;
  } catch (error) {
    return (error as Error).message || String(error);
  } finally {
    await client.end().catch(() => {});
  }
}

/** Why the server cannot be used, or null when it can (checked once per test file). */
export const unreachable: string | null = await reachable();

/**
 * `describe` for tests that need the server. Without it: skipped, named and warned about; in CI,
 * one failing test that says why.
 */
export function describePostgres(name: string, body: () => void): void {
  if (unreachable === null) {
    describe(name, body);
    return;
  }
  const reason = `no PostgreSQL server at 127.0.0.1:5432 (${unreachable})`;
  if (process.env.CI === "true") {
    describe(name, () => {
      it("needs the PostgreSQL server (CI=true)", () => {
        throw new Error(`${reason}: CI must run the PostgreSQL tests`);
      });
    });
    return;
  }
  process.stderr.write(`\nWARNING: PostgreSQL tests SKIPPED: ${reason}\n`);
  describe.skip(`${name} [SKIPPED: ${reason}]`, body);
}

/** A new empty database with a random name; `drop()` removes it (and ends its connections). */
export async function tempDatabase(): Promise<{ url: string; name: string; drop: () => Promise<void> }> {
  const name = `briefbot_t_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = ADMIN_URL.replace(/\/test$/, `/${name}`);
  return {
    url,
    name,
    drop: async () => {
      const client = new pg.Client({ connectionString: ADMIN_URL });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}
