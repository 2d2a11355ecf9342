// Writes the searchable rows of one document's brief: actors (merged across documents), key
// points, quotes and their FTS5 entries. Called inside addDocument's transaction, and by reindex.
import type Database from "better-sqlite3";
import { keyPointWeight } from "../../core/brief/topic-brief.ts";
import type { ActorType, DocumentBrief } from "../../core/schemas.ts";
import { nameKey } from "../row-mapping.ts";
import { stmt } from "./rows.ts";

// What this process already knows to be in actors and actor_aliases, so that ingest skips the
// look-ups: most names recur. Cleared when a transaction fails (its rows were rolled back); a
// crash takes the process and the cache with it.
interface KnownRows {
  actors: Map<string, number>;
  aliases: Set<string>;
}
const known = new WeakMap<Database.Database, KnownRows>();
const KNOWN_LIMIT = 200_000;

function knownRows(db: Database.Database): KnownRows {
  let rows = known.get(db);
  if (!rows || rows.actors.size + rows.aliases.size > KNOWN_LIMIT) {
    rows = { actors: new Map(), aliases: new Set() };
    known.set(db, rows);
  }
  return rows;
}

/** Forgets the cached rows (after a rolled-back transaction). */
export function forgetKnownRows(db: Database.Database): void {
  known.delete(db);
}

/**
 * The actor a canonical name means: the same name and type, else (for a one-word name such as
 * "Lin") the only actor of that type that has it as an alias, else a new actor.
 */
export function resolveActor(db: Database.Database, name: string, type: ActorType): number {
  const cache = knownRows(db).actors;
  const cacheKey = `${type}\u0000${name}`;
  const cached = cache.get(cacheKey);
  if (cached !== undefined) return cached;
  const same = stmt(db, "SELECT id FROM actors WHERE name = ? AND type = ?").get(name, type) as
    | { id: number }
    | undefined;
  if (same) {
    cache.set(cacheKey, same.id);
    return same.id;
  }
  if (!/\s/.test(name.trim())) {
    const owners = stmt(
      db,
      "SELECT DISTINCT a.id FROM actor_aliases x JOIN actors a ON a.id = x.actor_id WHERE x.alias_key = ? AND a.type = ? LIMIT 2",
    ).all(nameKey(name), type) as Array<{ id: number }>;
    // Not cached: a second owner of the alias may come later and make the name ambiguous.
    if (owners.length === 1) return owners[0]!.id;
  }
  const inserted = stmt(db, "INSERT INTO actors (name, type) VALUES (?, ?)").run(name, type);
  const id = Number(inserted.lastInsertRowid);
  cache.set(cacheKey, id);
  addAlias(db, id, name);
  return id;
}

function addAlias(db: Database.Database, actorId: number, alias: string): void {
  const key = nameKey(alias);
  if (key === "") return;
  const aliases = knownRows(db).aliases;
  const cacheKey = `${actorId}\u0000${key}`;
  if (aliases.has(cacheKey)) return;
  stmt(db, "INSERT OR IGNORE INTO actor_aliases (alias_key, actor_id, alias) VALUES (?, ?, ?)").run(
    key,
    actorId,
    alias.trim(),
  );
  aliases.add(cacheKey);
}

/** Every form of an actor's name, space-separated: the speaker column of quotes_fts. */
function speakerText(db: Database.Database, actorId: number): string {
  const rows = stmt(db, "SELECT alias FROM actor_aliases WHERE actor_id = ?").all(actorId) as Array<{
    alias: string;
  }>;
  return rows.map((row) => row.alias).join(" ");
}

/** Inserts the actors, key points and quotes of a document's brief. */
export function insertExtractRows(db: Database.Database, seq: number, brief: DocumentBrief): void {
  const actorIds = new Map<string, number>();
  for (const actor of brief.actors) {
    const id = resolveActor(db, actor.name, actor.type);
    actorIds.set(`${actor.type}:${actor.name}`, id);
    addAlias(db, id, actor.name);
    for (const alias of actor.aliases) addAlias(db, id, alias);
    stmt(
      db,
      `INSERT INTO document_actors (doc_seq, actor_id, mentions) VALUES (?, ?, ?)
       ON CONFLICT (doc_seq, actor_id) DO UPDATE SET mentions = mentions + excluded.mentions`,
    ).run(seq, id, actor.mentions);
    for (const role of actor.roles) {
      const text = role.trim();
      if (text) {
        stmt(db, "INSERT OR IGNORE INTO actor_roles (actor_id, role, doc_seq) VALUES (?, ?, ?)").run(
          id,
          text,
          seq,
        );
      }
    }
  }
  const best = Math.max(0, ...brief.keyPoints.map((point) => point.score));
  brief.keyPoints.forEach((point, rank) => {
    stmt(
      db,
      "INSERT OR IGNORE INTO key_points (doc_seq, rank, sentence, text, score, weight) VALUES (?, ?, ?, ?, ?, ?)",
    ).run(seq, rank, point.sentence, point.text, point.score, keyPointWeight(point.score, best, rank));
  });
  const speakers = new Map<number, string>();
  for (const quote of brief.quotes) {
    let actorId: number | null = null;
    // An unnamed speaker ("a State Department spokeswoman") is kept on the quote, not as an actor.
    if (quote.speaker && quote.speaker.named !== false) {
      actorId =
        actorIds.get(`${quote.speaker.type}:${quote.speaker.name}`) ??
        resolveActor(db, quote.speaker.name, quote.speaker.type);
    }
    const inserted = stmt(
      db,
      `INSERT INTO quotes (doc_seq, sentence, start, "end", text, speaker_name, speaker_type, speaker_actor_id)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      seq,
      quote.sentence,
      quote.start,
      quote.end,
      quote.text,
      quote.speaker?.name ?? null,
      quote.speaker?.type ?? null,
      actorId,
    );
    let speaker = quote.speaker?.named === false ? quote.speaker.name : "";
    if (actorId !== null) {
      speaker = speakers.get(actorId) ?? speakerText(db, actorId);
      speakers.set(actorId, speaker);
    }
    stmt(db, "INSERT INTO quotes_fts (rowid, text, speaker) VALUES (?, ?, ?)").run(
      inserted.lastInsertRowid,
      quote.text,
      speaker,
    );
  }
}

/** Removes what insertExtractRows wrote for a document (before re-extracting it). */
export function deleteExtractRows(db: Database.Database, seq: number): void {
  stmt(db, "DELETE FROM quotes_fts WHERE rowid IN (SELECT id FROM quotes WHERE doc_seq = ?)").run(seq);
  stmt(db, "DELETE FROM quotes WHERE doc_seq = ?").run(seq);
  stmt(db, "DELETE FROM key_points WHERE doc_seq = ?").run(seq);
  stmt(db, "DELETE FROM document_actors WHERE doc_seq = ?").run(seq);
  stmt(db, "DELETE FROM actor_roles WHERE doc_seq = ?").run(seq);
}

/** Adds (sign 1) or removes (sign -1) a counted document's actors to or from a topic's tallies. */
export function tallyTopicActors(db: Database.Database, seq: number, topic: string, sign: 1 | -1): void {
  stmt(
    db,
    `INSERT INTO topic_actors (topic, actor_id, mentions, documents)
       SELECT ?, actor_id, mentions * ?, ? FROM document_actors WHERE doc_seq = ? ORDER BY actor_id
     ON CONFLICT (topic, actor_id) DO UPDATE SET mentions = mentions + excluded.mentions,
       documents = documents + excluded.documents`,
  ).run(topic, sign, sign, seq);
  if (sign < 0) stmt(db, "DELETE FROM topic_actors WHERE topic = ? AND documents <= 0").run(topic);
}

/** The topics that count a document (not as a near-duplicate). */
export function countingTopics(db: Database.Database, seq: number): string[] {
  return (
    stmt(db, "SELECT topic FROM memberships WHERE doc_seq = ? AND counted = 1").all(seq) as Array<{
      topic: string;
    }>
  ).map((row) => row.topic);
}
