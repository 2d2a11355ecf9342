// Topics on PostgreSQL: title, description, match rules and feeds, stored as validated JSON text.
import { BriefbotError } from "../../core/errors.ts";
import type { TopicSummary } from "../../core/ports.ts";
import type { Topic } from "../../core/topic.ts";
import { type TopicRow, topicFromRow } from "../row-mapping.ts";
import { type Queryable, rows, run } from "./db.ts";

/** Creates or updates a topic. */
export async function upsertTopic(db: Queryable, topic: Topic, now: Date): Promise<void> {
  await run(
    db,
    `INSERT INTO topics (slug, title, description, match_json, feeds_json, updated_at) VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (slug) DO UPDATE SET title = excluded.title, description = excluded.description,
       match_json = excluded.match_json, feeds_json = excluded.feeds_json, updated_at = excluded.updated_at`,
    [
      topic.slug,
      topic.title,
      topic.description,
      JSON.stringify(topic.match),
      JSON.stringify(topic.feeds),
      now.toISOString(),
    ],
  );
}

/** Every topic with its counted documents and last update, by slug. */
export async function listTopics(db: Queryable): Promise<TopicSummary[]> {
  const found = await rows<TopicRow & { document_count: number; last_updated: string | null }>(
    db,
    `SELECT t.*,
       (SELECT count(*) FROM memberships m WHERE m.topic = t.slug AND m.counted) AS document_count,
       (SELECT max(d.added_at) FROM memberships m JOIN documents d ON d.seq = m.doc_seq
         WHERE m.topic = t.slug) AS last_updated
     FROM topics t ORDER BY t.slug COLLATE "C"`,
  );
  return found.map((row) => ({
    ...topicFromRow(row),
    documentCount: row.document_count,
    lastUpdated: row.last_updated,
  }));
}

/** One topic, or null. */
export async function getTopic(db: Queryable, slug: string): Promise<Topic | null> {
  const [row] = await rows<TopicRow>(db, "SELECT * FROM topics WHERE slug = $1", [slug]);
  return row ? topicFromRow(row) : null;
}

/** Throws TOPIC_NOT_FOUND, listing the known topics, unless every slug exists. */
export async function requireTopics(db: Queryable, slugs: readonly string[]): Promise<void> {
  if (slugs.length === 0) return;
  const unique = [...new Set(slugs)];
  const found = new Set(
    (await rows<{ slug: string }>(db, "SELECT slug FROM topics WHERE slug = ANY($1::text[])", [unique])).map(
      (row) => row.slug,
    ),
  );
  const missing = slugs.find((slug) => !found.has(slug));
  if (missing === undefined) return;
  const known = (await rows<{ slug: string }>(db, 'SELECT slug FROM topics ORDER BY slug COLLATE "C"')).map(
    (row) => row.slug,
  );
  throw new BriefbotError("TOPIC_NOT_FOUND", `unknown topic "${missing}"`, {
    hints: [known.length > 0 ? `known topics: ${known.join(", ")}` : "no topics are defined yet"],
  });
}
