// Bounds on the work of one batch of digest claims on PostgreSQL: however large the ledger (and
// whatever its statistics say), claiming a batch reads ledger rows by primary key, never by a
// sequential scan, so a burst of claims does not slow down as the ledger fills. Before the claim
// statement's look-ups were written as LATERAL ... LIMIT 1, a batch of 500 on an analysed ledger
// of 20,000 rows was planned as a hash anti-join over the whole ledger.
import pg from "pg";
import { afterEach, expect, it } from "vitest";
import type { ClaimRequest } from "../../../src/core/digest/digest-store.ts";
import { openPostgresPorts, type PostgresPorts } from "../../../src/store/postgres/postgres-ports.ts";
import { topic } from "../helpers.ts";
import { insertSubscriptions } from "./bulk.ts";
import { describePostgres, tempDatabase } from "./pg-server.ts";

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const SLOT = "2026-02-01T08:00:00.000Z";

/** Sequential scans of digest_ledger and the rows they read, as the server has counted them. */
async function ledgerSeqReads(url: string): Promise<{ scans: number; rows: number }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query(
      "SELECT seq_scan::int AS scans, seq_tup_read::int AS rows FROM pg_stat_user_tables WHERE relname = 'digest_ledger'",
    );
    return rows[0];
  } finally {
    await client.end();
  }
}

describePostgres("work of a claim batch (PostgreSQL)", () => {
  it("claims 500 slots against a ledger of 20,000 analysed rows without scanning the ledger", async () => {
    const database = await tempDatabase();
    cleanups.push(database.drop);
    // One connection: the claims run on the session whose statistics are flushed below.
    const ports: PostgresPorts = await openPostgresPorts(database.url, { poolSize: 1 });
    cleanups.push(() => ports.close());
    const pool = ports.store.pool;
    await ports.store.upsertTopic(topic("world"));
    const ids = await insertSubscriptions(pool, 1_000, "world");
    // 20 delivered days for each subscription: the history every claim's window is computed from.
    await pool.query(
      `INSERT INTO digest_ledger (subscription_id, slot, status, window_from, window_to, attempts, claimed_at, finished_at)
       SELECT s.id, to_char(d, 'YYYY-MM-DD"T"08:00:00.000"Z"'), 'sent',
              to_char(d - interval '1 day', 'YYYY-MM-DD"T"08:00:00.000"Z"'), to_char(d, 'YYYY-MM-DD"T"08:00:00.000"Z"'),
              1, to_char(d, 'YYYY-MM-DD"T"08:00:00.000"Z"'), to_char(d, 'YYYY-MM-DD"T"08:00:05.000"Z"')
       FROM digest_subscriptions s, generate_series('2026-01-01'::timestamp, '2026-01-20', interval '1 day') d`,
    );
    await pool.query("ANALYZE digest_ledger");
    await pool.query("SELECT pg_stat_force_next_flush()");
    const before = await ledgerSeqReads(database.url);

    const requests: ClaimRequest[] = ids.slice(0, 500).map((id) => ({
      subscriptionId: id,
      slot: SLOT,
      owner: "replica-a",
      leaseUntil: "2026-02-01T08:10:00.000Z",
      firstWindowFrom: "2026-01-31T08:00:00.000Z",
      now: SLOT,
    }));
    const claimed = await ports.digests.claimMany(requests);
    // The same batch again: every slot is taken, nothing is claimed twice.
    expect(await ports.digests.claimMany(requests)).toEqual([]);
    await pool.query("SELECT pg_stat_force_next_flush()");
    const after = await ledgerSeqReads(database.url);

    expect(claimed).toHaveLength(500);
    // Each window starts where the subscription's last delivered digest ended.
    expect(new Set(claimed.map((entry) => entry.windowFrom))).toEqual(new Set(["2026-01-20T08:00:00.000Z"]));
    expect(after.rows - before.rows).toBe(0);
    expect(after.scans - before.scans).toBe(0);
  });
});
