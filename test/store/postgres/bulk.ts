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

/**
 * Multiplies the documents of a store by `times` for the read benches (bench/scale.ts), in SQL:
 * copy k of each document gets the id `<id>~k`, the same day and topics, stories of its own
 * (`<story>~k`), and the same extract, key points, actors and quotes (quote search vectors
 * included); topic tallies are scaled and the per-topic summaries rebuilt to match. Bodies and near-duplicate bands are not copied
 * (reads do not use them). Returns the documents and quotes there are afterwards.
 */
export async function multiplyDocuments(
  pool: pg.Pool,
  times: number,
): Promise<{ documents: number; quotes: number }> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const { rows } = await client.query(
      "SELECT max(seq)::int AS seq, (SELECT coalesce(max(story_seq), 0)::int FROM memberships) AS story FROM documents",
    );
    const offset = rows[0].seq as number;
    const storyOffset = rows[0].story as number;
    const copies = `generate_series(1, ${Math.max(0, Math.floor(times) - 1)}) AS k`;
    // The search index is rebuilt once at the end rather than updated a million times.
    await client.query("DROP INDEX quotes_search");
    await client.query(
      `INSERT INTO documents (seq, id, canonical_url, title, date, day, source, url, license, author, language,
         extracted, duplicate_of, added_at, minhash)
       SELECT seq + k * ${offset}, id || '~' || k, canonical_url || '~' || k, title, date, day, source,
         url || '~' || k, license, author, language, extracted, duplicate_of + k * ${offset}, added_at, minhash
       FROM documents, ${copies} ORDER BY k, seq`,
    );
    await client.query(
      `INSERT INTO extracts SELECT doc_seq + k * ${offset}, engine_version, brief_json, extracted_at
       FROM extracts, ${copies}`,
    );
    // The per-topic summaries (migration 9) are rebuilt once at the end too: row by row, the
    // trigger would update the same few day rows a hundred thousand times in one transaction.
    await client.query("ALTER TABLE memberships DISABLE TRIGGER memberships_summaries");
    await client.query(
      `INSERT INTO memberships (topic, doc_seq, day, counted, pinned, story, story_seq)
       SELECT topic, doc_seq + k * ${offset}, day, counted, pinned, story || '~' || k, story_seq + k * ${storyOffset}
       FROM memberships, ${copies}`,
    );
    await client.query(
      `INSERT INTO document_actors SELECT doc_seq + k * ${offset}, actor_id, mentions FROM document_actors, ${copies}`,
    );
    await client.query(
      `INSERT INTO actor_roles SELECT actor_id, doc_seq + k * ${offset}, role FROM actor_roles, ${copies}`,
    );
    await client.query(
      `INSERT INTO key_points SELECT doc_seq + k * ${offset}, rank, sentence, text, score, weight
       FROM key_points, ${copies}`,
    );
    await client.query(
      `INSERT INTO quotes (doc_seq, day, sentence, start, "end", text, speaker_name, speaker_type, speaker_actor_id, search)
       SELECT doc_seq + k * ${offset}, day, sentence, start, "end", text, speaker_name, speaker_type, speaker_actor_id, search
       FROM quotes, ${copies} ORDER BY k, id`,
    );
    await client.query(
      `UPDATE topic_actors SET mentions = mentions * ${Math.floor(times)}, documents = documents * ${Math.floor(times)}`,
    );
    await client.query("ALTER TABLE memberships ENABLE TRIGGER memberships_summaries");
    await client.query("SELECT briefbot_rebuild_topic_summaries()");
    await client.query("CREATE INDEX quotes_search ON quotes USING GIN (search)");
    await client.query(
      "SELECT setval(pg_get_serial_sequence('documents', 'seq'), (SELECT max(seq) FROM documents))",
    );
    await client.query("UPDATE store_version SET version = version + 1 WHERE id = 1");
    await client.query("COMMIT");
    await client.query("ANALYZE");
    const counts = await client.query(
      "SELECT (SELECT count(*) FROM documents)::int AS documents, (SELECT count(*) FROM quotes)::int AS quotes",
    );
    return counts.rows[0];
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}

/** A connection to the server's maintenance database that lists one database's backend pids. */
export async function openBackendLister(
  adminUrl: string,
): Promise<{ pids(database: string): Promise<number[]>; close(): Promise<void> }> {
  const { default: pg } = await import("pg");
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  return {
    pids: async (database) =>
      (
        await admin.query<{ pid: number }>("SELECT pid FROM pg_stat_activity WHERE datname = $1", [database])
      ).rows.map((row) => row.pid),
    close: () => admin.end(),
  };
}
