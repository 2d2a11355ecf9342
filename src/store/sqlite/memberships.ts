// Topic memberships on SQLite beyond ingest: a topic's documents (`briefbot docs`), the rule-made
// memberships set again after a rematch, a document taken out with everything derived from it,
// and the store's settings. Writes run inside the caller's transaction (SqliteStore.write).
import type Database from "better-sqlite3";
import { BriefbotError } from "../../core/errors.ts";
import type { RemovedDocument, TopicDocument } from "../../core/ports.ts";
import { DOC_REF_COLUMNS, type DocRefRow, docRef } from "../row-mapping.ts";
import { deleteExtractRows, tallyTopicActors } from "./extracts.ts";
import { stmt } from "./rows.ts";

interface DocumentSeq {
  seq: number;
  day: string;
  duplicate_of: number | null;
}

/** A topic's documents, newest first (near-duplicates too, marked). */
export function topicDocuments(db: Database.Database, topic: string): TopicDocument[] {
  const found = stmt(
    db,
    `SELECT ${DOC_REF_COLUMNS}, d.added_at, m.pinned, r.id AS root_id FROM memberships m
     JOIN documents d ON d.seq = m.doc_seq LEFT JOIN documents r ON r.seq = d.duplicate_of
     WHERE m.topic = ? ORDER BY m.day DESC, d.seq DESC`,
  ).all(topic) as Array<DocRefRow & { added_at: string; pinned: number; root_id: string | null }>;
  return found.map((row) => ({
    ...docRef(row),
    addedAt: row.added_at,
    pinned: row.pinned === 1,
    duplicateOf: row.root_id,
  }));
}

/** Ids of every stored document, oldest first. */
export function documentIds(db: Database.Database): string[] {
  return (stmt(db, "SELECT id FROM documents ORDER BY seq").all() as Array<{ id: string }>).map(
    (row) => row.id,
  );
}

/** Makes a document's rule-made memberships exactly `topics`; pinned ones stay. In a transaction. */
export function setRuleTopics(
  db: Database.Database,
  id: string,
  topics: readonly string[],
): { joined: string[]; left: string[] } {
  const row = stmt(db, "SELECT seq, day, duplicate_of FROM documents WHERE id = ?").get(id) as
    | DocumentSeq
    | undefined;
  if (!row) throw new BriefbotError("DOCUMENT_NOT_FOUND", `no stored document ${id}`);
  const current = stmt(db, "SELECT topic, counted, pinned FROM memberships WHERE doc_seq = ?").all(
    row.seq,
  ) as Array<{ topic: string; counted: number; pinned: number }>;
  const wanted = new Set(topics);
  const left: string[] = [];
  for (const member of current) {
    if (member.pinned === 1 || wanted.has(member.topic)) continue;
    if (member.counted === 1) tallyTopicActors(db, row.seq, member.topic, -1);
    stmt(db, "DELETE FROM memberships WHERE topic = ? AND doc_seq = ?").run(member.topic, row.seq);
    left.push(member.topic);
  }
  const have = new Set(current.map((member) => member.topic));
  const joined: string[] = [];
  const counted = row.duplicate_of === null;
  for (const topic of wanted) {
    if (have.has(topic)) continue;
    stmt(db, "INSERT INTO memberships (topic, doc_seq, day, counted, pinned) VALUES (?, ?, ?, ?, 0)").run(
      topic,
      row.seq,
      row.day,
      counted ? 1 : 0,
    );
    if (counted) tallyTopicActors(db, row.seq, topic, 1);
    joined.push(topic);
  }
  return { joined: joined.sort(), left: left.sort() };
}

/** Removes one stored document (no copies) and its derived rows; returns its actor ids. */
function removeOne(db: Database.Database, seq: number): number[] {
  const counted = stmt(db, "SELECT topic FROM memberships WHERE doc_seq = ? AND counted = 1").all(
    seq,
  ) as Array<{ topic: string }>;
  for (const { topic } of counted) tallyTopicActors(db, seq, topic, -1);
  const actors = (
    stmt(db, "SELECT actor_id FROM document_actors WHERE doc_seq = ?").all(seq) as Array<{ actor_id: number }>
  ).map((row) => row.actor_id);
  const speakers = (
    stmt(
      db,
      "SELECT DISTINCT speaker_actor_id AS id FROM quotes WHERE doc_seq = ? AND speaker_actor_id IS NOT NULL",
    ).all(seq) as Array<{ id: number }>
  ).map((row) => row.id);
  // Quotes leave the contentless FTS index first; the rest goes with the document (ON DELETE CASCADE).
  deleteExtractRows(db, seq);
  stmt(db, "DELETE FROM documents WHERE seq = ?").run(seq);
  return [...actors, ...speakers];
}

/** Removes a document, its copies and everything derived from them; null when unknown. In a transaction. */
export function removeDocument(db: Database.Database, id: string): RemovedDocument | null {
  const row = stmt(
    db,
    `SELECT d.seq, d.duplicate_of, ${DOC_REF_COLUMNS} FROM documents d WHERE d.id = ?`,
  ).get(id) as (DocRefRow & { seq: number; duplicate_of: number | null }) | undefined;
  if (!row) return null;
  const count = (sql: string) => (stmt(db, sql).get(row.seq) as { n: number }).n;
  const topics = (
    stmt(db, "SELECT topic FROM memberships WHERE doc_seq = ? ORDER BY topic").all(row.seq) as Array<{
      topic: string;
    }>
  ).map((member) => member.topic);
  const quotes = count("SELECT count(*) AS n FROM quotes WHERE doc_seq = ?");
  const keyPoints = count("SELECT count(*) AS n FROM key_points WHERE doc_seq = ?");
  const actors = count("SELECT count(*) AS n FROM document_actors WHERE doc_seq = ?");
  const copies = stmt(db, "SELECT seq, id FROM documents WHERE duplicate_of = ? ORDER BY seq").all(
    row.seq,
  ) as Array<{ seq: number; id: string }>;
  const touched = new Set<number>();
  for (const copy of copies) for (const actor of removeOne(db, copy.seq)) touched.add(actor);
  for (const actor of removeOne(db, row.seq)) touched.add(actor);
  // An actor no other document names (and no other quote speaks for) is in no answer any more.
  // Its row stays, as an identity: ids stay valid for every process that cached them.
  const actorsRemoved: string[] = [];
  for (const actorId of touched) {
    const orphan = stmt(
      db,
      `SELECT a.name FROM actors a WHERE a.id = ?
       AND NOT EXISTS (SELECT 1 FROM document_actors x WHERE x.actor_id = a.id)
       AND NOT EXISTS (SELECT 1 FROM quotes q WHERE q.speaker_actor_id = a.id)`,
    ).get(actorId) as { name: string } | undefined;
    if (orphan) actorsRemoved.push(orphan.name);
  }
  return {
    document: docRef(row),
    topics,
    quotes,
    keyPoints,
    actors,
    actorsRemoved: actorsRemoved.sort(),
    copies: copies.map((copy) => copy.id),
  };
}

/** A stored setting, or null. */
export function getSetting(db: Database.Database, key: string): string | null {
  const row = stmt(db, "SELECT value FROM store_settings WHERE key = ?").get(key) as
    | { value: string }
    | undefined;
  return row?.value ?? null;
}

/** Stores a setting. */
export function setSetting(db: Database.Database, key: string, value: string): void {
  stmt(
    db,
    "INSERT INTO store_settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
  ).run(key, value);
}
