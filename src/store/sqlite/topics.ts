// Topics on SQLite: title, description, match rules and feeds, stored as validated JSON columns.
import type Database from "better-sqlite3";
import { BriefbotError } from "../../core/errors.ts";
import type { TopicSummary } from "../../core/ports.ts";
import type { Topic } from "../../core/topic.ts";
import { type TopicRow, topicFromRow } from "../row-mapping.ts";
import { storeWrite } from "./errors.ts";
import { stmt } from "./rows.ts";

/** Creates or updates a topic. */
export function upsertTopic(db: Database.Database, topic: Topic, now: Date): void {
  storeWrite(() =>
    stmt(
      db,
      `INSERT INTO topics (slug, title, description, match_json, feeds_json, updated_at) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (slug) DO UPDATE SET title = excluded.title, description = excluded.description,
         match_json = excluded.match_json, feeds_json = excluded.feeds_json, updated_at = excluded.updated_at`,
    ).run(
      topic.slug,
      topic.title,
      topic.description,
      JSON.stringify(topic.match),
      JSON.stringify(topic.feeds),
      now.toISOString(),
    ),
  );
}

/** Every topic with its counted documents and last update, by slug. */
export function listTopics(db: Database.Database): TopicSummary[] {
  const rows = stmt(
    db,
    `SELECT t.*,
       (SELECT count(*) FROM memberships m WHERE m.topic = t.slug AND m.counted = 1) AS document_count,
       (SELECT max(d.added_at) FROM memberships m JOIN documents d ON d.seq = m.doc_seq
         WHERE m.topic = t.slug) AS last_updated
     FROM topics t ORDER BY t.slug`,
  ).all() as Array<TopicRow & { document_count: number; last_updated: string | null }>;
  return rows.map((row) => ({
    ...topicFromRow(row),
    documentCount: row.document_count,
    lastUpdated: row.last_updated,
  }));
}

/** One topic, or null. */
export function getTopic(db: Database.Database, slug: string): Topic | null {
  const row = stmt(db, "SELECT * FROM topics WHERE slug = ?").get(slug) as TopicRow | undefined;
  return row ? topicFromRow(row) : null;
}

/** Throws TOPIC_NOT_FOUND, listing the known topics, unless every slug exists. */
export function requireTopics(db: Database.Database, slugs: readonly string[]): void {
  for (const slug of slugs) {
    if (!stmt(db, "SELECT 1 FROM topics WHERE slug = ?").get(slug)) {
      const known = (stmt(db, "SELECT slug FROM topics ORDER BY slug").all() as Array<{ slug: string }>).map(
        (row) => row.slug,
      );
      throw new BriefbotError("TOPIC_NOT_FOUND", `unknown topic "${slug}"`, {
        hints: [known.length > 0 ? `known topics: ${known.join(", ")}` : "no topics are defined yet"],
      });
    }
  }
}
