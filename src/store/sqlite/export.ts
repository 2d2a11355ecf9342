// What `briefbot migrate-store` reads from a SQLite store beyond the ports: every document id in
// the order they were stored (so near-duplicates find the same first copy again), every ledger
// row of a subscription as stored, and table counts to check the copy against.
import type Database from "better-sqlite3";
import type { LedgerEntry } from "../../core/digest/digest-store.ts";
import { stmt } from "./rows.ts";

/** Row counts a copy must reproduce. */
export interface StoreCounts {
  documents: number;
  extracts: number;
  quotes: number;
  memberships: number;
  subscriptions: number;
  ledger: number;
  slackInstallations: number;
  slackChannels: number;
}

/** Up to `limit` document ids stored after position `after`, in storage order, with their positions. */
export function documentIdsAfter(
  db: Database.Database,
  after: number,
  limit: number,
): Array<{ seq: number; id: string }> {
  return stmt(db, "SELECT seq, id FROM documents WHERE seq > ? ORDER BY seq LIMIT ?").all(
    after,
    limit,
  ) as Array<{
    seq: number;
    id: string;
  }>;
}

/** Every ledger row of a subscription, oldest slot first. */
export function ledgerEntries(db: Database.Database, subscriptionId: number): LedgerEntry[] {
  const found = stmt(db, "SELECT * FROM digest_ledger WHERE subscription_id = ? ORDER BY slot").all(
    subscriptionId,
  ) as Array<Record<string, string | number | null>>;
  return found.map((r) => ({
    subscriptionId: Number(r.subscription_id),
    slot: String(r.slot),
    status: r.status as LedgerEntry["status"],
    windowFrom: String(r.window_from),
    windowTo: String(r.window_to),
    owner: (r.owner as string | null) ?? null,
    leaseUntil: (r.lease_until as string | null) ?? null,
    attempts: Number(r.attempts),
    messageId: (r.message_id as string | null) ?? null,
    error: (r.error as string | null) ?? null,
    claimedAt: String(r.claimed_at),
    finishedAt: (r.finished_at as string | null) ?? null,
  }));
}

/** Row counts of the tables a copy reproduces. */
export function storeCounts(db: Database.Database): StoreCounts {
  const count = (table: string) => (stmt(db, `SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  return {
    documents: count("documents"),
    extracts: count("extracts"),
    quotes: count("quotes"),
    memberships: count("memberships"),
    subscriptions: count("digest_subscriptions"),
    ledger: count("digest_ledger"),
    slackInstallations: count("slack_installations"),
    slackChannels: count("slack_channels"),
  };
}

/** Every channel whose Slack workspace is known (OAuth mode), as stored. */
export function slackChannels(db: Database.Database): Array<Record<string, unknown>> {
  return stmt(db, "SELECT * FROM slack_channels ORDER BY channel_id").all() as Array<Record<string, unknown>>;
}
