// Documents on PostgreSQL: dedupe by id (body hash) and canonical URL, near-duplicates linked to
// their first copy, topic memberships, and the re-extraction of stale briefs. Writes run inside
// the caller's transaction, which first takes the store's write lock (see store.ts).
import { isoDay } from "../../core/brief/topic-brief.ts";
import { BriefbotError } from "../../core/errors.ts";
import type { AddDocumentOptions, AddDocumentResult, StoredBrief } from "../../core/ports.ts";
import { type DocumentBrief, ENGINE_VERSION, type SourceDocument } from "../../core/schemas.ts";
import { canonicalUrl } from "../canonical-url.ts";
import {
  bandKeys,
  minhashSignature,
  NEAR_DUPLICATE_THRESHOLD,
  signatureFromBuffer,
  signatureToBuffer,
  similarity,
} from "../near-duplicate.ts";
import { type Queryable, rows, run } from "./db.ts";
import {
  countingTopics,
  deleteExtractRows,
  insertExtractRows,
  type KnownActors,
  tallyTopicActors,
} from "./extracts.ts";
import { DOCUMENT_COLUMNS, type DocumentRow, parseStoredBrief, storedDocument } from "./rows.ts";

interface DocumentKey {
  seq: number;
  id: string;
  day: string;
}

/** What addDocument computes before taking the write lock (pure CPU work). */
export interface PreparedDocument {
  document: SourceDocument;
  brief: DocumentBrief | null;
  topics: string[];
  canonical: string | null;
  signature: Uint32Array | null;
  addedAt: string;
  language: string | undefined;
  /** Topics given explicitly: pinned (see AddDocumentOptions.pinnedTopics). */
  pinned: ReadonlySet<string>;
}

/** Prepares a document for addDocument outside the transaction. */
export function prepareDocument(
  document: SourceDocument,
  brief: DocumentBrief | null,
  topics: readonly string[],
  options: AddDocumentOptions,
  now: Date,
): PreparedDocument {
  return {
    document,
    brief,
    topics: [...new Set(topics)],
    canonical: canonicalUrl(document.url),
    signature: minhashSignature(document.body),
    addedAt: (options.addedAt ?? now).toISOString(),
    language: options.language,
    pinned: new Set(options.pinnedTopics ?? []),
  };
}

async function join(
  db: Queryable,
  seq: number,
  day: string,
  counted: boolean,
  topics: readonly string[],
  pinned: ReadonlySet<string>,
): Promise<void> {
  for (const topic of topics) {
    const pin = pinned.has(topic);
    const inserted = await run(
      db,
      "INSERT INTO memberships (topic, doc_seq, day, counted, pinned) VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING",
      [topic, seq, day, counted, pin],
    );
    // A document newly counted in a topic adds its actors to the topic's tallies.
    if (inserted > 0 && counted) await tallyTopicActors(db, seq, topic, 1);
    // Given explicitly now, after the rules placed it there before: it stays from now on.
    if (inserted === 0 && pin) {
      await run(db, "UPDATE memberships SET pinned = true WHERE topic = $1 AND doc_seq = $2", [topic, seq]);
    }
  }
}

async function rootOf(db: Queryable, seq: number): Promise<DocumentKey> {
  const [row] = await rows<DocumentKey>(db, "SELECT seq, id, day FROM documents WHERE seq = $1", [seq]);
  return row!;
}

/** The first copy of a story this signature nearly matches, or null. */
async function nearestCopy(db: Queryable, signature: Uint32Array): Promise<DocumentKey | null> {
  const candidates = await rows<DocumentKey & { duplicate_of: number | null; minhash: Buffer | null }>(
    db,
    `SELECT DISTINCT d.seq, d.id, d.day, d.duplicate_of, d.minhash FROM near_dup_bands b
     JOIN documents d ON d.seq = b.doc_seq WHERE b.band = ANY($1::int[]) LIMIT 50`,
    [bandKeys(signature)],
  );
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

/** Stores a prepared document; call inside one transaction holding the write lock. */
export async function insertDocument(
  db: Queryable,
  known: KnownActors,
  prepared: PreparedDocument,
): Promise<AddDocumentResult> {
  const { document, brief, topics, canonical, signature, addedAt, pinned } = prepared;
  type Existing = DocumentKey & { duplicate_of: number | null };
  // The same body first, else the same canonical URL: one round trip for both.
  const [existing] = await rows<Existing>(
    db,
    `SELECT seq, id, day, duplicate_of FROM documents WHERE id = $1 OR ($2::text IS NOT NULL AND canonical_url = $2)
     ORDER BY (id = $1) DESC LIMIT 1`,
    [document.id, canonical],
  );
  if (existing) {
    // Already stored: it only joins the topics it was given now.
    const root = existing.duplicate_of === null ? existing : await rootOf(db, existing.duplicate_of);
    await join(db, existing.seq, existing.day, existing.duplicate_of === null, topics, pinned);
    if (existing.duplicate_of !== null) await join(db, root.seq, root.day, true, topics, pinned);
    return { status: "duplicate", documentId: existing.id, topics, duplicateOf: root.id };
  }
  const first = signature ? await nearestCopy(db, signature) : null;
  const day = document.date ?? isoDay(new Date(addedAt));
  const [inserted] = await rows<{ seq: number }>(
    db,
    `INSERT INTO documents (id, canonical_url, title, date, day, source, url, license, author,
       language, extracted, duplicate_of, added_at, minhash)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING seq`,
    [
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
      brief !== null,
      first?.seq ?? null,
      addedAt,
      signature ? signatureToBuffer(signature) : null,
    ],
  );
  const seq = inserted!.seq;
  await run(db, "INSERT INTO document_bodies (doc_seq, body) VALUES ($1, $2)", [seq, document.body]);
  if (signature) {
    await run(
      db,
      "INSERT INTO near_dup_bands (band, doc_seq) SELECT DISTINCT b, $1::int FROM unnest($2::int[]) AS u(b) ON CONFLICT DO NOTHING",
      [seq, bandKeys(signature)],
    );
  }
  if (brief) {
    await run(
      db,
      "INSERT INTO extracts (doc_seq, engine_version, brief_json, extracted_at) VALUES ($1, $2, $3, $4)",
      [seq, ENGINE_VERSION, JSON.stringify(brief), addedAt],
    );
    // A near-duplicate's actors and quotes would count the same story twice.
    if (!first) await insertExtractRows(db, known, seq, brief);
  }
  await join(db, seq, day, first === null, topics, pinned);
  if (first) {
    await join(db, first.seq, first.day, true, topics, pinned);
    return { status: "near-duplicate", documentId: document.id, topics, duplicateOf: first.id };
  }
  return { status: brief ? "added" : "not-english", documentId: document.id, topics };
}

async function storedBriefs(db: Queryable, found: DocumentRow[]): Promise<StoredBrief[]> {
  if (found.length === 0) return [];
  const seqs = found.map((row) => row.seq);
  const members = await rows<{ doc_seq: number; topic: string; pinned: boolean }>(
    db,
    'SELECT doc_seq, topic, pinned FROM memberships WHERE doc_seq = ANY($1::int[]) ORDER BY topic COLLATE "C"',
    [seqs],
  );
  const extracts = await rows<{ doc_seq: number; brief_json: string }>(
    db,
    "SELECT doc_seq, brief_json FROM extracts WHERE doc_seq = ANY($1::int[])",
    [seqs],
  );
  const briefs = new Map(extracts.map((row) => [row.doc_seq, row.brief_json]));
  return found.map((row) => {
    const json = briefs.get(row.seq);
    return {
      document: storedDocument(
        row,
        members.filter((member) => member.doc_seq === row.seq).map((member) => member.topic),
        members.filter((member) => member.doc_seq === row.seq && member.pinned).map((member) => member.topic),
      ),
      brief: json === undefined ? null : parseStoredBrief(json, row.id),
    };
  });
}

/** A document and its brief, or null. */
export async function getDocument(db: Queryable, id: string): Promise<StoredBrief | null> {
  const found = await rows<DocumentRow>(db, `SELECT ${DOCUMENT_COLUMNS} FROM documents d WHERE d.id = $1`, [
    id,
  ]);
  return (await storedBriefs(db, found))[0] ?? null;
}

/** Whether a document with this URL (in canonical form) is stored. */
export async function hasUrl(db: Queryable, url: string): Promise<boolean> {
  const canonical = canonicalUrl(url);
  if (canonical === null) return false;
  return (await rows(db, "SELECT 1 FROM documents WHERE canonical_url = $1", [canonical])).length > 0;
}

/** The whole stored document (body included), for re-extraction. */
export async function getSource(db: Queryable, id: string): Promise<SourceDocument | null> {
  const [row] = await rows<SourceDocument>(
    db,
    `SELECT d.id, d.title, d.date, d.source, d.url, d.license, d.author, b.body
     FROM documents d JOIN document_bodies b ON b.doc_seq = d.seq WHERE d.id = $1`,
    [id],
  );
  return row ?? null;
}

/** Ids of extracted documents whose extract is missing or from another engine version, oldest first. */
export async function staleDocumentIds(
  db: Queryable,
  engineVersion: string,
  all: boolean,
): Promise<string[]> {
  const found = await rows<{ id: string }>(
    db,
    `SELECT d.id FROM documents d LEFT JOIN extracts e ON e.doc_seq = d.seq
     WHERE d.extracted AND ($1 OR e.engine_version IS NULL OR e.engine_version <> $2) ORDER BY d.seq`,
    [all, engineVersion],
  );
  return found.map((row) => row.id);
}

/** Replaces a document's brief and its searchable rows; call inside one transaction. */
export async function replaceBrief(
  db: Queryable,
  known: KnownActors,
  id: string,
  brief: DocumentBrief,
  now: Date,
): Promise<void> {
  const [row] = await rows<{ seq: number; duplicate_of: number | null }>(
    db,
    "SELECT seq, duplicate_of FROM documents WHERE id = $1",
    [id],
  );
  if (!row) throw new BriefbotError("STORE_FAILED", `no stored document ${id}`);
  const topics = await countingTopics(db, row.seq);
  for (const topic of topics) await tallyTopicActors(db, row.seq, topic, -1);
  await deleteExtractRows(db, row.seq);
  await run(
    db,
    `INSERT INTO extracts (doc_seq, engine_version, brief_json, extracted_at) VALUES ($1, $2, $3, $4)
     ON CONFLICT (doc_seq) DO UPDATE SET engine_version = excluded.engine_version,
       brief_json = excluded.brief_json, extracted_at = excluded.extracted_at`,
    [row.seq, ENGINE_VERSION, JSON.stringify(brief), now.toISOString()],
  );
  if (row.duplicate_of === null) {
    await insertExtractRows(db, known, row.seq, brief);
    for (const topic of topics) await tallyTopicActors(db, row.seq, topic, 1);
  }
}

/** Counted documents added to a topic in [since, until), oldest first. */
export async function documentsAddedSince(
  db: Queryable,
  topic: string,
  since: Date,
  until: Date | undefined,
): Promise<StoredBrief[]> {
  const found = await rows<DocumentRow>(
    db,
    `SELECT ${DOCUMENT_COLUMNS} FROM memberships m JOIN documents d ON d.seq = m.doc_seq
     WHERE m.topic = $1 AND m.counted AND d.added_at >= $2 AND d.added_at < $3
     ORDER BY d.added_at, d.seq`,
    [topic, since.toISOString(), until ? until.toISOString() : "9999-12-31T23:59:59.999Z"],
  );
  return storedBriefs(db, found);
}
