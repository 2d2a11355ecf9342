// Copies a SQLite install into PostgreSQL (`briefbot migrate-store`): topics, documents with their
// briefs (in the order they were stored, so dedupe and near-duplicate links come out the same),
// subscriptions and the digest ledger, Slack installations and the workspace of each channel. Resumable: documents already in the target are skipped and
// ledger rows already there kept, so running it again after an interruption finishes the copy.
// Ends by comparing row counts.
import { existsSync, statSync } from "node:fs";
import { BriefbotError } from "../core/errors.ts";
import { toWorkspaceRef } from "./installation-rows.ts";
import type { CopiedDocument } from "./postgres/bulk-import.ts";
import type { Pool } from "./postgres/db.ts";
import {
  importLedgerEntries,
  storedDocumentIds,
  storeCounts as targetCounts,
  documentIdsAfter as targetIdsAfter,
} from "./postgres/import.ts";
import { openPostgresPorts } from "./postgres/postgres-ports.ts";
import {
  countDocumentIds,
  type DocumentForCopy,
  documentIdsAfter,
  documentsForCopy,
  ledgerEntries,
  type MembershipForCopy,
  slackChannels,
  storeCounts as sourceCounts,
} from "./sqlite/export.ts";
import { openSqlitePorts } from "./sqlite/sqlite-ports.ts";
import { parseStoredBrief } from "./stored-brief.ts";

/** How the copy went: what was copied now, what was already there, and the counts on both sides. */
export interface MigrateReport {
  topics: number;
  documentsCopied: number;
  documentsAlreadyThere: number;
  subscriptions: number;
  ledgerRowsCopied: number;
  source: Record<string, number>;
  target: Record<string, number>;
  /** The tables whose counts differ (empty when the copy is whole). */
  mismatches: string[];
  /** How the documents were written (see MigrateMode). */
  mode: "copy" | "replay";
}

/**
 * How documents are written. "copy": as the source stored them (rows, near-duplicate links,
 * memberships and story assignments copied, actors resolved as at ingest; a batch in a few
 * statements). "replay": each added again as addDocument would, deciding links and stories anew
 * (a batch in a few statements per document). "auto" copies when every document of the target is
 * one of the source's (a fresh target, or a copy resumed), and replays otherwise: documents the
 * source never saw could be copies or near-duplicates of its own.
 */
export type MigrateMode = "auto" | "copy" | "replay";

/** Progress of the document copy. */
export type MigrateProgress = (done: number, total: number, current: string) => void;

/** Document ids read from the source at a time. */
const PAGE = 500;
/**
 * Documents written per transaction. Each is stored as addDocument would store it, in the same
 * order; what a transaction per document repeated (lock, version bump, commit, story read-back)
 * is paid once per batch.
 */
const DEFAULT_BATCH = 100;

/** Copies the SQLite store at `sqlitePath` into the PostgreSQL database at `postgresUrl`. */
export async function migrateStore(
  sqlitePath: string,
  postgresUrl: string,
  progress: MigrateProgress = () => {},
  options: { batch?: number; mode?: MigrateMode } = {},
): Promise<MigrateReport> {
  const batch = Math.max(1, options.batch ?? DEFAULT_BATCH);
  if (!existsSync(sqlitePath) || !statSync(sqlitePath).isFile()) {
    throw new BriefbotError("STORE_FAILED", `no SQLite database at ${sqlitePath} (--from sqlite:PATH)`);
  }
  const source = await openSqlitePorts(sqlitePath);
  try {
    const target = await openPostgresPorts(postgresUrl);
    try {
      const db = source.store.db;
      target.store.bulkLoad(true);
      const before = sourceCounts(db);
      const topics = await source.store.listTopics();
      for (const { documentCount: _count, lastUpdated: _last, ...topic } of topics) {
        await target.store.upsertTopic(topic);
      }
      const mode =
        (options.mode ?? "auto") === "auto"
          ? (await onlySourceDocuments((ids) => countDocumentIds(db, ids), target.store.pool))
            ? "copy"
            : "replay"
          : (options.mode as "copy" | "replay");
      let copied = 0;
      let present = 0;
      for (let after = 0; ; ) {
        const page = documentIdsAfter(db, after, PAGE);
        if (page.length === 0) break;
        const there = await storedDocumentIds(
          target.store.pool,
          page.map((row) => row.id),
        );
        for (let from = 0; from < page.length; from += batch) {
          const chunk = page.slice(from, from + batch);
          if (mode === "copy") {
            const wanted = chunk.filter((row) => !there.has(row.id)).map((row) => row.seq);
            const { documents, memberships } = documentsForCopy(db, wanted);
            if (documents.length !== wanted.length) {
              throw new BriefbotError("STORE_FAILED", "documents vanished from the source while copying");
            }
            await target.store.importDocuments(copiedDocuments(documents, memberships));
            for (const { seq, id } of chunk) {
              after = seq;
              if (there.has(id)) present++;
              else copied++;
              progress(copied + present, before.documents, id);
            }
            continue;
          }
          const items = [];
          for (const { id } of chunk) {
            if (there.has(id)) continue;
            const stored = await source.store.getDocument(id);
            const body = await source.store.getSource(id);
            if (!stored || !body)
              throw new BriefbotError("STORE_FAILED", `document ${id} vanished while copying`);
            items.push({
              document: body,
              brief: stored.brief,
              topics: stored.document.topics,
              options: {
                addedAt: new Date(stored.document.addedAt),
                language: stored.document.language,
                // Explicit memberships stay explicit: a rematch on the copy keeps them.
                pinnedTopics: stored.document.pinnedTopics,
              },
            });
          }
          // One transaction for the chunk: an interruption loses at most this chunk, which the
          // next run copies again.
          await target.store.addDocuments(items);
          for (const { seq, id } of chunk) {
            after = seq;
            if (there.has(id)) present++;
            else copied++;
            progress(copied + present, before.documents, id);
          }
        }
      }
      let ledgerRowsCopied = 0;
      const subscriptions = await source.digests.listSubscriptions();
      for (const subscription of subscriptions) {
        const { subscription: created } = await target.digests.subscribe(
          subscription,
          subscription.createdAt,
        );
        if (subscription.pausedAt !== null) {
          await target.digests.pause(created.id, subscription.pausedReason ?? "", subscription.pausedAt);
        }
        ledgerRowsCopied += await importLedgerEntries(
          target.store.pool,
          created.id,
          ledgerEntries(db, subscription.id),
        );
      }
      // Slack OAuth: installations are replaced as a whole, channels upserted, so a rerun is harmless.
      for (const installation of await source.installations.listInstallations()) {
        await target.installations.saveInstallation(installation);
      }
      for (const row of slackChannels(db)) {
        await target.installations.rememberChannel(
          String(row.channel_id),
          toWorkspaceRef(row, "slack_channels"),
          String(row.seen_at),
        );
      }
      const source_ = { ...before };
      const target_ = await targetCounts(target.store.pool);
      const mismatches = Object.keys(source_).filter(
        (table) => source_[table as keyof typeof source_] !== target_[table],
      );
      return {
        topics: topics.length,
        documentsCopied: copied,
        documentsAlreadyThere: present,
        subscriptions: subscriptions.length,
        ledgerRowsCopied,
        source: source_,
        target: target_,
        mismatches,
        mode,
      };
    } finally {
      await target.close();
    }
  } finally {
    await source.close();
  }
}

/**
 * Whether every document of the target is one of the source's (by id): then the source's links
 * and stories hold for the copy and may be copied (checked a page of ids at a time).
 */
async function onlySourceDocuments(inSource: (ids: string[]) => number, pool: Pool): Promise<boolean> {
  for (let after = 0; ; ) {
    const page = await targetIdsAfter(pool, after, 5000);
    if (page.length === 0) return true;
    if (inSource(page.map((row) => row.id)) !== page.length) return false;
    after = page[page.length - 1]!.seq;
  }
}

/** Source rows as importDocuments takes them; briefs validated as the SQLite store reads them. */
function copiedDocuments(
  documents: readonly DocumentForCopy[],
  memberships: readonly MembershipForCopy[],
): CopiedDocument[] {
  const bySeq = new Map<number, MembershipForCopy[]>();
  for (const m of memberships) {
    const list = bySeq.get(m.doc_seq) ?? [];
    list.push(m);
    bySeq.set(m.doc_seq, list);
  }
  return documents.map((row) => ({
    id: row.id,
    canonicalUrl: row.canonical_url,
    title: row.title,
    date: row.date,
    day: row.day,
    source: row.source,
    url: row.url,
    license: row.license,
    author: row.author,
    language: row.language,
    extracted: row.extracted !== 0,
    duplicateOf: row.duplicate_of_id,
    addedAt: row.added_at,
    minhash: row.minhash,
    body: row.body,
    extract:
      row.brief_json === null
        ? null
        : {
            engineVersion: row.engine_version!,
            brief: parseStoredBrief(row.brief_json, row.id),
            extractedAt: row.extracted_at!,
          },
    memberships: (bySeq.get(row.seq) ?? []).map((m) => ({
      topic: m.topic,
      day: m.day,
      counted: m.counted !== 0,
      pinned: m.pinned !== 0,
      story: m.story,
      storySeq: m.story_seq,
    })),
  }));
}
