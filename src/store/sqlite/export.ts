// What `briefbot migrate-store` reads from a SQLite store beyond the ports: every document id in
// the order they were stored (so near-duplicates find the same first copy again), every ledger
// row of a subscription as stored, and table counts to check the copy against.
import type Database from "better-sqlite3";
import type { LedgerEntry } from "../../core/digest/digest-store.ts";
import type { DocumentRow } from "../row-mapping.ts";
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

/** A stored document as `migrate-store` copies it: its row, body and extract as stored. */
export interface DocumentForCopy extends DocumentRow {
  canonical_url: string | null;
  /** 0 or 1 on SQLite. */
  extracted: number;
  minhash: Buffer | null;
  body: string;
  engine_version: string | null;
  brief_json: string | null;
  extracted_at: string | null;
}

/** A topic membership as stored, story assignment included. */
export interface MembershipForCopy {
  doc_seq: number;
  topic: string;
  day: string;
  counted: number;
  pinned: number;
  story: string | null;
  story_seq: number | null;
}

/**
 * The documents at positions `seqs` (from documentIdsAfter) with their bodies, extracts and
 * memberships, in storage order: two statements for a page of the copy.
 */
export function documentsForCopy(
  db: Database.Database,
  seqs: readonly number[],
): { documents: DocumentForCopy[]; memberships: MembershipForCopy[] } {
  if (seqs.length === 0) return { documents: [], memberships: [] };
  const list = JSON.stringify(seqs);
  const documents = stmt(
    db,
    `SELECT d.seq, d.id, d.canonical_url, d.title, d.date, d.day, d.source, d.url, d.license, d.author,
       d.language, d.extracted, r.id AS duplicate_of_id, d.added_at, d.minhash, b.body,
       e.engine_version, e.brief_json, e.extracted_at
     FROM documents d JOIN document_bodies b ON b.doc_seq = d.seq
     LEFT JOIN documents r ON r.seq = d.duplicate_of LEFT JOIN extracts e ON e.doc_seq = d.seq
     WHERE d.seq IN (SELECT value FROM json_each(?)) ORDER BY d.seq`,
  ).all(list) as DocumentForCopy[];
  const memberships = stmt(
    db,
    `SELECT doc_seq, topic, day, counted, pinned, story, story_seq FROM memberships
     WHERE doc_seq IN (SELECT value FROM json_each(?)) ORDER BY doc_seq, topic`,
  ).all(list) as MembershipForCopy[];
  return { documents, memberships };
}

/** How many of these document ids the store holds. */
export function countDocumentIds(db: Database.Database, ids: readonly string[]): number {
  return (
    stmt(db, "SELECT count(*) AS n FROM documents WHERE id IN (SELECT value FROM json_each(?))").get(
      JSON.stringify(ids),
    ) as { n: number }
  ).n;
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
