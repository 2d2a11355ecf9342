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

/**
 * CPU seconds the server's backends for this pool's database have used so far, by pid (read from
 * /proc: only when the server runs on this host; empty otherwise). Under a shared machine's load
 * wall time says little; CPU time says what the work cost.
 */
export async function backendCpu(pool: pg.Pool): Promise<Map<number, number>> {
  const { rows } = await pool.query("SELECT pid FROM pg_stat_activity WHERE datname = current_database()");
  const { readFileSync } = await import("node:fs");
  const cpu = new Map<number, number>();
  for (const { pid } of rows as Array<{ pid: number }>) {
    try {
      // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
      const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
      cpu.set(pid, (Number(fields[11]) + Number(fields[12])) / 100); // USER_HZ is 100 on Linux
    } catch {
      // Not on this host, or the backend has just ended.
    }
  }
  return cpu;
}

/** CPU seconds used between two `backendCpu` readings (backends new since the first count whole). */
export function cpuBetween(before: Map<number, number>, after: Map<number, number>): number {
  let total = 0;
  for (const [pid, seconds] of after) total += seconds - (before.get(pid) ?? 0);
  return total;
}
