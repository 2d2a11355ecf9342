// The DigestSource on SQLite: the documents that joined a topic in a window (their briefs checked
// on read), and the actors a topic already knew before it.
import type Database from "better-sqlite3";
import type { DigestDocument, DigestSource } from "../../core/digest/digest-store.ts";
import { documentsAddedSince } from "./documents.ts";
import { stmt } from "./rows.ts";
import { requireTopics } from "./topics.ts";

/** Builds the digest source over an open, migrated database. */
export function createSqliteDigestSource(db: Database.Database): DigestSource {
  return {
    async documentsAdded(topic, from, to): Promise<DigestDocument[]> {
      requireTopics(db, [topic]);
      // Each document's story, and how many documents that story had before the window.
      const stories = new Map(
        (
          stmt(
            db,
            `SELECT d.id, m.story, (SELECT count(*) FROM memberships s INDEXED BY memberships_story
               JOIN documents e ON e.seq = s.doc_seq
               WHERE s.topic = m.topic AND s.story = m.story AND s.counted = 1 AND e.added_at < ?) AS earlier
             FROM memberships m JOIN documents d ON d.seq = m.doc_seq
             WHERE m.topic = ? AND m.counted = 1 AND d.added_at >= ? AND d.added_at < ?`,
          ).all(from, topic, from, to) as Array<{ id: string; story: string | null; earlier: number }>
        ).map((row) => [row.id, row]),
      );
      return documentsAddedSince(db, topic, new Date(from), new Date(to)).map(({ document, brief }) => ({
        documentId: document.id,
        title: document.title,
        url: document.url,
        date: document.date,
        license: document.license,
        addedAt: document.addedAt,
        brief,
        source: document.source,
        story: stories.get(document.id)?.story ?? null,
        storyEarlier: stories.get(document.id)?.earlier ?? 0,
      }));
    },
    async actorsKnownBefore(topic, before) {
      const rows = stmt(
        db,
        `SELECT DISTINCT a.name AS name
           FROM memberships m
           JOIN documents d ON d.seq = m.doc_seq
           JOIN document_actors da ON da.doc_seq = d.seq
           JOIN actors a ON a.id = da.actor_id
          WHERE m.topic = ? AND d.added_at < ?`,
      ).all(topic, before) as Array<{ name: string }>;
      return new Set(rows.map((row) => row.name));
    },
  };
}
