// The DigestSource on PostgreSQL: the documents that joined a topic in a window (their briefs
// checked on read), and the actors a topic already knew before it.
import type { DigestDocument, DigestSource } from "../../core/digest/digest-store.ts";
import { type Pool, rows } from "./db.ts";
import { documentsAddedSince } from "./documents.ts";
import { requireTopics } from "./topics.ts";

/** Builds the digest source over a migrated database. */
export function createPostgresDigestSource(pool: Pool): DigestSource {
  return {
    async documentsAdded(topic, from, to): Promise<DigestDocument[]> {
      await requireTopics(pool, [topic]);
      // Each document's story, and how many documents that story had before the window.
      const stories = new Map(
        (
          await rows<{ id: string; story: string | null; earlier: number }>(
            pool,
            `SELECT d.id, m.story, (SELECT count(*)::int FROM memberships s
               JOIN documents e ON e.seq = s.doc_seq
               WHERE s.topic = m.topic AND s.story = m.story AND s.counted AND e.added_at < $2) AS earlier
             FROM memberships m JOIN documents d ON d.seq = m.doc_seq
             WHERE m.topic = $1 AND m.counted AND d.added_at >= $2 AND d.added_at < $3`,
            [topic, from, to],
          )
        ).map((row) => [row.id, row]),
      );
      return (await documentsAddedSince(pool, topic, new Date(from), new Date(to))).map(
        ({ document, brief }) => ({
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
        }),
      );
    },
    async actorsKnownBefore(topic, before) {
      const found = await rows<{ name: string }>(
        pool,
        `SELECT DISTINCT a.name AS name
           FROM memberships m
           JOIN documents d ON d.seq = m.doc_seq
           JOIN document_actors da ON da.doc_seq = d.seq
           JOIN actors a ON a.id = da.actor_id
          WHERE m.topic = $1 AND d.added_at < $2`,
        [topic, before],
      );
      return new Set(found.map((row) => row.name));
    },
  };
}
