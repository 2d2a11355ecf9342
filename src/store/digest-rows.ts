// Rows of the digest tables, read the same way on both backends: a plain check of each column's
// type and allowed values, then the domain objects the DigestStore port returns.
import type { LedgerEntry, Subscription } from "../core/digest/digest-store.ts";
import { BriefbotError } from "../core/errors.ts";
import { PLATFORMS } from "../core/platforms.ts";

// Rows are typed columns guarded by CHECK constraints, not stored JSON: a plain shape check is
// enough and keeps zod (and its load time) out of the ledger's hot path, the kill test and the
// scheduler's read of every subscription.
type Shape = Record<string, "string" | "number" | "string?">;

const SUBSCRIPTION_SHAPE: Shape = {
  id: "number",
  platform: "string",
  channel_id: "string",
  topic: "string",
  cron: "string",
  time_zone: "string",
  style: "string",
  when_empty: "string",
  created_at: "string",
  created_by: "string?",
  paused_at: "string?",
  paused_reason: "string?",
};

const LEDGER_SHAPE: Shape = {
  subscription_id: "number",
  slot: "string",
  status: "string",
  window_from: "string",
  window_to: "string",
  owner: "string?",
  lease_until: "string?",
  attempts: "number",
  message_id: "string?",
  error: "string?",
  claimed_at: "string",
  finished_at: "string?",
};

const ENUMS: Record<string, readonly string[]> = {
  platform: PLATFORMS,
  style: ["single", "thread"],
  when_empty: ["silent", "notice"],
  status: ["claimed", "sent", "empty", "failed", "skipped"],
};

function parseRow(shape: Shape, row: unknown, table: string): Record<string, string | number | null> {
  if (typeof row !== "object" || row === null) {
    throw new BriefbotError("STORED_DATA_INVALID", `a row of ${table} is missing`);
  }
  const record = row as Record<string, unknown>;
  for (const [column, type] of Object.entries(shape)) {
    const value = record[column];
    const ok =
      type === "string?"
        ? value === null || typeof value === "string"
        : typeof value === type.replace("?", "");
    const allowed = ENUMS[column];
    if (!ok || (allowed && !allowed.includes(String(value)))) {
      throw new BriefbotError(
        "STORED_DATA_INVALID",
        `a row of ${table} has an invalid ${column}: ${String(value)}`,
      );
    }
  }
  return record as Record<string, string | number | null>;
}

interface SubscriptionRecord {
  id: number;
  platform: Subscription["platform"];
  channel_id: string;
  topic: string;
  cron: string;
  time_zone: string;
  style: Subscription["style"];
  when_empty: Subscription["whenEmpty"];
  created_at: string;
  created_by: string | null;
  paused_at: string | null;
  paused_reason: string | null;
}

interface LedgerRecord {
  subscription_id: number;
  slot: string;
  status: LedgerEntry["status"];
  window_from: string;
  window_to: string;
  owner: string | null;
  lease_until: string | null;
  attempts: number;
  message_id: string | null;
  error: string | null;
  claimed_at: string;
  finished_at: string | null;
}

/** A digest_subscriptions row as a Subscription; STORED_DATA_INVALID when a column is wrong. */
export const toSubscription = (row: unknown): Subscription => {
  const r = parseRow(SUBSCRIPTION_SHAPE, row, "digest_subscriptions") as unknown as SubscriptionRecord;
  return {
    id: r.id,
    platform: r.platform,
    channelId: r.channel_id,
    topic: r.topic,
    cron: r.cron,
    timeZone: r.time_zone,
    style: r.style,
    whenEmpty: r.when_empty,
    createdAt: r.created_at,
    createdBy: r.created_by,
    pausedAt: r.paused_at,
    pausedReason: r.paused_reason,
  };
};

/** A digest_ledger row as a LedgerEntry; STORED_DATA_INVALID when a column is wrong. */
export const toEntry = (row: unknown): LedgerEntry => {
  const r = parseRow(LEDGER_SHAPE, row, "digest_ledger") as unknown as LedgerRecord;
  return {
    subscriptionId: r.subscription_id,
    slot: r.slot,
    status: r.status,
    windowFrom: r.window_from,
    windowTo: r.window_to,
    owner: r.owner,
    leaseUntil: r.lease_until,
    attempts: r.attempts,
    messageId: r.message_id,
    error: r.error,
    claimedAt: r.claimed_at,
    finishedAt: r.finished_at,
  };
};
