// The DigestSource on the store: documents come through the Store port (documentsAddedSince, which
// validates stored briefs), the actors already known to a topic from one SQL query.
import type Database from "better-sqlite3";
import type { DigestDocument, DigestSource } from "../core/digest/digest-store.ts";
import type { Store } from "../core/ports.ts";

/** Builds the digest source over an open store and its database handle. */
export function createSqliteDigestSource(
  store: Pick<Store, "documentsAddedSince">,
  db: Database.Database,
): DigestSource {
  const known = db.prepare(
    `SELECT DISTINCT a.name AS name
       FROM memberships m
       JOIN documents d ON d.seq = m.doc_seq
       JOIN document_actors da ON da.doc_seq = d.seq
       JOIN actors a ON a.id = da.actor_id
      WHERE m.topic = ? AND d.added_at < ?`,
  );
  return {
    documentsAdded(topic, from, to): DigestDocument[] {
      return store.documentsAddedSince(topic, new Date(from), new Date(to)).map(({ document, brief }) => ({
        documentId: document.id,
        title: document.title,
        url: document.url,
        date: document.date,
        license: document.license,
        addedAt: document.addedAt,
        brief,
      }));
    },
    actorsKnownBefore(topic, before) {
      const rows = known.all(topic, before) as Array<{ name: string }>;
      return new Set(rows.map((row) => row.name));
    },
  };
}
