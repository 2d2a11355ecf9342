// The PostgreSQL the tests use: the server at 127.0.0.1:5432 (trust auth, database `test`, as on
// this machine and in CI), or the one BRIEFBOT_TEST_PG_URL names; a fresh database per test or
// file (tempDatabase), dropped afterwards.
//
// When no server answers, the same tests run on PGlite instead (pglite-databases.ts: PostgreSQL
// compiled to wasm, in this process), so `npm test` still runs every statement of the store.
// Only suites that start replicas as separate processes cannot (an in-process database is not
// reachable from another process): those are skipped, saying why. BRIEFBOT_TEST_PG_URL=pglite
// picks PGlite without asking for a server. In CI (CI set) a missing server fails the run
// instead: CI has one and must test against it. Outside vitest (the benches import tempDatabase)
// there is no fallback: a figure measured on PGlite is not a PostgreSQL figure.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { describe, it } from "vitest";

const DEFAULT_URL = "postgres://postgres@127.0.0.1:5432/test";
const setting = process.env.BRIEFBOT_TEST_PG_URL?.trim() || undefined;
const forcePglite = setting === "pglite";

/** The maintenance connection: creates and drops the per-test databases. */
export const ADMIN_URL = setting !== undefined && !forcePglite ? setting : DEFAULT_URL;

if (!URL.canParse(ADMIN_URL) || !/^postgres(ql)?:$/.test(new URL(ADMIN_URL).protocol)) {
  throw new Error(
    "BRIEFBOT_TEST_PG_URL: expected a server URL such as postgres://postgres@127.0.0.1:5432/test, " +
      `or pglite; got ${JSON.stringify(setting)}`,
  );
}

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

/** The server's URL without a password, for messages. */
function shownUrl(): string {
  const url = new URL(ADMIN_URL);
  if (url.password) url.password = "***";
  return url.toString();
}

/** Why the server cannot be used, or null when it can (checked once per test file). */
export const unreachable: string | null = forcePglite
  ? "not asked: BRIEFBOT_TEST_PG_URL=pglite"
  : await reachable();

const inCi = Boolean(process.env.CI) && process.env.CI !== "0" && process.env.CI !== "false";
const underVitest = process.env.VITEST !== undefined;

/** Where the PostgreSQL tests of this process run: the server, PGlite, or nowhere (CI, benches). */
export const backend: "server" | "pglite" | "none" =
  unreachable === null ? "server" : forcePglite || (underVitest && !inCi) ? "pglite" : "none";

// The PGlite code (and its wasm) is loaded only when used, so that runs on a server never load it.
if (backend === "pglite") await (await import("./pglite-databases.ts")).prepareDataDir();

/** Why the server is not used, for messages. */
const noServer = forcePglite
  ? "BRIEFBOT_TEST_PG_URL=pglite"
  : `no PostgreSQL server at ${shownUrl()} (${unreachable})`;

let told = false;
/** One line per test file on stderr: the reader of a run sees where its PostgreSQL tests went. */
function tell(line: string): void {
  if (told) return;
  told = true;
  process.stderr.write(`\n${line}\n`);
}

/** What a suite needs beyond one database in this process. */
type SuiteKind = "plain" | "replica-processes" | "in-process-replicas";

function describeOn(kind: SuiteKind, name: string, body: () => void): void {
  if (backend === "server") {
    describe(name, body);
    return;
  }
  if (backend === "none") {
    const where = inCi ? "CI must run the PostgreSQL tests (CI is set)" : "outside vitest";
    describe(name, () => {
      it("needs the PostgreSQL server", () => {
        throw new Error(`${noServer}: ${where}`);
      });
    });
    return;
  }
  if (kind === "replica-processes") {
    const why = `${noServer}, and PGlite runs inside this process, where replica processes cannot reach it`;
    tell(`WARNING: PostgreSQL replica-process tests SKIPPED: ${why}`);
    describe(`${name} [SKIPPED: needs a PostgreSQL server]`, () => {
      // The summary names skips by their note: this one carries the reason for the suite.
      it("starts replicas as separate processes", (context) => context.skip(why));
      describe.skip("its tests", body);
    });
    return;
  }
  tell(`PostgreSQL tests run on PGlite (in-process): ${noServer}`);
  const note = kind === "in-process-replicas" ? " (one session: the replicas' transactions take turns)" : "";
  describe(`${name} [PGlite]${note}`, body);
}

/**
 * `describe` for tests that need PostgreSQL: on the server, else on PGlite; with no backend (CI
 * without its server) one failing test says why.
 */
export function describePostgres(name: string, body: () => void): void {
  describeOn("plain", name, body);
}

/**
 * describePostgres for a suite that starts replicas as separate processes: they cannot reach an
 * in-process PGlite, so without a server the suite is skipped, saying why.
 */
export function describeReplicaProcesses(name: string, body: () => void): void {
  describeOn("replica-processes", name, body);
}

/**
 * describePostgres for a suite that runs several replicas' pools in this process at once: on
 * PGlite's one session their transactions take turns, and the suite's name says so (their
 * locking against each other is tested on a server only).
 */
export function describeInProcessReplicas(name: string, body: () => void): void {
  describeOn("in-process-replicas", name, body);
}

/** A new empty database with a random name; `drop()` removes it (and ends its connections). */
export async function tempDatabase(): Promise<{ url: string; name: string; drop: () => Promise<void> }> {
  if (backend === "pglite") {
    const { pgliteDatabase } = await import("./pglite-databases.ts");
    return pgliteDatabase();
  }
  if (backend === "none") throw new Error(`${noServer}: tempDatabase needs a server here`);
  const name = `briefbot_t_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
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
