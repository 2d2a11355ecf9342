// What `briefbot migrate-store` writes into PostgreSQL beyond the ports: ledger rows exactly as
// they were (windows, attempts, owners, times), idempotently; and table counts to check the copy.
import type { LedgerEntry } from "../../core/digest/digest-store.ts";
import { type Pool, rows } from "./db.ts";

/**
 * Inserts ledger rows for `subscriptionId` as given, in one statement; rows whose slot is already
 * there are kept. Returns how many were inserted.
 */
export async function importLedgerEntries(
  pool: Pool,
  subscriptionId: number,
  entries: readonly LedgerEntry[],
): Promise<number> {
  if (entries.length === 0) return 0;
  const column = <K extends keyof LedgerEntry>(key: K) => entries.map((entry) => entry[key]);
  const inserted = await rows(
    pool,
    `INSERT INTO digest_ledger (subscription_id, slot, status, window_from, window_to, owner, lease_until,
       attempts, message_id, error, claimed_at, finished_at)
     SELECT $1, * FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[],
       $8::int[], $9::text[], $10::text[], $11::text[], $12::text[])
     ON CONFLICT (subscription_id, slot) DO NOTHING RETURNING slot`,
    [
      subscriptionId,
      column("slot"),
      column("status"),
      column("windowFrom"),
      column("windowTo"),
      column("owner"),
      column("leaseUntil"),
      column("attempts"),
      column("messageId"),
      column("error"),
      column("claimedAt"),
      column("finishedAt"),
    ],
  );
  return inserted.length;
}

/** Which of these document ids the target already holds (one query for a page of the copy). */
export async function storedDocumentIds(pool: Pool, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const found = await rows<{ id: string }>(pool, "SELECT id FROM documents WHERE id = ANY($1::text[])", [
    ids,
  ]);
  return new Set(found.map((row) => row.id));
}

/** Up to `limit` document ids of the target stored after position `after`, in storage order. */
export async function documentIdsAfter(
  pool: Pool,
  after: number,
  limit: number,
): Promise<Array<{ seq: number; id: string }>> {
  return rows<{ seq: number; id: string }>(
    pool,
    "SELECT seq, id FROM documents WHERE seq > $1 ORDER BY seq LIMIT $2",
    [after, limit],
  );
}

/** Row counts of the tables a copy reproduces (the same keys as the SQLite export's). */
export async function storeCounts(pool: Pool): Promise<Record<string, number>> {
  const [row] = await rows<Record<string, number>>(
    pool,
    `SELECT (SELECT count(*) FROM documents) AS documents, (SELECT count(*) FROM extracts) AS extracts,
       (SELECT count(*) FROM quotes) AS quotes, (SELECT count(*) FROM memberships) AS memberships,
       (SELECT count(*) FROM digest_subscriptions) AS subscriptions, (SELECT count(*) FROM digest_ledger) AS ledger,
       (SELECT count(*) FROM slack_installations) AS "slackInstallations",
       (SELECT count(*) FROM slack_channels) AS "slackChannels"`,
  );
  return row ?? {};
}
