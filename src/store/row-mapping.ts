// Row shapes both stores select, and their mapping to the port's types: the same columns and the
// same checks on SQLite and PostgreSQL, so a corrupt row is the same STORED_DATA_INVALID on both.
import { z } from "zod";
import { BriefbotError } from "../core/errors.ts";
import type { DocumentRef, QuoteHit, StoredDocument } from "../core/ports.ts";
import type { ActorType } from "../core/schemas.ts";
import { type Topic, TopicFile } from "../core/topic.ts";

/** Lower-case, single-spaced form of a name: the key of actor_aliases (the same on both backends). */
export const nameKey = (name: string): string =>
  name.normalize("NFC").toLowerCase().replace(/\s+/g, " ").trim();

/** Escapes % and _ for a LIKE pattern whose escape is the backslash (PostgreSQL's default; SQLite says ESCAPE '\\'). */
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
  /** A boolean on PostgreSQL, 0 or 1 on SQLite. */
  extracted: boolean | number;
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
  extracted: row.extracted === true || row.extracted === 1,
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
