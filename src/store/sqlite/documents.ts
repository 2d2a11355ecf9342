// Documents on SQLite: dedupe by id (body hash) and canonical URL, near-duplicates linked to their
// first copy, topic memberships, and the re-extraction of stale briefs. Writes run inside the
// caller's transaction (SqliteStore.write), so a crash leaves a document whole or absent.
import type Database from "better-sqlite3";
import { isoDay } from "../../core/brief/topic-brief.ts";
import { BriefbotError } from "../../core/errors.ts";
import type { AddDocumentResult, StoredBrief } from "../../core/ports.ts";
import { type DocumentBrief, ENGINE_VERSION, type SourceDocument } from "../../core/schemas.ts";
import { canonicalUrl } from "../canonical-url.ts";
import {
  bandKeys,
  NEAR_DUPLICATE_THRESHOLD,
  signatureFromBuffer,
  signatureToBuffer,
  similarity,
} from "../near-duplicate.ts";
import type { PreparedDocument } from "../prepared-document.ts";
import { DOCUMENT_COLUMNS, type DocumentRow, storedDocument } from "../row-mapping.ts";
import { parseStoredBrief } from "../stored-brief.ts";
import { countingTopics, deleteExtractRows, insertExtractRows, tallyTopicActors } from "./extracts.ts";
import { stmt } from "./rows.ts";

interface DocumentKey {
  seq: number;
  id: string;
  day: string;
}

function join(
  db: Database.Database,
  seq: number,
  day: string,
  counted: boolean,
  topics: readonly string[],
  pinned: ReadonlySet<string>,
): void {
  for (const topic of topics) {
    const pin = pinned.has(topic) ? 1 : 0;
    const inserted = stmt(
      db,
      "INSERT OR IGNORE INTO memberships (topic, doc_seq, day, counted, pinned) VALUES (?, ?, ?, ?, ?)",
    ).run(topic, seq, day, counted ? 1 : 0, pin);
    // A document newly counted in a topic adds its actors to the topic's tallies.
    if (inserted.changes > 0 && counted) tallyTopicActors(db, seq, topic, 1);
    // Given explicitly now, after the rules placed it there before: it stays from now on.
    if (inserted.changes === 0 && pin) {
      stmt(db, "UPDATE memberships SET pinned = 1 WHERE topic = ? AND doc_seq = ?").run(topic, seq);
    }
  }
}

function rootOf(db: Database.Database, seq: number): DocumentKey {
  return stmt(db, "SELECT seq, id, day FROM documents WHERE seq = ?").get(seq) as DocumentKey;
}

/**
 * The first copy of a story this signature nearly matches, or null. The 50 candidates looked at
 * are those sharing the most bands (then the oldest): a fixed choice, the same on both backends,
 * so that a copied store (migrate-store) links the same near-duplicates.
 */
function nearestCopy(db: Database.Database, signature: Uint32Array): DocumentKey | null {
  const bands = bandKeys(signature);
  const candidates = stmt(
    db,
    `SELECT d.seq, d.id, d.day, d.duplicate_of, d.minhash FROM near_dup_bands b
     JOIN documents d ON d.seq = b.doc_seq WHERE b.band IN (SELECT value FROM json_each(?))
     GROUP BY d.seq ORDER BY count(*) DESC, d.seq LIMIT 50`,
  ).all(JSON.stringify(bands)) as Array<
    DocumentKey & { duplicate_of: number | null; minhash: Buffer | null }
  >;
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
  return rootOf(db, best.duplicateOf ?? best.seq);
}

/** What insertDocument did: the port's answer, and the row of a document it added and counts. */
export interface InsertedDocument {
  result: AddDocumentResult;
  /** The seq of the new document when it was added with a brief and counts (not a near-duplicate). */
  added: number | null;
}

/** Stores a prepared document; call inside one IMMEDIATE transaction. */
export function insertDocument(db: Database.Database, prepared: PreparedDocument): InsertedDocument {
  const { document, brief, topics, canonical, signature, addedAt, pinned } = prepared;
  const existing = (stmt(db, "SELECT seq, id, day, duplicate_of FROM documents WHERE id = ?").get(
    document.id,
  ) ??
    (canonical
      ? stmt(db, "SELECT seq, id, day, duplicate_of FROM documents WHERE canonical_url = ?").get(canonical)
      : undefined)) as (DocumentKey & { duplicate_of: number | null }) | undefined;
  if (existing) {
    // Already stored: it only joins the topics it was given now.
    const root = existing.duplicate_of === null ? existing : rootOf(db, existing.duplicate_of);
    join(db, existing.seq, existing.day, existing.duplicate_of === null, topics, pinned);
    if (existing.duplicate_of !== null) join(db, root.seq, root.day, true, topics, pinned);
    return {
      result: { status: "duplicate", documentId: existing.id, topics, duplicateOf: root.id },
      added: null,
    };
  }
  const first = signature ? nearestCopy(db, signature) : null;
  const day = document.date ?? isoDay(new Date(addedAt));
  const inserted = stmt(
    db,
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
    prepared.language ?? (brief ? "en" : "und"),
    brief ? 1 : 0,
    first?.seq ?? null,
    addedAt,
    signature ? signatureToBuffer(signature) : null,
  );
  const seq = Number(inserted.lastInsertRowid);
  stmt(db, "INSERT INTO document_bodies (doc_seq, body) VALUES (?, ?)").run(seq, document.body);
  if (signature) {
    stmt(db, "INSERT OR IGNORE INTO near_dup_bands (band, doc_seq) SELECT value, ? FROM json_each(?)").run(
      seq,
      JSON.stringify(bandKeys(signature)),
    );
  }
  if (brief) {
    stmt(
      db,
      "INSERT INTO extracts (doc_seq, engine_version, brief_json, extracted_at) VALUES (?, ?, ?, ?)",
    ).run(seq, ENGINE_VERSION, JSON.stringify(brief), addedAt);
    // A near-duplicate's actors and quotes would count the same story twice.
    if (!first) insertExtractRows(db, seq, brief);
  }
  join(db, seq, day, first === null, topics, pinned);
  if (first) {
    join(db, first.seq, first.day, true, topics, pinned);
    return {
      result: { status: "near-duplicate", documentId: document.id, topics, duplicateOf: first.id },
      added: null,
    };
  }
  return {
    result: { status: brief ? "added" : "not-english", documentId: document.id, topics },
    added: brief ? seq : null,
  };
}

function storedBrief(db: Database.Database, row: DocumentRow): StoredBrief {
  const members = stmt(db, "SELECT topic, pinned FROM memberships WHERE doc_seq = ? ORDER BY topic").all(
    row.seq,
  ) as Array<{ topic: string; pinned: number }>;
  const topics = members.map((member) => member.topic);
  const pinned = members.filter((member) => member.pinned === 1).map((member) => member.topic);
  const extract = stmt(db, "SELECT brief_json FROM extracts WHERE doc_seq = ?").get(row.seq) as
    | { brief_json: string }
    | undefined;
  return {
    document: storedDocument(row, topics, pinned),
    brief: extract ? parseStoredBrief(extract.brief_json, row.id) : null,
  };
}

/** A document and its brief, or null. */
export function getDocument(db: Database.Database, id: string): StoredBrief | null {
  const row = stmt(db, `SELECT ${DOCUMENT_COLUMNS} FROM documents d WHERE d.id = ?`).get(id) as
    | DocumentRow
    | undefined;
  return row ? storedBrief(db, row) : null;
}

/** Whether a document with this URL (in canonical form) is stored. */
export function hasUrl(db: Database.Database, url: string): boolean {
  const canonical = canonicalUrl(url);
  return (
    canonical !== null &&
    stmt(db, "SELECT 1 FROM documents WHERE canonical_url = ?").get(canonical) !== undefined
  );
}

/** The whole stored document (body included), for re-extraction. */
export function getSource(db: Database.Database, id: string): SourceDocument | null {
  const row = stmt(
    db,
    `SELECT d.id, d.title, d.date, d.source, d.url, d.license, d.author, b.body
     FROM documents d JOIN document_bodies b ON b.doc_seq = d.seq WHERE d.id = ?`,
  ).get(id) as SourceDocument | undefined;
  return row ?? null;
}

/** Ids of extracted documents whose extract is missing or from another engine version, oldest first. */
export function staleDocumentIds(db: Database.Database, engineVersion: string, all: boolean): string[] {
  const rows = stmt(
    db,
    `SELECT d.id FROM documents d LEFT JOIN extracts e ON e.doc_seq = d.seq
     WHERE d.extracted = 1 AND (? OR e.engine_version IS NULL OR e.engine_version != ?) ORDER BY d.seq`,
  ).all(all ? 1 : 0, engineVersion) as Array<{ id: string }>;
  return rows.map((row) => row.id);
}

/** Replaces a document's brief and its searchable rows; call inside one transaction. */
export function replaceBrief(db: Database.Database, id: string, brief: DocumentBrief, now: Date): void {
  const row = stmt(db, "SELECT seq, duplicate_of FROM documents WHERE id = ?").get(id) as
    | { seq: number; duplicate_of: number | null }
    | undefined;
  if (!row) throw new BriefbotError("STORE_FAILED", `no stored document ${id}`);
  const topics = countingTopics(db, row.seq);
  for (const topic of topics) tallyTopicActors(db, row.seq, topic, -1);
  deleteExtractRows(db, row.seq);
  stmt(
    db,
    `INSERT INTO extracts (doc_seq, engine_version, brief_json, extracted_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (doc_seq) DO UPDATE SET engine_version = excluded.engine_version,
       brief_json = excluded.brief_json, extracted_at = excluded.extracted_at`,
  ).run(row.seq, ENGINE_VERSION, JSON.stringify(brief), now.toISOString());
  if (row.duplicate_of === null) {
    insertExtractRows(db, row.seq, brief);
    for (const topic of topics) tallyTopicActors(db, row.seq, topic, 1);
  }
}

/** Counted documents added to a topic in [since, until), oldest first. */
export function documentsAddedSince(
  db: Database.Database,
  topic: string,
  since: Date,
  until: Date | undefined,
): StoredBrief[] {
  const rows = stmt(
    db,
    `SELECT ${DOCUMENT_COLUMNS} FROM memberships m JOIN documents d ON d.seq = m.doc_seq
     WHERE m.topic = ? AND m.counted = 1 AND d.added_at >= ? AND d.added_at < ?
     ORDER BY d.added_at, d.seq`,
  ).all(
    topic,
    since.toISOString(),
    until ? until.toISOString() : "9999-12-31T23:59:59.999Z",
  ) as DocumentRow[];
  return rows.map((row) => storedBrief(db, row));
}
