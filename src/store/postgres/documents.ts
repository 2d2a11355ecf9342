// Documents on PostgreSQL: dedupe by id (body hash) and canonical URL, near-duplicates linked to
// their first copy, topic memberships, and the re-extraction of stale briefs. Writes run inside
// the caller's transaction, which first takes the store's write lock (see store.ts).
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
import { resolveActors } from "./actor-resolve.ts";
import { type Queryable, rows, run } from "./db.ts";
import {
  actorMentions,
  countingTopics,
  deleteExtractRows,
  extractRowsCtes,
  type KnownActors,
  Params,
  tallyCte,
  tallyTopicActors,
  withCtes,
} from "./extracts.ts";

interface DocumentKey {
  seq: number;
  id: string;
  day: string;
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

/** A stored copy of a story: its key, its first copy's (when it is a near-duplicate) and its signature. */
interface Candidate extends DocumentKey {
  duplicate_of: number | null;
  root_seq: number | null;
  root_id: string | null;
  root_day: string | null;
  minhash: Buffer | null;
}

const rootOf = (row: Candidate): DocumentKey =>
  row.duplicate_of === null ? row : { seq: row.root_seq!, id: row.root_id!, day: row.root_day! };

/** The first copy of a story this signature nearly matches, among the candidates; or null. */
function nearestCopy(candidates: readonly Candidate[], signature: Uint32Array): DocumentKey | null {
  let best: { row: Candidate; score: number } | null = null;
  for (const candidate of candidates) {
    if (!candidate.minhash) continue;
    const score = similarity(signature, signatureFromBuffer(candidate.minhash));
    if (
      score >= NEAR_DUPLICATE_THRESHOLD &&
      (!best || score > best.score || (score === best.score && candidate.seq < best.row.seq))
    ) {
      best = { row: candidate, score };
    }
  }
  return best ? rootOf(best.row) : null;
}

/**
 * The stored document with the same body (else the same canonical URL), and the near-duplicate
 * candidates sharing a band with the signature (the 50 sharing the most, then the oldest, as on
 * SQLite): one round trip for both, roots joined in.
 */
async function lookUp(
  db: Queryable,
  id: string,
  canonical: string | null,
  signature: Uint32Array | null,
): Promise<{ existing: Candidate | null; candidates: Candidate[] }> {
  const found = await rows<Candidate & { kind: string }>(
    db,
    `SELECT * FROM (
       SELECT 'existing' AS kind, d.seq, d.id, d.day, d.duplicate_of, r.seq AS root_seq, r.id AS root_id,
         r.day AS root_day, NULL::bytea AS minhash
       FROM documents d LEFT JOIN documents r ON r.seq = d.duplicate_of
       WHERE d.id = $1 OR ($2::text IS NOT NULL AND d.canonical_url = $2)
       ORDER BY (d.id = $1) DESC LIMIT 1) e
     UNION ALL
     SELECT * FROM (
       SELECT 'near', d.seq, d.id, d.day, d.duplicate_of, r.seq, r.id, r.day, d.minhash
       FROM near_dup_bands b JOIN documents d ON d.seq = b.doc_seq LEFT JOIN documents r ON r.seq = d.duplicate_of
       WHERE b.band = ANY($3::int[]) GROUP BY d.seq, r.seq ORDER BY count(*) DESC, d.seq LIMIT 50) n`,
    [id, canonical, signature ? bandKeys(signature) : []],
  );
  return {
    existing: found.find((row) => row.kind === "existing") ?? null,
    candidates: found.filter((row) => row.kind === "near"),
  };
}

/** What insertDocument did, and where a newly stored document went (for story assignment). */
export interface InsertedDocument {
  result: AddDocumentResult;
  /** The new row's seq and membership day; null when no document row was inserted. */
  stored: { seq: number; day: string } | null;
}

/** Stores a prepared document; call inside one transaction holding the write lock. */
export async function insertDocument(
  db: Queryable,
  known: KnownActors,
  prepared: PreparedDocument,
): Promise<InsertedDocument> {
  const { document, brief, topics, canonical, signature, addedAt, pinned } = prepared;
  const { existing, candidates } = await lookUp(db, document.id, canonical, signature);
  if (existing) {
    // Already stored: it only joins the topics it was given now.
    const root = rootOf(existing);
    await join(db, existing.seq, existing.day, existing.duplicate_of === null, topics, pinned);
    if (existing.duplicate_of !== null) await join(db, root.seq, root.day, true, topics, pinned);
    return {
      result: { status: "duplicate", documentId: existing.id, topics, duplicateOf: root.id },
      stored: null,
    };
  }
  const first = signature ? nearestCopy(candidates, signature) : null;
  const day = document.date ?? isoDay(new Date(addedAt));
  // A near-duplicate's actors and quotes would count the same story twice.
  const searchable = brief !== null && first === null;
  const actors = searchable ? await resolveActors(db, known, brief) : null;
  // The document, its body, bands, extract, searchable rows, memberships and tallies: one statement.
  const params = new Params();
  const ctes = [
    `INSERT INTO documents (id, canonical_url, title, date, day, source, url, license, author,
       language, extracted, duplicate_of, added_at, minhash)
     VALUES (${[
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
     ]
       .map((value) => params.add(value))
       .join(", ")}) RETURNING seq`,
  ];
  const seq = "(SELECT seq FROM w0)";
  ctes.push(`INSERT INTO document_bodies (doc_seq, body) VALUES (${seq}, ${params.add(document.body)})`);
  if (signature) {
    ctes.push(`INSERT INTO near_dup_bands (band, doc_seq)
      SELECT DISTINCT b, ${seq} FROM unnest(${params.add(bandKeys(signature), "::int[]")}) AS u(b) ON CONFLICT DO NOTHING`);
  }
  if (brief) {
    ctes.push(`INSERT INTO extracts (doc_seq, engine_version, brief_json, extracted_at)
      VALUES (${seq}, ${params.add(ENGINE_VERSION)}, ${params.add(JSON.stringify(brief))}, ${params.add(addedAt)})`);
  }
  if (brief && actors) ctes.push(...extractRowsCtes(params, seq, day, brief, actors));
  if (topics.length > 0) {
    ctes.push(`INSERT INTO memberships (topic, doc_seq, day, counted, pinned)
      SELECT t, ${seq}, ${params.add(day, "::text")}, ${params.add(first === null, "::boolean")}, p
      FROM unnest(${params.add(topics, "::text[]")}, ${params.add(
        topics.map((topic) => pinned.has(topic)),
        "::boolean[]",
      )}) AS u(t, p)`);
  }
  // A document newly counted in a topic adds its actors to the topic's tallies.
  const tally = brief && actors ? tallyCte(params, topics, actorMentions(brief, actors), 1) : null;
  if (tally) ctes.push(tally);
  const [inserted] = await rows<{ seq: number }>(db, withCtes(ctes, "SELECT seq FROM w0"), params.values);
  const stored = { seq: inserted!.seq, day };
  if (first) {
    await join(db, first.seq, first.day, true, topics, pinned);
    return {
      result: { status: "near-duplicate", documentId: document.id, topics, duplicateOf: first.id },
      stored,
    };
  }
  return { result: { status: brief ? "added" : "not-english", documentId: document.id, topics }, stored };
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
  const [row] = await rows<{ seq: number; day: string; duplicate_of: number | null }>(
    db,
    "SELECT seq, day, duplicate_of FROM documents WHERE id = $1",
    [id],
  );
  if (!row) throw new BriefbotError("STORE_FAILED", `no stored document ${id}`);
  const topics = await countingTopics(db, row.seq);
  for (const topic of topics) await tallyTopicActors(db, row.seq, topic, -1);
  await deleteExtractRows(db, row.seq);
  const actors = row.duplicate_of === null ? await resolveActors(db, known, brief) : null;
  const params = new Params();
  const seq = params.add(row.seq, "::int");
  const ctes = actors ? extractRowsCtes(params, seq, row.day, brief, actors) : [];
  const tally = actors ? tallyCte(params, topics, actorMentions(brief, actors), 1) : null;
  if (tally) ctes.push(tally);
  await run(
    db,
    withCtes(
      ctes,
      `INSERT INTO extracts (doc_seq, engine_version, brief_json, extracted_at)
       VALUES (${seq}, ${params.add(ENGINE_VERSION)}, ${params.add(JSON.stringify(brief))}, ${params.add(now.toISOString())})
       ON CONFLICT (doc_seq) DO UPDATE SET engine_version = excluded.engine_version,
         brief_json = excluded.brief_json, extracted_at = excluded.extracted_at`,
    ),
    params.values,
  );
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
