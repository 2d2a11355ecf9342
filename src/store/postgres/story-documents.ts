// The documents a topic brief groups into stories: the newest of the window with their stored
// extracts, the same bound as on SQLite, so /brief over thousands of documents parses a few hundred.
import type { StoryDocument } from "../../core/brief/story-grouping.ts";
import { storyDocumentOf } from "../../core/brief/topic-brief.ts";
import { type Queryable, rows } from "./db.ts";
import { DOC_REF_COLUMNS, type DocRefRow, docRef, parseStoredBrief } from "./rows.ts";

/** At most this many documents (the newest of the window) are grouped into stories. */
export const STORY_DOCUMENT_LIMIT = 300;

/** The newest extracted documents of a topic since `since` (YYYY-MM-DD), as story documents. */
export async function storyDocuments(db: Queryable, topic: string, since: string): Promise<StoryDocument[]> {
  const found = await rows<DocRefRow & { day: string; brief_json: string }>(
    db,
    `SELECT ${DOC_REF_COLUMNS}, m.day, e.brief_json FROM memberships m
     JOIN documents d ON d.seq = m.doc_seq JOIN extracts e ON e.doc_seq = m.doc_seq
     WHERE m.topic = $1 AND m.counted AND m.day >= $2
     ORDER BY m.day DESC, m.doc_seq DESC LIMIT ${STORY_DOCUMENT_LIMIT}`,
    [topic, since],
  );
  return found.map((row) =>
    storyDocumentOf(docRef(row), row.day, parseStoredBrief(row.brief_json, row.doc_id)),
  );
}
