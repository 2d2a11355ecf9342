// The DigestStore port on PostgreSQL: subscriptions and the exactly-once delivery ledger shared by
// every replica. A claim is one INSERT ... ON CONFLICT DO NOTHING on the (subscription, slot)
// primary key: whichever replica's insert goes in owns the slot, whatever the timing. Every other
// change of a claim is a conditional UPDATE on (status, owner), so two replicas cannot both move it.
import type {
  ClaimRequest,
  DigestStore,
  LedgerEntry,
  NewSubscription,
  Subscription,
} from "../../core/digest/digest-store.ts";
import { slotKey } from "../../core/digest/digest-store.ts";
import { toEntry, toSubscription } from "../digest-rows.ts";
import { type Pool, rows, run, transaction } from "./db.ts";

/**
 * Inserts a ledger row unless the slot has one. Its window starts at the end of the last
 * delivered digest; before any delivery, at the start of the first slot ever recorded; for a
 * brand-new subscription (or a start not before the slot), at `firstWindowFrom`.
 */
const INSERT_ENTRY = `
INSERT INTO digest_ledger (subscription_id, slot, status, window_from, window_to, owner, lease_until,
  attempts, error, claimed_at, finished_at)
SELECT $1, $2::text, $3, CASE WHEN f.start < $2::text THEN f.start ELSE $4::text END, $2::text, $5, $6, 0, $7, $8, $9
FROM (SELECT coalesce(
  (SELECT window_to FROM digest_ledger WHERE subscription_id = $1 AND status IN ('sent', 'empty')
    ORDER BY slot DESC LIMIT 1),
  (SELECT window_from FROM digest_ledger WHERE subscription_id = $1 ORDER BY slot LIMIT 1),
  $4::text) AS start) f
ON CONFLICT (subscription_id, slot) DO NOTHING
RETURNING *`;

/**
 * INSERT_ENTRY for many claims at once, in one statement (one round trip, its own transaction):
 * the subscriptions whose slot has no row yet are locked FOR NO KEY UPDATE SKIP LOCKED (one
 * another replica is claiming this instant is skipped, not waited for; NO KEY, so that ledger
 * inserts elsewhere, which take KEY SHARE through the foreign key, are not held up), and rows are
 * inserted for those. The window subqueries see the ledger as it was before the statement: one
 * slot per subscription per call, which is what the runner asks. The primary key stays the
 * guarantee (ON CONFLICT DO NOTHING).
 *
 * Every look-up into the ledger is a LATERAL subquery with LIMIT 1, which the planner cannot turn
 * into a hash join: each requested slot costs a few primary-key probes whatever the ledger's size
 * and statistics. (Written as NOT EXISTS, the planner chose a hash anti-join over a sequential
 * scan of the whole ledger once batches grew or the statistics went stale while a burst of claims
 * filled it: every batch then read every row claimed before it.) OFFSET 0 keeps the window's
 * subqueries from being copied into both arms of the CASE (two probes a slot, not four).
 */
const INSERT_CLAIMS = `
WITH r AS (
  SELECT * FROM unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[])
    AS r(sid, slot, first, owner, lease, now)
), fresh AS (
  SELECT r.* FROM r
  LEFT JOIN LATERAL (SELECT true AS found FROM digest_ledger l
    WHERE l.subscription_id = r.sid AND l.slot = r.slot LIMIT 1) e ON true
  WHERE e.found IS NULL
), locked AS (
  SELECT r.* FROM fresh r JOIN digest_subscriptions s ON s.id = r.sid
  ORDER BY s.id FOR NO KEY UPDATE OF s SKIP LOCKED
)
INSERT INTO digest_ledger (subscription_id, slot, status, window_from, window_to, owner, lease_until,
  attempts, error, claimed_at, finished_at)
SELECT r.sid, r.slot, 'claimed', CASE WHEN f.start < r.slot THEN f.start ELSE r.first END, r.slot,
  r.owner, r.lease, 0, NULL, r.now, NULL
FROM locked r
CROSS JOIN LATERAL (SELECT coalesce(
  (SELECT window_to FROM digest_ledger WHERE subscription_id = r.sid AND status IN ('sent', 'empty')
    ORDER BY slot DESC LIMIT 1),
  (SELECT window_from FROM digest_ledger WHERE subscription_id = r.sid ORDER BY slot LIMIT 1),
  r.first) AS start OFFSET 0) f
ON CONFLICT (subscription_id, slot) DO NOTHING
RETURNING *`;

/** The digest store on a migrated database (src/store/postgres/migrate.ts). */
export function createPostgresDigestStore(pool: Pool): DigestStore {
  /** The last whole list read, and the change counter read just before it. */
  let listed: { version: number; subscriptions: readonly Subscription[] } | undefined;
  const insert = async (
    request: ClaimRequest,
    status: "claimed" | "skipped",
    error: string | null,
  ): Promise<LedgerEntry | null> => {
    const claimed = status === "claimed";
    const [row] = await rows(pool, INSERT_ENTRY, [
      request.subscriptionId,
      request.slot,
      status,
      request.firstWindowFrom,
      claimed ? request.owner : null,
      claimed ? request.leaseUntil : null,
      error,
      request.now,
      claimed ? null : request.now,
    ]);
    return row === undefined ? null : toEntry(row);
  };

  const one = async <T>(sql: string, values: unknown[], map: (row: unknown) => T): Promise<T | null> => {
    const [row] = await rows(pool, sql, values);
    return row === undefined ? null : map(row);
  };

  return {
    subscribe: (input: NewSubscription, now: string) =>
      transaction(pool, async (client) => {
        // Changing the schedule keeps the ledger (the next digest still starts at the last delivery).
        const [updated] = await rows(
          client,
          `UPDATE digest_subscriptions SET cron = $4, time_zone = $5, style = $6, when_empty = $7,
             paused_at = NULL, paused_reason = NULL
           WHERE platform = $1 AND channel_id = $2 AND topic = $3 RETURNING *`,
          [
            input.platform,
            input.channelId,
            input.topic,
            input.cron,
            input.timeZone,
            input.style,
            input.whenEmpty,
          ],
        );
        if (updated !== undefined) return { subscription: toSubscription(updated), created: false };
        const [created] = await rows(
          client,
          `INSERT INTO digest_subscriptions
             (platform, channel_id, topic, cron, time_zone, style, when_empty, created_at, created_by)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
           ON CONFLICT (platform, channel_id, topic) DO UPDATE SET cron = excluded.cron,
             time_zone = excluded.time_zone, style = excluded.style, when_empty = excluded.when_empty,
             paused_at = NULL, paused_reason = NULL
           RETURNING *, (xmax = 0) AS inserted`,
          [
            input.platform,
            input.channelId,
            input.topic,
            input.cron,
            input.timeZone,
            input.style,
            input.whenEmpty,
            now,
            input.createdBy,
          ],
        );
        // A concurrent subscribe may have inserted between the UPDATE and the INSERT.
        const { inserted, ...row } = created as { inserted: boolean };
        return { subscription: toSubscription(row), created: inserted };
      }),
    unsubscribe: async (platform, channelId, topic) =>
      (await run(
        pool,
        "DELETE FROM digest_subscriptions WHERE platform = $1 AND channel_id = $2 AND topic = $3",
        [platform, channelId, topic],
      )) > 0,
    async listSubscriptions(filter = {}) {
      const all = !filter.platform && !filter.channelId;
      // The whole list (what the scheduler reads every tick) is kept while the change counter
      // stands still. The counter is read before the list: a change committed in between makes
      // the next call read the list again, never keeps a list older than its counter.
      let version: number | undefined;
      if (all) {
        const [row] = await rows<{ version: number }>(
          pool,
          "SELECT version FROM subscription_version WHERE id = 1",
        );
        version = row?.version;
        if (version !== undefined && listed?.version === version) return [...listed.subscriptions];
      }
      const clauses: string[] = [];
      const values: string[] = [];
      if (filter.platform) {
        values.push(filter.platform);
        clauses.push(`platform = $${values.length}`);
      }
      if (filter.channelId) {
        values.push(filter.channelId);
        clauses.push(`channel_id = $${values.length}`);
      }
      const where = clauses.length ? `WHERE ${clauses.join(" AND ")}` : "";
      const subscriptions = (
        await rows(
          pool,
          `SELECT * FROM digest_subscriptions ${where} ORDER BY platform COLLATE "C", channel_id COLLATE "C", topic COLLATE "C"`,
          values,
        )
      ).map(toSubscription);
      if (all && version !== undefined)
        listed = { version, subscriptions: Object.freeze([...subscriptions]) };
      return subscriptions;
    },
    getSubscription: (id) => one("SELECT * FROM digest_subscriptions WHERE id = $1", [id], toSubscription),
    async pause(id, reason, now) {
      await run(pool, "UPDATE digest_subscriptions SET paused_at = $1, paused_reason = $2 WHERE id = $3", [
        now,
        reason,
        id,
      ]);
    },
    entry: (subscriptionId, slot) =>
      one(
        "SELECT * FROM digest_ledger WHERE subscription_id = $1 AND slot = $2",
        [subscriptionId, slot],
        toEntry,
      ),
    claim: (request) => insert(request, "claimed", null),
    claimMany: async (requests) => {
      if (requests.length === 0) return [];
      const inserted = await rows(pool, INSERT_CLAIMS, [
        requests.map((request) => request.subscriptionId),
        requests.map((request) => request.slot),
        requests.map((request) => request.firstWindowFrom),
        requests.map((request) => request.owner),
        requests.map((request) => request.leaseUntil),
        requests.map((request) => request.now),
      ]);
      const byKey = new Map(
        inserted.map(toEntry).map((entry) => [slotKey(entry.subscriptionId, entry.slot), entry]),
      );
      // In the order asked, each row once.
      return requests.flatMap((request) => {
        const key = slotKey(request.subscriptionId, request.slot);
        const entry = byKey.get(key);
        byKey.delete(key);
        return entry ?? [];
      });
    },
    async recordedSlots(pairs) {
      if (pairs.length === 0) return new Set();
      const found = await rows<{ subscription_id: number; slot: string }>(
        pool,
        `SELECT l.subscription_id, l.slot FROM unnest($1::int[], $2::text[]) AS u(sid, slot)
         JOIN digest_ledger l ON l.subscription_id = u.sid AND l.slot = u.slot`,
        [pairs.map((pair) => pair.subscriptionId), pairs.map((pair) => pair.slot)],
      );
      return new Set(found.map((row) => slotKey(row.subscription_id, row.slot)));
    },
    async reserveSend(key, intervalMs) {
      const [row] = await rows<{ at: Date; wait_ms: number }>(
        pool,
        `INSERT INTO outbound_pacing AS p (key, next_at)
           VALUES ($1, clock_timestamp() + $2 * interval '1 millisecond')
         ON CONFLICT (key) DO UPDATE
           SET next_at = greatest(p.next_at, clock_timestamp()) + $2 * interval '1 millisecond'
         RETURNING p.next_at - $2 * interval '1 millisecond' AS at,
           greatest(0, extract(epoch FROM (p.next_at - clock_timestamp())) * 1000 - $2)::float8 AS wait_ms`,
        [key, intervalMs],
      );
      return { waitMs: row!.wait_ms, at: row!.at };
    },
    async databaseNow() {
      const [row] = await rows<{ now: Date }>(pool, "SELECT clock_timestamp() AS now");
      return row!.now;
    },
    recordSkipped: async (request, reason) =>
      (await insert({ ...request, owner: "", leaseUntil: "" }, "skipped", reason)) !== null,
    startAttempt: async (subscriptionId, slot, owner, leaseUntil) =>
      (await run(
        pool,
        `UPDATE digest_ledger SET attempts = attempts + 1, lease_until = $1
         WHERE subscription_id = $2 AND slot = $3 AND status = 'claimed' AND owner = $4`,
        [leaseUntil, subscriptionId, slot, owner],
      )) === 1,
    finish: async (subscriptionId, slot, owner, outcome, now) =>
      (await run(
        pool,
        `UPDATE digest_ledger SET status = $1, message_id = $2, error = $3, finished_at = $4, lease_until = NULL
         WHERE subscription_id = $5 AND slot = $6 AND status = 'claimed' AND owner = $7`,
        [outcome.status, outcome.messageId ?? null, outcome.error ?? null, now, subscriptionId, slot, owner],
      )) === 1,
    claimedEntries: async () =>
      (await rows(pool, "SELECT * FROM digest_ledger WHERE status = 'claimed' ORDER BY slot")).map(toEntry),
    takeOver: async (subscriptionId, slot, from, to, leaseUntil) =>
      (await run(
        pool,
        `UPDATE digest_ledger SET owner = $1, lease_until = $2
         WHERE subscription_id = $3 AND slot = $4 AND status = 'claimed' AND owner IS NOT DISTINCT FROM $5`,
        [to, leaseUntil, subscriptionId, slot, from],
      )) === 1,
    lastDelivered: (subscriptionId) =>
      one(
        `SELECT * FROM digest_ledger WHERE subscription_id = $1 AND status IN ('sent', 'empty')
         ORDER BY slot DESC LIMIT 1`,
        [subscriptionId],
        toEntry,
      ),
    lastEntry: (subscriptionId) =>
      one(
        "SELECT * FROM digest_ledger WHERE subscription_id = $1 ORDER BY slot DESC LIMIT 1",
        [subscriptionId],
        toEntry,
      ),
    async failuresSinceDelivery(subscriptionId) {
      const [row] = await rows<{ n: number }>(
        pool,
        `SELECT count(*) AS n FROM digest_ledger WHERE subscription_id = $1 AND status = 'failed'
         AND slot > coalesce((SELECT max(slot) FROM digest_ledger WHERE subscription_id = $1
                              AND status IN ('sent', 'empty')), '')`,
        [subscriptionId],
      );
      return row?.n ?? 0;
    },
  };
}
