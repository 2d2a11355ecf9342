// Bulk set-up and counts for the scale bench (bench/scale.ts) on a PostgreSQL pool: SQL stays out
// of bench/ (test/boundary.test.ts), and inserting 100,000 subscriptions one call at a time would
// measure the set-up rather than the claims.
import type pg from "pg";

/** Inserts `count` daily subscriptions (slack, channels C1..Cn) to `topic`; returns their ids. */
export async function insertSubscriptions(pool: pg.Pool, count: number, topic: string): Promise<number[]> {
  await pool.query(
    `INSERT INTO digest_subscriptions (platform, channel_id, topic, cron, time_zone, style, when_empty, created_at)
     SELECT 'slack', 'C' || n, $2, '0 8 * * *', 'UTC', 'single', 'silent', '2026-01-01T00:00:00.000Z'
     FROM generate_series(1, $1::int) n`,
    [count, topic],
  );
  return (await pool.query("SELECT id FROM digest_subscriptions ORDER BY id")).rows.map(
    (row) => row.id as number,
  );
}

/** Ledger rows, and how many subscriptions they cover (equal when no slot was claimed twice). */
export async function ledgerCounts(pool: pg.Pool): Promise<{ rows: number; subscriptions: number }> {
  const { rows } = await pool.query(
    "SELECT count(*)::int AS n, count(DISTINCT subscription_id)::int AS d FROM digest_ledger",
  );
  return { rows: rows[0].n, subscriptions: rows[0].d };
}
