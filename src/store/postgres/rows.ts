// Row shapes of the PostgreSQL store and their mapping to the port's types, with the zod check of
// stored JSON on read (a corrupt row is STORED_DATA_INVALID naming it, as on SQLite).
import { z } from "zod";
import { BriefbotError } from "../../core/errors.ts";
import type { DocumentRef, QuoteHit, StoredDocument } from "../../core/ports.ts";
import type { ActorType } from "../../core/schemas.ts";
import { type Topic, TopicFile } from "../../core/topic.ts";
import { parseStoredBrief } from "../stored-brief.ts";
import { type Queryable, rows } from "./db.ts";

export { parseStoredBrief };

/** Lower-case, single-spaced form of a name: the key of actor_aliases (the same as SQLite's). */
export const nameKey = (name: string): string =>
  name.normalize("NFC").toLowerCase().replace(/\s+/g, " ").trim();

/** Escapes % and _ for a LIKE pattern (PostgreSQL's default escape is the backslash). */
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
  extracted: boolean;
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
  extracted: row.extracted,
  duplicateOf: row.duplicate_of_id,
  topics,
  pinnedTopics,
});

/** A stored topic row. */
export interface TopicRow {
  slug: string;
  title: string;
  description: string;
  match_json: string;
  feeds_json: string;
}

/** A topic from its row, validated as a topic file is. */
export function topicFromRow(row: TopicRow): Topic {
  let match: unknown;
  let feeds: unknown;
  try {
    match = JSON.parse(row.match_json);
    feeds = JSON.parse(row.feeds_json);
  } catch (error) {
    throw new BriefbotError("STORED_DATA_INVALID", `stored topic ${row.slug} is not JSON`, { cause: error });
  }
  const parsed = TopicFile.safeParse({ title: row.title, description: row.description, match, feeds });
  if (!parsed.success) {
    throw new BriefbotError(
      "STORED_DATA_INVALID",
      `stored topic ${row.slug} is invalid: ${z.prettifyError(parsed.error)}`,
      { cause: parsed.error },
    );
  }
  return { slug: row.slug, ...parsed.data };
}

/** A quote row selected with QUOTE_COLUMNS. */
export interface QuoteRow extends DocRefRow {
  quote_id: number;
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

/** The speaker of a quote row: named when it is one of the store's actors. */
export const speakerOf = (row: QuoteRow) =>
  row.speaker_name && row.speaker_type
    ? { name: row.speaker_name, type: row.speaker_type, named: row.speaker_actor_id !== null }
    : null;

/** A QuoteHit from a quote row and its rank. */
export const quoteHit = (row: QuoteRow & { rank: number }): QuoteHit => ({
  text: row.text,
  speaker: speakerOf(row),
  sentence: row.sentence,
  document: docRef(row),
  rank: row.rank,
});

/** Aliases and roles of an actor, most frequent role first. */
export async function actorDetails(
  db: Queryable,
  actorId: number,
  name: string,
): Promise<{ aliases: string[]; roles: string[] }> {
  const aliases = (
    await rows<{ alias: string }>(db, "SELECT alias FROM actor_aliases WHERE actor_id = $1", [actorId])
  )
    .map((row) => row.alias)
    // Sorted here, not by the database's collation, so both backends list them alike.
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .filter((alias) => alias !== name);
  const roles = (
    await rows<{ role: string }>(
      db,
      'SELECT role FROM actor_roles WHERE actor_id = $1 GROUP BY role ORDER BY count(*) DESC, role COLLATE "C" LIMIT 5',
      [actorId],
    )
  ).map((row) => row.role);
  return { aliases, roles };
}

/** actorDetails of several actors in two statements (a brief shows twenty): by actor id. */
export async function actorDetailsOf(
  db: Queryable,
  actors: ReadonlyArray<{ id: number; name: string }>,
): Promise<Map<number, { aliases: string[]; roles: string[] }>> {
  const ids = actors.map((actor) => actor.id);
  const details = new Map(
    actors.map((actor) => [actor.id, { aliases: [] as string[], roles: [] as string[] }]),
  );
  if (ids.length === 0) return details;
  const aliases = await rows<{ actor_id: number; alias: string }>(
    db,
    "SELECT actor_id, alias FROM actor_aliases WHERE actor_id = ANY($1::int[])",
    [ids],
  );
  const names = new Map(actors.map((actor) => [actor.id, actor.name]));
  for (const row of aliases)
    if (row.alias !== names.get(row.actor_id)) details.get(row.actor_id)!.aliases.push(row.alias);
  for (const detail of details.values()) detail.aliases.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  // The same five roles an actor as actorDetails: most frequent first, then by role in C order.
  const roles = await rows<{ actor_id: number; role: string }>(
    db,
    `SELECT r.actor_id, r.role FROM unnest($1::int[]) AS a(id) CROSS JOIN LATERAL (
       SELECT actor_id, role FROM actor_roles WHERE actor_id = a.id
       GROUP BY actor_id, role ORDER BY count(*) DESC, role COLLATE "C" LIMIT 5) r`,
    [ids],
  );
  for (const row of roles) details.get(row.actor_id)!.roles.push(row.role);
  return details;
}

/** Ids of the actors a name means: an exact name or alias, else a name starting or ending with it. */
export async function actorIdsFor(db: Queryable, name: string): Promise<number[]> {
  const key = nameKey(name);
  if (key === "") return [];
  const exact = await rows<{ actor_id: number }>(
    db,
    "SELECT DISTINCT actor_id FROM actor_aliases WHERE alias_key = $1",
    [key],
  );
  if (exact.length > 0) return exact.map((row) => row.actor_id);
  const pattern = likeEscape(key);
  const partial = await rows<{ actor_id: number }>(
    db,
    "SELECT DISTINCT actor_id FROM actor_aliases WHERE alias_key LIKE $1 OR alias_key LIKE $2 LIMIT 50",
    [`${pattern} %`, `% ${pattern}`],
  );
  return partial.map((row) => row.actor_id);
}
