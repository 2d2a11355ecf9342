// The Store port on SQLite (better-sqlite3, synchronous): WAL, foreign keys, migrations at open.
// Writes of one document are one transaction, so a crash leaves it whole or absent.
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import Database from "better-sqlite3";
import { z } from "zod";
import type { TopicBrief } from "../core/brief/topic-brief.ts";
import { isoDay } from "../core/brief/topic-brief.ts";
import { BriefbotError } from "../core/errors.ts";
import type {
  ActorProfile,
  ActorSuggestion,
  AddDocumentOptions,
  AddDocumentResult,
  Clock,
  QuoteHit,
  QuoteQuery,
  Store,
  StoredBrief,
  SuggestOptions,
  TopicBriefOptions,
  TopicSummary,
} from "../core/ports.ts";
import { type DocumentBrief, ENGINE_VERSION, type SourceDocument } from "../core/schemas.ts";
import { type Topic, TopicFile } from "../core/topic.ts";
import { canonicalUrl } from "./canonical-url.ts";
import {
  bandKeys,
  minhashSignature,
  NEAR_DUPLICATE_THRESHOLD,
  signatureFromBuffer,
  signatureToBuffer,
  similarity,
} from "./near-duplicate.ts";
import { ReadCache } from "./read-cache.ts";
import { actorProfile, listActors, listSpeakers } from "./sqlite-actor-queries.ts";
import { BUSY_TIMEOUT_MS, storeError, storeWrite } from "./sqlite-errors.ts";
import {
  countingTopics,
  deleteExtractRows,
  forgetKnownRows,
  insertExtractRows,
  tallyTopicActors,
} from "./sqlite-extracts.ts";
import { migrate } from "./sqlite-migrate.ts";
import { searchQuotes, topicBrief } from "./sqlite-queries.ts";
import { DOCUMENT_COLUMNS, type DocumentRow, parseStoredBrief, stmt, storedDocument } from "./sqlite-rows.ts";

/** Options of openStore. */
export interface OpenStoreOptions {
  /** The clock that stamps added documents (tests and digests pass their own). */
  clock?: Clock;
}

interface TopicRow {
  slug: string;
  title: string;
  description: string;
  match_json: string;
  feeds_json: string;
}

/** Opens (creating the folder and file) and migrates the database at `path` (":memory:" allowed). */
export function openStore(path: string, options: OpenStoreOptions = {}): SqliteStore {
  if (path !== ":memory:" && path !== "") mkdirSync(dirname(path), { recursive: true });
  let db: Database.Database;
  try {
    db = new Database(path);
  } catch (error) {
    throw new BriefbotError("STORE_FAILED", `cannot open the database ${path} (BRIEFBOT_DB)`, {
      cause: error,
    });
  }
  try {
    // The busy timeout first: switching to WAL takes a lock that a concurrent open may hold.
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    db.pragma("journal_mode = WAL");
    db.pragma("foreign_keys = ON");
    db.pragma("synchronous = NORMAL");
    migrate(db);
  } catch (error) {
    db.close();
    if (error instanceof BriefbotError) throw error;
    throw new BriefbotError("STORE_FAILED", `cannot prepare the database ${path}`, { cause: error });
  }
  return new SqliteStore(db, options.clock ?? (() => new Date()));
}

/** The SQLite store. `db` is exposed for the digest tables (src/store/sqlite-digest*.ts). */
export class SqliteStore implements Store {
  readonly db: Database.Database;
  private readonly clock: Clock;
  private readonly cache: ReadCache;

  constructor(db: Database.Database, clock: Clock) {
    this.db = db;
    this.clock = clock;
    this.cache = new ReadCache(db);
  }

  /** Runs `fn` in one IMMEDIATE transaction; a failure forgets the rows cached during it. */
  private write<T>(fn: () => T): T {
    this.cache.invalidate();
    try {
      return this.db.transaction(fn).immediate();
    } catch (error) {
      forgetKnownRows(this.db);
      throw storeError(error);
    }
  }

  upsertTopic(topic: Topic): void {
    this.cache.invalidate();
    storeWrite(() =>
      stmt(
        this.db,
        `INSERT INTO topics (slug, title, description, match_json, feeds_json, updated_at) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (slug) DO UPDATE SET title = excluded.title, description = excluded.description,
         match_json = excluded.match_json, feeds_json = excluded.feeds_json, updated_at = excluded.updated_at`,
      ).run(
        topic.slug,
        topic.title,
        topic.description,
        JSON.stringify(topic.match),
        JSON.stringify(topic.feeds),
        this.clock().toISOString(),
      ),
    );
  }

  private topicFromRow(row: TopicRow): Topic {
    const parsed = TopicFile.safeParse({
      title: row.title,
      description: row.description,
      match: JSON.parse(row.match_json),
      feeds: JSON.parse(row.feeds_json),
    });
    if (!parsed.success) {
      throw new BriefbotError(
        "STORED_DATA_INVALID",
        `stored topic ${row.slug} is invalid: ${z.prettifyError(parsed.error)}`,
        { cause: parsed.error },
      );
    }
    return { slug: row.slug, ...parsed.data };
  }

  listTopics(): TopicSummary[] {
    return this.cache.get("topics", () => this.readTopics());
  }

  private readTopics(): TopicSummary[] {
    const rows = stmt(
      this.db,
      `SELECT t.*,
         (SELECT count(*) FROM memberships m WHERE m.topic = t.slug AND m.counted = 1) AS document_count,
         (SELECT max(d.added_at) FROM memberships m JOIN documents d ON d.seq = m.doc_seq
           WHERE m.topic = t.slug) AS last_updated
       FROM topics t ORDER BY t.slug`,
    ).all() as Array<TopicRow & { document_count: number; last_updated: string | null }>;
    return rows.map((row) => ({
      ...this.topicFromRow(row),
      documentCount: row.document_count,
      lastUpdated: row.last_updated,
    }));
  }

  getTopic(slug: string): Topic | null {
    const row = stmt(this.db, "SELECT * FROM topics WHERE slug = ?").get(slug) as TopicRow | undefined;
    return row ? this.topicFromRow(row) : null;
  }

  /** Throws TOPIC_NOT_FOUND, listing the known topics, unless every slug exists. */
  requireTopics(slugs: readonly string[]): void {
    for (const slug of slugs) {
      if (!stmt(this.db, "SELECT 1 FROM topics WHERE slug = ?").get(slug)) {
        const known = (
          stmt(this.db, "SELECT slug FROM topics ORDER BY slug").all() as Array<{ slug: string }>
        ).map((row) => row.slug);
        throw new BriefbotError("TOPIC_NOT_FOUND", `unknown topic "${slug}"`, {
          hints: [known.length > 0 ? `known topics: ${known.join(", ")}` : "no topics are defined yet"],
        });
      }
    }
  }

  private join(seq: number, day: string, counted: boolean, topics: readonly string[]): void {
    for (const topic of topics) {
      const inserted = stmt(
        this.db,
        "INSERT OR IGNORE INTO memberships (topic, doc_seq, day, counted) VALUES (?, ?, ?, ?)",
      ).run(topic, seq, day, counted ? 1 : 0);
      // A document newly counted in a topic adds its actors to the topic's tallies.
      if (inserted.changes > 0 && counted) tallyTopicActors(this.db, seq, topic, 1);
    }
  }

  addDocument(
    document: SourceDocument,
    brief: DocumentBrief | null,
    topics: readonly string[],
    options: AddDocumentOptions = {},
  ): AddDocumentResult {
    const unique = [...new Set(topics)];
    this.requireTopics(unique);
    const canonical = canonicalUrl(document.url);
    // The signature is pure CPU work: compute it before taking the write lock.
    const signature = minhashSignature(document.body);
    const addedAt = (options.addedAt ?? this.clock()).toISOString();
    return this.write((): AddDocumentResult => {
      const existing = (stmt(this.db, "SELECT seq, id, day, duplicate_of FROM documents WHERE id = ?").get(
        document.id,
      ) ??
        (canonical
          ? stmt(this.db, "SELECT seq, id, day, duplicate_of FROM documents WHERE canonical_url = ?").get(
              canonical,
            )
          : undefined)) as { seq: number; id: string; day: string; duplicate_of: number | null } | undefined;
      if (existing) {
        // Already stored: it only joins the topics it was given now.
        const root = existing.duplicate_of === null ? existing : this.rootOf(existing.duplicate_of);
        this.join(existing.seq, existing.day, existing.duplicate_of === null, unique);
        if (existing.duplicate_of !== null) this.join(root.seq, root.day, true, unique);
        return { status: "duplicate", documentId: existing.id, topics: unique, duplicateOf: root.id };
      }
      const first = signature ? this.nearestCopy(signature) : null;
      const day = document.date ?? isoDay(new Date(addedAt));
      const inserted = stmt(
        this.db,
        `INSERT INTO documents (id, canonical_url, title, date, day, source, url, license, author,
           language, extracted, duplicate_of, added_at, minhash)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        document.id,
        canonical,
        document.title,
        document.date,
        day,
        document.source,
        document.url,
        document.license,
        document.author,
        options.language ?? (brief ? "en" : "und"),
        brief ? 1 : 0,
        first?.seq ?? null,
        addedAt,
        signature ? signatureToBuffer(signature) : null,
      );
      const seq = Number(inserted.lastInsertRowid);
      stmt(this.db, "INSERT INTO document_bodies (doc_seq, body) VALUES (?, ?)").run(seq, document.body);
      if (signature) {
        stmt(
          this.db,
          "INSERT OR IGNORE INTO near_dup_bands (band, doc_seq) SELECT value, ? FROM json_each(?)",
        ).run(seq, JSON.stringify(bandKeys(signature)));
      }
      if (brief) {
        stmt(
          this.db,
          "INSERT INTO extracts (doc_seq, engine_version, brief_json, extracted_at) VALUES (?, ?, ?, ?)",
        ).run(seq, ENGINE_VERSION, JSON.stringify(brief), addedAt);
        // A near-duplicate's actors and quotes would count the same story twice.
        if (!first) insertExtractRows(this.db, seq, brief);
      }
      this.join(seq, day, first === null, unique);
      if (first) {
        this.join(first.seq, first.day, true, unique);
        return { status: "near-duplicate", documentId: document.id, topics: unique, duplicateOf: first.id };
      }
      return { status: brief ? "added" : "not-english", documentId: document.id, topics: unique };
    });
  }

  private rootOf(seq: number): { seq: number; id: string; day: string } {
    return stmt(this.db, "SELECT seq, id, day FROM documents WHERE seq = ?").get(seq) as {
      seq: number;
      id: string;
      day: string;
    };
  }

  /** The first copy of a story this signature nearly matches, or null. */
  private nearestCopy(signature: Uint32Array): { seq: number; id: string; day: string } | null {
    const bands = bandKeys(signature);
    const candidates = stmt(
      this.db,
      `SELECT DISTINCT d.seq, d.id, d.day, d.duplicate_of, d.minhash FROM near_dup_bands b
       JOIN documents d ON d.seq = b.doc_seq WHERE b.band IN (SELECT value FROM json_each(?)) LIMIT 50`,
    ).all(JSON.stringify(bands)) as Array<{
      seq: number;
      id: string;
      day: string;
      duplicate_of: number | null;
      minhash: Buffer | null;
    }>;
    let best: { seq: number; score: number; duplicateOf: number | null } | null = null;
    for (const candidate of candidates) {
      if (!candidate.minhash) continue;
      const score = similarity(signature, signatureFromBuffer(candidate.minhash));
      if (
        score >= NEAR_DUPLICATE_THRESHOLD &&
        (!best || score > best.score || (score === best.score && candidate.seq < best.seq))
      ) {
        best = { seq: candidate.seq, score, duplicateOf: candidate.duplicate_of };
      }
    }
    if (!best) return null;
    return this.rootOf(best.duplicateOf ?? best.seq);
  }

  getDocument(id: string): StoredBrief | null {
    const row = stmt(this.db, `SELECT ${DOCUMENT_COLUMNS} FROM documents d WHERE d.id = ?`).get(id) as
      | DocumentRow
      | undefined;
    return row ? this.storedBrief(row) : null;
  }

  private storedBrief(row: DocumentRow): StoredBrief {
    const topics = (
      stmt(this.db, "SELECT topic FROM memberships WHERE doc_seq = ? ORDER BY topic").all(row.seq) as Array<{
        topic: string;
      }>
    ).map((member) => member.topic);
    const extract = stmt(this.db, "SELECT brief_json FROM extracts WHERE doc_seq = ?").get(row.seq) as
      | { brief_json: string }
      | undefined;
    return {
      document: storedDocument(row, topics),
      brief: extract ? parseStoredBrief(extract.brief_json, row.id) : null,
    };
  }

  /** Whether a document with this URL (in canonical form) is stored. */
  hasUrl(url: string): boolean {
    const canonical = canonicalUrl(url);
    return (
      canonical !== null &&
      stmt(this.db, "SELECT 1 FROM documents WHERE canonical_url = ?").get(canonical) !== undefined
    );
  }

  /** The whole stored document (body included), for re-extraction. */
  getSource(id: string): SourceDocument | null {
    const row = stmt(
      this.db,
      `SELECT d.id, d.title, d.date, d.source, d.url, d.license, d.author, b.body
       FROM documents d JOIN document_bodies b ON b.doc_seq = d.seq WHERE d.id = ?`,
    ).get(id) as SourceDocument | undefined;
    return row ?? null;
  }

  /** Ids of documents whose extract is missing or from another engine version, oldest first. */
  staleDocumentIds(engineVersion: string = ENGINE_VERSION, all = false): string[] {
    const rows = stmt(
      this.db,
      `SELECT d.id FROM documents d LEFT JOIN extracts e ON e.doc_seq = d.seq
       WHERE d.extracted = 1 AND (? OR e.engine_version IS NULL OR e.engine_version != ?) ORDER BY d.seq`,
    ).all(all ? 1 : 0, engineVersion) as Array<{ id: string }>;
    return rows.map((row) => row.id);
  }

  /** Replaces a document's brief with one from the current engine, in one transaction. */
  replaceBrief(id: string, brief: DocumentBrief): void {
    this.write(() => {
      const row = stmt(this.db, "SELECT seq, duplicate_of FROM documents WHERE id = ?").get(id) as
        | { seq: number; duplicate_of: number | null }
        | undefined;
      if (!row) throw new BriefbotError("STORE_FAILED", `no stored document ${id}`);
      const topics = countingTopics(this.db, row.seq);
      for (const topic of topics) tallyTopicActors(this.db, row.seq, topic, -1);
      deleteExtractRows(this.db, row.seq);
      stmt(
        this.db,
        `INSERT INTO extracts (doc_seq, engine_version, brief_json, extracted_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (doc_seq) DO UPDATE SET engine_version = excluded.engine_version,
           brief_json = excluded.brief_json, extracted_at = excluded.extracted_at`,
      ).run(row.seq, ENGINE_VERSION, JSON.stringify(brief), this.clock().toISOString());
      if (row.duplicate_of === null) {
        insertExtractRows(this.db, row.seq, brief);
        for (const topic of topics) tallyTopicActors(this.db, row.seq, topic, 1);
      }
    });
  }

  topicBrief(slug: string, options: TopicBriefOptions): TopicBrief {
    const topic = this.getTopic(slug);
    if (!topic) this.requireTopics([slug]);
    // Recency weights move slowly: briefs asked within the same minute share one answer.
    const minute = (date: Date | null | undefined) => (date ? Math.floor(date.getTime() / 60_000) : "");
    const key = `brief:${slug}:${minute(options.now)}:${minute(options.since)}:${JSON.stringify(options.limits ?? {})}`;
    return this.cache.get(key, () => topicBrief(this.db, topic!, options));
  }

  searchQuotes(query: QuoteQuery): QuoteHit[] {
    return this.cache.get(`quotes:${JSON.stringify(query)}`, () => searchQuotes(this.db, query));
  }

  actorProfile(name: string, options: { topic?: string; limit?: number } = {}): ActorProfile | null {
    if (options.topic !== undefined) this.requireTopics([options.topic]);
    return this.cache.get(`who:${JSON.stringify([name, options.topic, options.limit])}`, () =>
      actorProfile(this.db, name, options),
    );
  }

  listSpeakers(options: SuggestOptions = {}): string[] {
    return listSpeakers(this.db, options);
  }

  listActors(options: SuggestOptions = {}): ActorSuggestion[] {
    return listActors(this.db, options);
  }

  documentsAddedSince(topic: string, since: Date, until?: Date): StoredBrief[] {
    this.requireTopics([topic]);
    const rows = stmt(
      this.db,
      `SELECT ${DOCUMENT_COLUMNS} FROM memberships m JOIN documents d ON d.seq = m.doc_seq
       WHERE m.topic = ? AND m.counted = 1 AND d.added_at >= ? AND d.added_at < ?
       ORDER BY d.added_at, d.seq`,
    ).all(
      topic,
      since.toISOString(),
      until ? until.toISOString() : "9999-12-31T23:59:59.999Z",
    ) as DocumentRow[];
    return rows.map((row) => this.storedBrief(row));
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}
