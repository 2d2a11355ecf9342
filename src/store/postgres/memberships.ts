// Topic memberships on PostgreSQL beyond ingest, as on SQLite (src/store/sqlite/memberships.ts):
// a topic's documents, rule-made memberships set again after a rematch, a document taken out with
// everything derived from it, and the store's settings. Writes run inside the caller's transaction.
import { BriefbotError } from "../../core/errors.ts";
import type { RemovedDocument, TopicDocument } from "../../core/ports.ts";
import { DOC_REF_COLUMNS, type DocRefRow, docRef } from "../row-mapping.ts";
import { type Queryable, rows, run } from "./db.ts";
import { deleteExtractRows, tallyTopicActors } from "./extracts.ts";

/** A topic's documents, newest first (near-duplicates too, marked). */
export async function topicDocuments(db: Queryable, topic: string): Promise<TopicDocument[]> {
  const found = await rows<DocRefRow & { added_at: string; pinned: boolean; root_id: string | null }>(
    db,
    `SELECT ${DOC_REF_COLUMNS}, d.added_at, m.pinned, r.id AS root_id FROM memberships m
     JOIN documents d ON d.seq = m.doc_seq LEFT JOIN documents r ON r.seq = d.duplicate_of
     WHERE m.topic = $1 ORDER BY m.day DESC, d.seq DESC`,
    [topic],
  );
  return found.map((row) => ({
    ...docRef(row),
    addedAt: row.added_at,
    pinned: row.pinned,
    duplicateOf: row.root_id,
  }));
}

/** Ids of every stored document, oldest first. */
export async function documentIds(db: Queryable): Promise<string[]> {
  return (await rows<{ id: string }>(db, "SELECT id FROM documents ORDER BY seq")).map((row) => row.id);
}

/** Makes a document's rule-made memberships exactly `topics`; pinned ones stay. In a transaction. */
export async function setRuleTopics(
  db: Queryable,
  id: string,
  topics: readonly string[],
): Promise<{ joined: string[]; left: string[] }> {
  const [row] = await rows<{ seq: number; day: string; duplicate_of: number | null }>(
    db,
    "SELECT seq, day, duplicate_of FROM documents WHERE id = $1",
    [id],
  );
  if (!row) throw new BriefbotError("DOCUMENT_NOT_FOUND", `no stored document ${id}`);
  const current = await rows<{ topic: string; counted: boolean; pinned: boolean }>(
    db,
    "SELECT topic, counted, pinned FROM memberships WHERE doc_seq = $1",
    [row.seq],
  );
  const wanted = new Set(topics);
  const left: string[] = [];
  for (const member of current) {
    if (member.pinned || wanted.has(member.topic)) continue;
    if (member.counted) await tallyTopicActors(db, row.seq, member.topic, -1);
    await run(db, "DELETE FROM memberships WHERE topic = $1 AND doc_seq = $2", [member.topic, row.seq]);
    left.push(member.topic);
  }
  const have = new Set(current.map((member) => member.topic));
  const joined: string[] = [];
  const counted = row.duplicate_of === null;
  for (const topic of wanted) {
    if (have.has(topic)) continue;
    await run(
      db,
      "INSERT INTO memberships (topic, doc_seq, day, counted, pinned) VALUES ($1, $2, $3, $4, false)",
      [topic, row.seq, row.day, counted],
    );
    if (counted) await tallyTopicActors(db, row.seq, topic, 1);
    joined.push(topic);
  }
  return { joined: joined.sort(), left: left.sort() };
}

/** Removes one stored document (no copies) and its derived rows; returns its actor ids. */
async function removeOne(db: Queryable, seq: number): Promise<number[]> {
  const counted = await rows<{ topic: string }>(
    db,
    "SELECT topic FROM memberships WHERE doc_seq = $1 AND counted",
    [seq],
  );
  for (const { topic } of counted) await tallyTopicActors(db, seq, topic, -1);
  const actors = await rows<{ id: number }>(
    db,
    `SELECT actor_id AS id FROM document_actors WHERE doc_seq = $1
     UNION SELECT speaker_actor_id FROM quotes WHERE doc_seq = $1 AND speaker_actor_id IS NOT NULL`,
    [seq],
  );
  await deleteExtractRows(db, seq);
  // The body, bands, extract and memberships go with the row (ON DELETE CASCADE).
  await run(db, "DELETE FROM documents WHERE seq = $1", [seq]);
  return actors.map((row) => row.id);
}

/** Removes a document, its copies and everything derived from them; null when unknown. In a transaction. */
export async function removeDocument(db: Queryable, id: string): Promise<RemovedDocument | null> {
  const [row] = await rows<DocRefRow & { seq: number }>(
    db,
    `SELECT d.seq, ${DOC_REF_COLUMNS} FROM documents d WHERE d.id = $1`,
    [id],
  );
  if (!row) return null;
  const [counts] = await rows<{ quotes: number; key_points: number; actors: number; topics: string[] }>(
    db,
    `SELECT (SELECT count(*)::int FROM quotes WHERE doc_seq = $1) AS quotes,
       (SELECT count(*)::int FROM key_points WHERE doc_seq = $1) AS key_points,
       (SELECT count(*)::int FROM document_actors WHERE doc_seq = $1) AS actors,
       ARRAY(SELECT topic FROM memberships WHERE doc_seq = $1 ORDER BY topic) AS topics`,
    [row.seq],
  );
  const copies = await rows<{ seq: number; id: string }>(
    db,
    "SELECT seq, id FROM documents WHERE duplicate_of = $1 ORDER BY seq",
    [row.seq],
  );
  const touched = new Set<number>();
  for (const copy of copies) for (const actor of await removeOne(db, copy.seq)) touched.add(actor);
  for (const actor of await removeOne(db, row.seq)) touched.add(actor);
  // Actors no other document names: in no answer any more. Their rows stay as identities, so the
  // ids other replicas cached stay valid (see KnownActors).
  const orphans = await rows<{ name: string }>(
    db,
    `SELECT a.name FROM actors a WHERE a.id = ANY($1::int[])
     AND NOT EXISTS (SELECT 1 FROM document_actors x WHERE x.actor_id = a.id)
     AND NOT EXISTS (SELECT 1 FROM quotes q WHERE q.speaker_actor_id = a.id)`,
    [[...touched]],
  );
  return {
    document: docRef(row),
    topics: counts?.topics ?? [],
    quotes: counts?.quotes ?? 0,
    keyPoints: counts?.key_points ?? 0,
    actors: counts?.actors ?? 0,
    actorsRemoved: orphans.map((orphan) => orphan.name).sort(),
    copies: copies.map((copy) => copy.id),
  };
}

/** A stored setting, or null. */
export async function getSetting(db: Queryable, key: string): Promise<string | null> {
  const [row] = await rows<{ value: string }>(db, "SELECT value FROM store_settings WHERE key = $1", [key]);
  return row?.value ?? null;
}

/** Stores a setting. */
export async function setSetting(db: Queryable, key: string, value: string): Promise<void> {
  await run(
    db,
    "INSERT INTO store_settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
    [key, value],
  );
}
