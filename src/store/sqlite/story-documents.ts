// The documents a topic brief groups into stories: the newest of the window with their stored
// extracts. Bounded, so that /brief over thousands of documents parses a few hundred extracts.
import type Database from "better-sqlite3";
import type { StoryDocument } from "../../core/brief/story-grouping.ts";
import { storyDocumentOf } from "../../core/brief/topic-brief.ts";
import { DOC_REF_COLUMNS, type DocRefRow, docRef, parseStoredBrief, stmt } from "./rows.ts";

/** At most this many documents (the newest of the window) are grouped into stories. */
export const STORY_DOCUMENT_LIMIT = 300;

/** The newest extracted documents of a topic since `since` (YYYY-MM-DD), as story documents. */
export function storyDocuments(db: Database.Database, topic: string, since: string): StoryDocument[] {
  const rows = stmt(
    db,
    `SELECT ${DOC_REF_COLUMNS}, m.day, e.brief_json FROM memberships m
     JOIN documents d ON d.seq = m.doc_seq JOIN extracts e ON e.doc_seq = m.doc_seq
     WHERE m.topic = ? AND m.counted = 1 AND m.day >= ?
     ORDER BY m.day DESC, m.doc_seq DESC LIMIT ${STORY_DOCUMENT_LIMIT}`,
  ).all(topic, since) as Array<DocRefRow & { day: string; brief_json: string }>;
  return rows.map((row) =>
    storyDocumentOf(docRef(row), row.day, parseStoredBrief(row.brief_json, row.doc_id)),
  );
}
