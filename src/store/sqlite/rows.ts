// Shared pieces of the SQLite store: a prepared-statement cache, row shapes and their mapping to
// the port's types, and the zod check of stored JSON on read.
import type Database from "better-sqlite3";
import { z } from "zod";
import type { DocumentRef, QuoteHit, StoredDocument } from "../../core/ports.ts";
import type { ActorType } from "../../core/schemas.ts";
import { Actor, KeyPoint } from "../../core/schemas.ts";
import { parseStoredBrief, parseStoredJson } from "../stored-brief.ts";

export { parseStoredBrief };

const cache = new WeakMap<Database.Database, Map<string, Database.Statement>>();

/** The prepared statement for `sql` on `db`, prepared once. */
export function stmt(db: Database.Database, sql: string): Database.Statement {
  let statements = cache.get(db);
  if (!statements) {
    statements = new Map();
    cache.set(db, statements);
  }
  let statement = statements.get(sql);
  if (!statement) {
    statement = db.prepare(sql);
    statements.set(sql, statement);
  }
  return statement;
}

/** Lower-case, single-spaced form of a name: the key of actor_aliases. */
export const nameKey = (name: string): string =>
  name.normalize("NFC").toLowerCase().replace(/\s+/g, " ").trim();

/** Escapes % and _ for a LIKE pattern with ESCAPE '\'. */
export const likeEscape = (text: string): string => text.replace(/[\\%_]/g, (char) => `\\${char}`);

/** The document columns every citation needs, as selected with DOC_REF_COLUMNS. */
export interface DocRefRow {
  doc_id: string;
  doc_title: string;
  doc_date: string | null;
  doc_url: string | null;
  doc_source: string | null;
  doc_license: string | null;
}

/** Columns of `documents d` that make a DocRefRow. */
export const DOC_REF_COLUMNS =
  "d.id AS doc_id, d.title AS doc_title, d.date AS doc_date, d.url AS doc_url, d.source AS doc_source, d.license AS doc_license";

/** A DocumentRef from a row selected with DOC_REF_COLUMNS. */
export const docRef = (row: DocRefRow): DocumentRef => ({
  id: row.doc_id,
  title: row.doc_title,
  date: row.doc_date,
  url: row.doc_url,
  source: row.doc_source,
  license: row.doc_license,
});

/** A row of documents, without the body. */
export interface DocumentRow {
  seq: number;
  id: string;
  title: string;
  date: string | null;
  day: string;
  source: string | null;
  url: string | null;
  license: string | null;
  author: string | null;
  language: string;
  extracted: number;
  duplicate_of_id: string | null;
  added_at: string;
}

/** Columns of `documents d` that make a DocumentRow. */
export const DOCUMENT_COLUMNS =
  "d.seq, d.id, d.title, d.date, d.day, d.source, d.url, d.license, d.author, d.language, d.extracted, d.added_at, (SELECT f.id FROM documents f WHERE f.seq = d.duplicate_of) AS duplicate_of_id";

/** A StoredDocument from its row and topics. */
export const storedDocument = (
  row: DocumentRow,
  topics: string[],
  pinnedTopics: string[],
): StoredDocument => ({
  id: row.id,
  title: row.title,
  date: row.date,
  url: row.url,
  source: row.source,
  license: row.license,
  author: row.author,
  addedAt: row.added_at,
  language: row.language,
  extracted: row.extracted === 1,
  duplicateOf: row.duplicate_of_id,
  topics,
  pinnedTopics,
});

/** The parts of a stored brief that story grouping reads, as JSON cut out by json_extract. */
export interface GroupingParts {
  actors_json: string | null;
  points_json: string | null;
}

const GroupingBrief = z.object({
  actors: z.array(Actor.pick({ name: true, type: true, mentions: true })),
  keyPoints: z.array(KeyPoint),
});

/** Parses and validates the grouping parts of a stored brief, as parseStoredBrief does the whole. */
export const parseGroupingParts = (row: GroupingParts, documentId: string): z.infer<typeof GroupingBrief> =>
  parseStoredJson(
    GroupingBrief,
    () => ({
      actors: JSON.parse(row.actors_json ?? "null"),
      keyPoints: JSON.parse(row.points_json ?? "null"),
    }),
    documentId,
  );

/** A quote row selected with QUOTE_COLUMNS. */
export interface QuoteRow extends DocRefRow {
  text: string;
  speaker_name: string | null;
  speaker_type: ActorType | null;
  /** Null for a quote without a speaker or with an unnamed one ("a spokeswoman"). */
  speaker_actor_id: number | null;
  sentence: number;
  day: string;
}

/** Columns of `quotes q` and `documents d` that make a QuoteRow. */
export const QUOTE_COLUMNS = `q.id AS quote_id, q.text, q.speaker_name, q.speaker_type, q.speaker_actor_id, q.sentence, d.day, ${DOC_REF_COLUMNS}`;

/** The speaker of a quote row: named when it is one of the store's actors (rows written before
 * unnamed speakers existed always are). */
export const speakerOf = (row: QuoteRow) =>
  row.speaker_name && row.speaker_type
    ? { name: row.speaker_name, type: row.speaker_type, named: row.speaker_actor_id !== null }
    : null;

/** Aliases and roles of actors, most frequent role first. */
export function actorDetails(
  db: Database.Database,
  actorId: number,
  name: string,
): { aliases: string[]; roles: string[] } {
  const aliases = (
    stmt(db, "SELECT alias FROM actor_aliases WHERE actor_id = ? ORDER BY alias").all(actorId) as Array<{
      alias: string;
    }>
  )
    .map((row) => row.alias)
    .filter((alias) => alias !== name);
  const roles = (
    stmt(
      db,
      "SELECT role FROM actor_roles WHERE actor_id = ? GROUP BY role ORDER BY count(*) DESC, role LIMIT 5",
    ).all(actorId) as Array<{ role: string }>
  ).map((row) => row.role);
  return { aliases, roles };
}

/** Ids of the actors a name means: an exact name or alias, else a name starting or ending with it. */
export function actorIdsFor(db: Database.Database, name: string): number[] {
  const key = nameKey(name);
  if (key === "") return [];
  const exact = stmt(db, "SELECT DISTINCT actor_id FROM actor_aliases WHERE alias_key = ?").all(
    key,
  ) as Array<{
    actor_id: number;
  }>;
  if (exact.length > 0) return exact.map((row) => row.actor_id);
  const pattern = likeEscape(key);
  const partial = stmt(
    db,
    `SELECT DISTINCT actor_id FROM actor_aliases
     WHERE alias_key LIKE ? ESCAPE '\\' OR alias_key LIKE ? ESCAPE '\\' LIMIT 50`,
  ).all(`${pattern} %`, `% ${pattern}`) as Array<{ actor_id: number }>;
  return partial.map((row) => row.actor_id);
}

/** A QuoteHit from a quote row and its rank. */
export const quoteHit = (row: QuoteRow & { rank: number }): QuoteHit => ({
  text: row.text,
  speaker: speakerOf(row),
  sentence: row.sentence,
  document: docRef(row),
  rank: row.rank,
});
