// The tests' PostgreSQL databases when no server answers: each one a PGlite instance (PostgreSQL
// compiled to wasm, in this process, in memory) under a URL that only this process knows. The
// store code opens that URL as usual; db.ts's in-process hook hands it a PGlitePool instead of a
// `pg` Pool, so every statement of the store runs on a real PostgreSQL, unchanged.
//
// What the store asks of PostgreSQL, on PGlite 0.5 (PostgreSQL 18; the test server is 15): the
// unaccent extension of migration 1 is a contrib module loaded below; session and transaction
// advisory locks and FOR NO KEY UPDATE SKIP LOCKED run, though with one session they never wait
// and nothing is ever skipped; the read cache is a version row (no LISTEN/NOTIFY), which works;
// SET LOCAL synchronous_commit is accepted. What cannot be had is a second session: see
// pglite-pool.ts, and pg-server.ts for the suites that need separate processes.
import { randomBytes } from "node:crypto";
import { readFileSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
// Migration 1 creates the unaccent extension; PGlite ships each contrib extension as its own
// module, loaded into the instance when it starts.
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";
import { type Pool, setInProcessPools } from "../../../src/store/postgres/db.ts";
import { PGlitePool, PGliteSession } from "./pglite-pool.ts";

const EXTENSIONS = { unaccent };

/** The sessions of this process's open databases, by URL. */
const sessions = new Map<string, PGliteSession>();

/** The installed PGlite's version (the cached data directory below belongs to it). */
function pgliteVersion(): string {
  // The package's exports do not include package.json: find it beside the resolved entry point.
  const entry = createRequire(import.meta.url).resolve("@electric-sql/pglite");
  const manifest = JSON.parse(readFileSync(join(dirname(entry), "..", "package.json"), "utf8"));
  return String(manifest.version);
}

let template: Promise<Blob> | undefined;

/**
 * A freshly initialised, empty data directory (initdb's output, no extension created) as a tar.
 * initdb costs seconds of CPU while loading a tar costs well under one, so it is made once and
 * kept in the temporary directory for the next test files (written whole, then renamed, so that a
 * reader never sees half of one).
 */
function emptyDataDir(): Promise<Blob> {
  template ??= (async () => {
    const path = join(tmpdir(), `briefbot-pglite-${pgliteVersion()}-empty.tar`);
    try {
      return new Blob([readFileSync(path)]);
    } catch {
      // Not made yet: make it below.
    }
    const fresh = await PGlite.create({ extensions: EXTENSIONS });
    try {
      const tar = await fresh.dumpDataDir("none");
      const partial = `${path}.${process.pid}.partial`;
      writeFileSync(partial, Buffer.from(await tar.arrayBuffer()));
      renameSync(partial, path);
      return tar;
    } finally {
      await fresh.close();
    }
  })();
  return template;
}

/**
 * Makes (or reads) the empty data directory now: pg-server.ts calls this while the test file
 * loads, where no hook timeout applies, so that initdb on a loaded machine cannot time out the
 * first test's set-up.
 */
export async function prepareDataDir(): Promise<void> {
  await emptyDataDir();
}

/** A new PGlite instance on an empty database (the caller closes it). */
export async function freshPGlite(): Promise<PGlite> {
  return PGlite.create({ extensions: EXTENSIONS, loadDataDir: await emptyDataDir() });
}

/**
 * The hook db.ts consults before `pg`: a pool on the session when the URL is one of ours. Each
 * call is another pool on the same session, as each replica has its own pool on one server.
 */
function poolFor(url: string): Pool | undefined {
  const session = sessions.get(url);
  // PGlitePool offers the members of pg.Pool the store uses (see pglite-pool.ts), not the rest.
  return session ? (new PGlitePool(session) as unknown as Pool) : undefined;
}

/**
 * A new empty database. Its URL names port 1 of the loopback address, where no server listens:
 * handed to anything outside this process (a spawned replica) it fails at once, it never reaches
 * a real database. `drop()` closes the instance and frees its memory.
 */
export async function pgliteDatabase(): Promise<{ url: string; name: string; drop: () => Promise<void> }> {
  const name = `briefbot_t_${randomBytes(6).toString("hex")}`;
  const url = `postgres://pglite@127.0.0.1:1/${name}`;
  sessions.set(url, await PGliteSession.open(await freshPGlite()));
  setInProcessPools(poolFor);
  return {
    url,
    name,
    drop: async () => {
      const session = sessions.get(url);
      sessions.delete(url);
      await session?.close();
    },
  };
}
