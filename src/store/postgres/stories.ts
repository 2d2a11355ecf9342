// Stories on PostgreSQL: the story of each counted membership is assigned when it is written (in
// the same transaction, under the store's write lock, so assignment numbers follow commit order),
// kept in memberships.story, and read back by /brief without regrouping. The grouping itself is
// pure (src/core/brief/story-index.ts); this file reads and writes its rows, as on SQLite.

import {
  rankStories,
  STORY_MEMBERS_READ,
  type StoredStories,
  type StoryDayCount,
  storySizes,
} from "../../core/brief/stored-stories.ts";
import { type Story, type StoryWhole, summariseStory } from "../../core/brief/stories.ts";
import type { StoryDocument } from "../../core/brief/story-grouping.ts";
import type { StoryIndex } from "../../core/brief/story-index.ts";
import { storyDocumentOf } from "../../core/brief/tally-extracts.ts";
import { type ActorsOf, groupActors } from "../../core/brief/topic-brief.ts";
import type { ActorType } from "../../core/schemas.ts";
import { type Queryable, rows, run } from "./db.ts";
import { DOC_REF_COLUMNS, type DocRefRow, docRef, parseStoredBrief } from "./rows.ts";

type StoryRow = DocRefRow & { day: string; brief_json: string };

const storyDocument = (row: StoryRow): StoryDocument =>
  storyDocumentOf(docRef(row), row.day, parseStoredBrief(row.brief_json, row.doc_id));

const STORY_COLUMNS = `${DOC_REF_COLUMNS}, m.day, e.brief_json`;

/** Whether a topic has counted, extracted documents without a story yet. */
export async function hasUnassigned(db: Queryable, topic: string): Promise<boolean> {
  const found = await rows(
    db,
    `SELECT 1 FROM memberships m JOIN extracts e ON e.doc_seq = m.doc_seq
     WHERE m.topic = $1 AND m.story IS NULL AND m.counted LIMIT 1`,
    [topic],
  );
  return found.length > 0;
}

/**
 * Gives every counted, extracted document of the topic that has no story one: first replays the
 * assignments this process has not seen (made before a restart or by another process), then
 * groups the new documents by day and id. Call inside the write transaction; returns how many
 * documents were assigned.
 */
export async function assignStories(db: Queryable, index: StoryIndex, topic: string): Promise<number> {
  for (;;) {
    const seen = index.seenUpTo(topic);
    const stored = await rows<StoryRow & { story: string; story_seq: number }>(
      db,
      `SELECT ${STORY_COLUMNS}, m.story, m.story_seq FROM memberships m
       JOIN documents d ON d.seq = m.doc_seq JOIN extracts e ON e.doc_seq = m.doc_seq
       WHERE m.topic = $1 AND m.story_seq > $2 ORDER BY m.story_seq`,
      [topic, seen],
    );
    const replayed = index.replay(
      topic,
      stored.map((row) => ({ doc: storyDocument(row), story: row.story, seq: row.story_seq })),
    );
    if (replayed) break;
  }
  const pending = await rows<StoryRow & { doc_seq: number }>(
    db,
    `SELECT ${STORY_COLUMNS}, m.doc_seq FROM memberships m
     JOIN documents d ON d.seq = m.doc_seq JOIN extracts e ON e.doc_seq = m.doc_seq
     WHERE m.topic = $1 AND m.story IS NULL AND m.counted ORDER BY m.day, d.id`,
    [topic],
  );
  if (pending.length === 0) return 0;
  const assigned = index.assign(topic, pending.map(storyDocument));
  await saveAssignments(
    db,
    topic,
    pending.map((row) => row.doc_seq),
    assigned,
  );
  return pending.length;
}

/** Stores story assignments of a topic's memberships: one statement for all (a rebuild assigns thousands). */
export async function saveAssignments(
  db: Queryable,
  topic: string,
  docSeqs: readonly number[],
  assigned: ReadonlyArray<{ story: string; seq: number }>,
): Promise<void> {
  if (docSeqs.length === 0) return;
  await run(
    db,
    `UPDATE memberships m SET story = a.story, story_seq = a.seq
     FROM unnest($2::int[], $3::text[], $4::int[]) AS a(doc_seq, story, seq)
     WHERE m.topic = $1 AND m.doc_seq = a.doc_seq`,
    [topic, docSeqs, assigned.map((a) => a.story), assigned.map((a) => a.seq)],
  );
}

/** Regroups the stories of one topic (or all) from scratch, in date order. Call in a transaction. */
export async function rebuildStories(
  db: Queryable,
  index: StoryIndex,
  topic: string | undefined,
): Promise<{ documents: number; stories: number }> {
  const topics =
    topic === undefined
      ? (await rows<{ slug: string }>(db, "SELECT slug FROM topics ORDER BY slug")).map((t) => t.slug)
      : [topic];
  let documents = 0;
  let stories = 0;
  for (const slug of topics) {
    // Numbering goes on after the old assignments, so a process holding them sees a document it
    // already grouped come again and replays the topic from the start (StoryIndex.replay).
    const [last] = await rows<{ n: number }>(
      db,
      "SELECT coalesce(max(story_seq), 0)::int AS n FROM memberships WHERE topic = $1",
      [slug],
    );
    await run(db, "UPDATE memberships SET story = NULL, story_seq = NULL WHERE topic = $1", [slug]);
    index.restart(slug, last?.n ?? 0);
    documents += await assignStories(db, index, slug);
    stories += index.storyCount(slug);
  }
  return { documents, stories };
}

/**
 * The window's stories from the stored ids: ranked from per-day counts, the top `limit` (or the
 * one asked for) summarised from their newest STORY_MEMBERS_READ documents.
 */
export async function storedStories(
  db: Queryable,
  topic: string,
  since: string,
  now: Date,
  limit: number,
  only?: string,
): Promise<StoredStories> {
  const counts = await rows<StoryDayCount>(
    db,
    `SELECT story, day, count(*)::int AS documents FROM memberships
     WHERE topic = $1 AND counted AND day >= $2 AND story IS NOT NULL GROUP BY story, day`,
    [topic, since],
  );
  const ranked = rankStories(counts, now);
  const shown = only === undefined ? ranked.slice(0, limit) : ranked.filter((story) => story.id === only);
  const top: Story[] = [];
  for (const story of shown) {
    const members = (
      await rows<StoryRow>(
        db,
        `SELECT ${STORY_COLUMNS} FROM memberships m
         JOIN documents d ON d.seq = m.doc_seq JOIN extracts e ON e.doc_seq = m.doc_seq
         WHERE m.topic = $1 AND m.story = $2 AND m.day >= $3 AND m.counted
         ORDER BY m.day DESC, d.id LIMIT ${STORY_MEMBERS_READ}`,
        [topic, story.id, since],
      )
    ).map(storyDocument);
    const whole: StoryWhole = {
      weight: story.weight,
      days: story.days,
      documents: await rows<{ id: string; source: string | null }>(
        db,
        `SELECT d.id, d.source FROM memberships m JOIN documents d ON d.seq = m.doc_seq
         WHERE m.topic = $1 AND m.story = $2 AND m.day >= $3 AND m.counted ORDER BY m.day DESC, d.id`,
        [topic, story.id, since],
      ),
    };
    top.push(
      summariseStory({ id: story.id, members, firstDay: story.firstDay, lastDay: story.lastDay }, now, whole),
    );
  }
  return {
    top,
    count: ranked.length,
    documents: ranked.reduce((sum, story) => sum + story.documentCount, 0),
    sizes: storySizes(ranked, top),
  };
}

/** At most this many of the window's newest documents are read for who appears with whom. */
export const ACTOR_LINK_DOCUMENTS = 300;

/**
 * The actors among `actorIds` (those the brief may show, as merged at ingest) that each of the
 * window's newest documents names, for the brief's actor links.
 */
export async function actorDocuments(
  db: Queryable,
  topic: string,
  since: string,
  actorIds: readonly number[],
): Promise<ActorsOf[]> {
  const found = await rows<{ doc_seq: number; name: string; type: ActorType; mentions: number }>(
    db,
    `WITH recent AS (
       SELECT doc_seq FROM memberships WHERE topic = $1 AND counted AND day >= $2
       ORDER BY day DESC, doc_seq DESC LIMIT ${ACTOR_LINK_DOCUMENTS})
     SELECT r.doc_seq, a.name, a.type, x.mentions FROM recent r
     JOIN document_actors x ON x.doc_seq = r.doc_seq JOIN actors a ON a.id = x.actor_id
     WHERE x.actor_id = ANY($3::int[])`,
    [topic, since, actorIds],
  );
  return groupActors(found);
}
