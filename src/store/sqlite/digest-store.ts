// The DigestStore port on SQLite: subscriptions and the exactly-once delivery ledger. A claim is an
// INSERT on the (subscription, slot) primary key inside an IMMEDIATE transaction, so two processes
// sharing the database file (the bot and `briefbot digest run-due`) can never both own a slot.
import type Database from "better-sqlite3";
import type {
  ClaimRequest,
  DigestPlatform,
  DigestStore,
  LedgerEntry,
  LedgerOutcome,
  NewSubscription,
} from "../../core/digest/digest-store.ts";
import { slotKey } from "../../core/digest/digest-store.ts";
import { toEntry, toSubscription } from "../digest-rows.ts";
import { storeWrite } from "./errors.ts";

/** The digest store on a migrated database handle (src/store/sqlite/migrate.ts). */
export function createSqliteDigestStore(db: Database.Database): DigestStore {
  const statements = {
    findSubscription: db.prepare(
      "SELECT * FROM digest_subscriptions WHERE platform = ? AND channel_id = ? AND topic = ?",
    ),
    getSubscription: db.prepare("SELECT * FROM digest_subscriptions WHERE id = ?"),
    insertSubscription: db.prepare(
      `INSERT INTO digest_subscriptions
       (platform, channel_id, topic, cron, time_zone, style, when_empty, created_at, created_by)
       VALUES (@platform, @channelId, @topic, @cron, @timeZone, @style, @whenEmpty, @now, @createdBy)`,
    ),
    // Changing the schedule keeps the ledger (the next digest still starts at the last delivery).
    updateSubscription: db.prepare(
      `UPDATE digest_subscriptions SET cron = @cron, time_zone = @timeZone, style = @style,
       when_empty = @whenEmpty, paused_at = NULL, paused_reason = NULL WHERE id = @id`,
    ),
    deleteSubscription: db.prepare(
      "DELETE FROM digest_subscriptions WHERE platform = ? AND channel_id = ? AND topic = ?",
    ),
    pause: db.prepare("UPDATE digest_subscriptions SET paused_at = ?, paused_reason = ? WHERE id = ?"),
    entry: db.prepare("SELECT * FROM digest_ledger WHERE subscription_id = ? AND slot = ?"),
    lastDelivered: db.prepare(
      `SELECT * FROM digest_ledger WHERE subscription_id = ? AND status IN ('sent', 'empty')
       ORDER BY slot DESC LIMIT 1`,
    ),
    lastEntry: db.prepare("SELECT * FROM digest_ledger WHERE subscription_id = ? ORDER BY slot DESC LIMIT 1"),
    firstEntry: db.prepare("SELECT * FROM digest_ledger WHERE subscription_id = ? ORDER BY slot LIMIT 1"),
    insertEntry: db.prepare(
      `INSERT INTO digest_ledger (subscription_id, slot, status, window_from, window_to, owner,
       lease_until, attempts, error, claimed_at, finished_at)
       VALUES (@subscriptionId, @slot, @status, @windowFrom, @slot, @owner, @leaseUntil, 0, @error, @now, @finishedAt)
       ON CONFLICT (subscription_id, slot) DO NOTHING`,
    ),
    startAttempt: db.prepare(
      `UPDATE digest_ledger SET attempts = attempts + 1, lease_until = ?
       WHERE subscription_id = ? AND slot = ? AND status = 'claimed' AND owner = ?`,
    ),
    finish: db.prepare(
      `UPDATE digest_ledger SET status = @status, message_id = @messageId, error = @error,
       finished_at = @now, lease_until = NULL
       WHERE subscription_id = @subscriptionId AND slot = @slot AND status = 'claimed' AND owner = @owner`,
    ),
    claimed: db.prepare("SELECT * FROM digest_ledger WHERE status = 'claimed' ORDER BY slot"),
    takeOver: db.prepare(
      `UPDATE digest_ledger SET owner = @to, lease_until = @leaseUntil
       WHERE subscription_id = @subscriptionId AND slot = @slot AND status = 'claimed' AND owner IS @from`,
    ),
    failures: db.prepare(
      `SELECT COUNT(*) AS n FROM digest_ledger WHERE subscription_id = ? AND status = 'failed'
       AND slot > COALESCE((SELECT MAX(slot) FROM digest_ledger WHERE subscription_id = ?
                            AND status IN ('sent', 'empty')), '')`,
    ),
  };

  /**
   * Where a new slot's window starts: the end of the last delivered digest (not a fixed day back);
   * before any delivery, the start of the first slot ever recorded (failed or skipped slots roll
   * into the next digest); for a brand-new subscription, the first window.
   */
  const windowStart = (subscriptionId: number, slot: string, firstWindowFrom: string): string => {
    const last = statements.lastDelivered.get(subscriptionId);
    const first = statements.firstEntry.get(subscriptionId);
    const from =
      last !== undefined
        ? toEntry(last).windowTo
        : first !== undefined
          ? toEntry(first).windowFrom
          : firstWindowFrom;
    return from < slot ? from : firstWindowFrom;
  };

  const insert = db.transaction(
    (request: ClaimRequest, status: "claimed" | "skipped", error: string | null): LedgerEntry | null => {
      if (statements.entry.get(request.subscriptionId, request.slot) !== undefined) return null;
      const claimed = status === "claimed";
      const result = statements.insertEntry.run({
        subscriptionId: request.subscriptionId,
        slot: request.slot,
        status,
        windowFrom: windowStart(request.subscriptionId, request.slot, request.firstWindowFrom),
        owner: claimed ? request.owner : null,
        leaseUntil: claimed ? request.leaseUntil : null,
        error,
        now: request.now,
        finishedAt: claimed ? null : request.now,
      });
      if (result.changes !== 1) return null;
      return toEntry(statements.entry.get(request.subscriptionId, request.slot));
    },
  );

  const claimMany = db.transaction((requests: readonly ClaimRequest[]): LedgerEntry[] => {
    const claimed: LedgerEntry[] = [];
    for (const request of requests) {
      const entry = insert(request, "claimed", null);
      if (entry !== null) claimed.push(entry);
    }
    return claimed;
  });

  const subscribe = db.transaction((input: NewSubscription, now: string) => {
    const existing = statements.findSubscription.get(input.platform, input.channelId, input.topic);
    if (existing !== undefined) {
      const id = toSubscription(existing).id;
      statements.updateSubscription.run({ ...input, id });
      return { subscription: toSubscription(statements.getSubscription.get(id)), created: false };
    }
    const result = statements.insertSubscription.run({ ...input, now });
    return {
      subscription: toSubscription(statements.getSubscription.get(result.lastInsertRowid)),
      created: true,
    };
  });

  return {
    subscribe: async (input, now) => storeWrite(() => subscribe.immediate(input, now)),
    unsubscribe: async (platform: DigestPlatform, channelId: string, topic: string) =>
      storeWrite(() => statements.deleteSubscription.run(platform, channelId, topic).changes > 0),
    async listSubscriptions(filter = {}) {
      const clauses: string[] = [];
      const values: string[] = [];
      if (filter.platform) {
        clauses.push("platform = ?");
        values.push(filter.platform);
      }
      if (filter.channelId) {
        clauses.push("channel_id = ?");
        values.push(filter.channelId);
      }
      const where = clauses.length ? `WHERE ${clauses.join(" AND ")}` : "";
      return db
        .prepare(`SELECT * FROM digest_subscriptions ${where} ORDER BY platform, channel_id, topic`)
        .all(...values)
        .map(toSubscription);
    },
    async getSubscription(id) {
      const row = statements.getSubscription.get(id);
      return row === undefined ? null : toSubscription(row);
    },
    async pause(id, reason, now) {
      storeWrite(() => statements.pause.run(now, reason, id));
    },
    async entry(subscriptionId, slot) {
      const row = statements.entry.get(subscriptionId, slot);
      return row === undefined ? null : toEntry(row);
    },
    claim: async (request) => storeWrite(() => insert.immediate(request, "claimed", null)),
    claimMany: async (requests) => storeWrite(() => claimMany.immediate(requests)),
    async recordedSlots(pairs) {
      const found = new Set<string>();
      for (const { subscriptionId, slot } of pairs) {
        if (statements.entry.get(subscriptionId, slot) !== undefined)
          found.add(slotKey(subscriptionId, slot));
      }
      return found;
    },
    recordSkipped: async (request, reason) =>
      storeWrite(() => insert.immediate({ ...request, owner: "", leaseUntil: "" }, "skipped", reason)) !==
      null,
    startAttempt: async (subscriptionId, slot, owner, leaseUntil) =>
      storeWrite(() => statements.startAttempt.run(leaseUntil, subscriptionId, slot, owner).changes === 1),
    finish: async (subscriptionId, slot, owner, outcome: LedgerOutcome, now) =>
      storeWrite(
        () =>
          statements.finish.run({
            subscriptionId,
            slot,
            owner,
            status: outcome.status,
            messageId: outcome.messageId ?? null,
            error: outcome.error ?? null,
            now,
          }).changes === 1,
      ),
    claimedEntries: async () => statements.claimed.all().map(toEntry),
    takeOver: async (subscriptionId, slot, from, to, leaseUntil) =>
      storeWrite(() => statements.takeOver.run({ subscriptionId, slot, from, to, leaseUntil }).changes === 1),
    async lastDelivered(subscriptionId) {
      const row = statements.lastDelivered.get(subscriptionId);
      return row === undefined ? null : toEntry(row);
    },
    async lastEntry(subscriptionId) {
      const row = statements.lastEntry.get(subscriptionId);
      return row === undefined ? null : toEntry(row);
    },
    async failuresSinceDelivery(subscriptionId) {
      const row = statements.failures.get(subscriptionId, subscriptionId) as { n: number };
      return row.n;
    },
  };
}
