// A `pg` Pool look-alike on one in-process PGlite database, for the tests on a machine without a
// PostgreSQL server. It offers what the store code uses of a pool (query, connect and release for
// transactions, end, on, the three counts of /metrics) and nothing more.
//
// PGlite is one PostgreSQL backend: one session. The queries go through a real `pg` Client over
// PGlite's own node-postgres connection (PostgreSQL's wire protocol, passed in memory), so values
// are parsed by `pg` exactly as against a server (the INT8 parser of db.ts, Buffers for bytea,
// errors with their SQLSTATE). Every pool opened on the same database shares that one session,
// as replicas share a server: a checked-out client holds the session until it is released, and a
// query on any pool waits for it. Transactions of several "replicas" therefore take turns instead
// of overlapping, which keeps their SQL honest but cannot test their locking against each other.
import { EventEmitter } from "node:events";
import type { PGlite } from "@electric-sql/pglite";
import { createPgConfig } from "@electric-sql/pglite/node-postgres";
import pg from "pg";

/**
 * How long a caller waits for the session. A wait this long means code holds a client while it
 * waits on another query of the same database (fine on a server with many connections, a
 * deadlock on PGlite's one session): it fails saying so instead of hanging the test.
 */
const SESSION_WAIT_MS = 20_000;

/** The result shape the store code reads (rows and rowCount), as `pg` returns it. */
type QueryResult = pg.QueryResult;

/** The one session of a PGlite database, lent to one caller at a time in FIFO order. */
export class PGliteSession {
  private readonly client: pg.Client;
  private held = false;
  private readonly waiters: Array<() => void> = [];
  private broken: Error | null = null;

  private constructor(
    readonly pglite: PGlite,
    client: pg.Client,
    private readonly waitMs: number,
  ) {
    this.client = client;
    // An error outside a query (the in-memory connection failing) must not crash the test
    // process: every later query fails with it instead.
    client.on("error", (error) => {
      this.broken = error;
    });
  }

  /**
   * Connects a `pg` Client to `pglite` (which the session then owns and closes); `waitMs` bounds
   * a wait for the session (SESSION_WAIT_MS unless a test of this module shortens it).
   */
  static async open(pglite: PGlite, waitMs = SESSION_WAIT_MS): Promise<PGliteSession> {
    // createPgConfig hands `pg` a connection object in place of a socket; pg's typings do not
    // list that field, hence the cast.
    const client = new pg.Client(createPgConfig(pglite) as unknown as pg.ClientConfig);
    await client.connect();
    return new PGliteSession(pglite, client, waitMs);
  }

  /** Callers waiting for the session now. */
  get waiting(): number {
    return this.waiters.length;
  }

  /** Whether a caller has the session now. */
  get busy(): boolean {
    return this.held;
  }

  /** Waits for the session; the function returned gives it back (once, whatever calls it). */
  async acquire(): Promise<() => void> {
    if (this.held) {
      await new Promise<void>((resolve, reject) => {
        const waiter = () => {
          clearTimeout(timer);
          resolve();
        };
        const timer = setTimeout(() => {
          this.waiters.splice(this.waiters.indexOf(waiter), 1);
          reject(
            new Error(
              `PGlite test database: waited ${this.waitMs} ms for its one session, held by ` +
                "a client not yet released; code that needs two sessions at once needs a PostgreSQL server",
            ),
          );
        }, this.waitMs);
        timer.unref();
        this.waiters.push(waiter);
      });
    } else {
      this.held = true;
    }
    let given = false;
    return () => {
      if (given) return;
      given = true;
      // Handed straight to the next waiter, so nobody can slip in between.
      const next = this.waiters.shift();
      if (next) next();
      else this.held = false;
    };
  }

  /** Runs one statement (or, without values, a script of several) on the session. */
  query(text: string, values?: unknown[]): Promise<QueryResult> {
    if (this.broken) return Promise.reject(this.broken);
    return this.client.query(text, values);
  }

  /** Ends the client and closes PGlite, freeing its memory. */
  async close(): Promise<void> {
    await this.client.end().catch(() => {});
    await this.pglite.close();
  }
}

/** A checked-out client: the session, until `release()`. */
export interface PGlitePoolClient {
  query(text: string, values?: unknown[]): Promise<QueryResult>;
  release(): void;
}

/** What `pg` says when a pool is used after `end()`; the store's ping reports it as unreachable. */
const ENDED = "Cannot use a pool after calling end on the pool";

/** A pool on one PGlite session: several may share the session, as replicas share a server. */
export class PGlitePool extends EventEmitter {
  private ended = false;
  private out = 0;

  constructor(private readonly session: PGliteSession) {
    super();
  }

  /** Connections of this pool: PGlite has one, lent out or not. */
  get totalCount(): number {
    return 1;
  }

  get idleCount(): number {
    return this.session.busy ? 0 : 1;
  }

  get waitingCount(): number {
    return this.session.waiting;
  }

  async query(text: string, values?: unknown[]): Promise<QueryResult> {
    if (this.ended) throw new Error(ENDED);
    const release = await this.session.acquire();
    try {
      return await this.session.query(text, values);
    } finally {
      release();
    }
  }

  async connect(): Promise<PGlitePoolClient> {
    if (this.ended) throw new Error(ENDED);
    const release = await this.session.acquire();
    this.out++;
    let released = false;
    return {
      query: (text, values) => {
        if (released) return Promise.reject(new Error("PGlite test pool: client used after release()"));
        return this.session.query(text, values);
      },
      release: () => {
        if (released) return;
        released = true;
        this.out--;
        release();
      },
    };
  }

  /** Refuses new work; the session stays open for the database's other pools (drop() closes it). */
  async end(): Promise<void> {
    this.ended = true;
  }

  /** Clients of this pool not yet released (a test may check that none leaked). */
  get checkedOut(): number {
    return this.out;
  }
}
