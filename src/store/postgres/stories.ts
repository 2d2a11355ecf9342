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
import { type Story, summariseStory } from "../../core/brief/stories.ts";
import type { StoryDocument } from "../../core/brief/story-grouping.ts";
import type { StoryIndex } from "../../core/brief/story-index.ts";
import { storyDocumentOf } from "../../core/brief/tally-extracts.ts";
import { type ActorsOf, groupActors, HALF_LIFE_DAYS } from "../../core/brief/topic-brief.ts";
import type { ActorType } from "../../core/schemas.ts";
import { DOC_REF_COLUMNS, type DocRefRow, docRef } from "../row-mapping.ts";
import { parseStoredBrief } from "../stored-brief.ts";
import { type Queryable, rows, run } from "./db.ts";

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

/** The day before every day: the window of an all-time brief starts there (as in queries.ts). */
const ALL_TIME = "0000-00-00";
/** A story within this relative distance of the last one shown may tie with it in exact arithmetic. */
const WEIGHT_MARGIN = 1e-9;
/** Stories read first (the newest-ending, then the largest) per story shown, for the floor. */
const FIRST_READ = 4;
/** recencyWeight in SQL, for the day column `day` and the clock's instant `now` (a placeholder). */
const RECENCY = (day: string, now: string) =>
  `(1.0 / (1.0 + greatest(0.0, extract(epoch FROM ${now}::timestamptz - (${day} || 'T00:00:00Z')::timestamptz)::float8 / 86400.0) / ${HALF_LIFE_DAYS}.0))`;

/** The per-day counts of some stories of a topic in the window, by story and day. */
async function storyDays(
  db: Queryable,
  topic: string,
  since: string,
  stories: readonly string[],
): Promise<StoryDayCount[]> {
  if (stories.length === 0) return [];
  return rows<StoryDayCount>(
    db,
    // One index range a story (as a lateral: for a few hundred stories the planner otherwise
    // read every membership of the topic).
    `SELECT s.story, c.day, c.documents FROM unnest($3::text[]) AS s(story) CROSS JOIN LATERAL (
       SELECT day, count(*)::int AS documents FROM memberships
       WHERE topic = $1 AND story = s.story AND day >= $2 AND counted GROUP BY day) c
     ORDER BY s.story COLLATE "C", c.day`,
    [topic, since, [...new Set(stories)]],
  );
}

/**
 * The window's stories from the stored ids, reading a bounded number of rows whatever the
 * window's size. The counts come from topic_days (migration 9: stories per last day, documents in
 * a story per day). The heaviest `limit` (rankStories' weight: the sum of its documents' recency)
 * are found without weighing every story: the newest-ending, largest few are weighed exactly, the
 * last of the `limit` best of them is a floor, and a story weighs at most its documents times the
 * recency of its last day, so only stories at or above the floor by that bound are weighed too
 * (one index probe a day of the window). Those, or the one asked for, are summarised from their
 * newest STORY_MEMBERS_READ documents. `pointStories` are the stories of the key point candidates,
 * whose sizes the scoring needs.
 */
export async function storedStories(
  db: Queryable,
  topic: string,
  since: string,
  now: Date,
  limit: number,
  only?: string,
  pointStories: readonly string[] = [],
): Promise<StoredStories> {
  const [totals] = await rows<{ stories: number; documents: number }>(
    db,
    `SELECT coalesce(sum(stories_ending), 0)::int AS stories, coalesce(sum(story_documents), 0)::int AS documents
     FROM topic_days WHERE topic = $1 AND day >= $2`,
    [topic, since],
  );
  let candidates: string[];
  if (only !== undefined) candidates = [only];
  else {
    const first = (
      await rows<{ story: string }>(
        db,
        `SELECT story FROM topic_stories WHERE topic = $1 AND last_day >= $2
         ORDER BY last_day DESC, documents DESC, story LIMIT $3`,
        [topic, since, Math.max(1, limit) * FIRST_READ],
      )
    ).map((row) => row.story);
    candidates = first;
    const weighed = rankStories(await storyDays(db, topic, since, first), now);
    const last =
      limit > 0 && first.length >= Math.max(1, limit) * FIRST_READ ? weighed[limit - 1] : undefined;
    if (last) {
      const floor = last.weight * (1 - WEIGHT_MARGIN);
      const more = await rows<{ story: string }>(
        db,
        // OFFSET 0 keeps the lateral a probe of each day (pulled up, it became a hash join over
        // every story of the topic).
        `SELECT s.story FROM topic_days t CROSS JOIN LATERAL (
           SELECT story FROM topic_stories s WHERE s.topic = t.topic AND s.last_day = t.day
             AND s.documents >= ceil($4::float8 / ${RECENCY("t.day", "$3")})::int
           OFFSET 0) s
         WHERE t.topic = $1 AND t.day >= $2 AND t.stories_ending > 0`,
        [topic, since, now.toISOString(), floor],
      );
      candidates = [...new Set([...first, ...more.map((row) => row.story)])];
    }
  }
  const shownSet = new Set(candidates);
  // Over all time a story's size is its topic_stories row; in a window, its memberships there.
  const allTime = since <= ALL_TIME;
  const counts = (
    await storyDays(db, topic, since, allTime ? candidates : [...candidates, ...pointStories])
  ).map((row) => ({ ...row, shown: shownSet.has(row.story) }));
  const pointSizes = allTime
    ? await rows<{ id: string; documents: number }>(
        db,
        "SELECT story AS id, documents FROM topic_stories WHERE topic = $1 AND story = ANY($2::text[])",
        [topic, [...new Set(pointStories)]],
      )
    : [];
  const ranked = rankStories(
    counts.filter((row) => row.shown),
    now,
  );
  const shown = only === undefined ? ranked.slice(0, limit) : ranked.filter((story) => story.id === only);
  // The shown stories' newest members and all their documents: two statements for all of them.
  const ids = shown.map((story) => story.id);
  const members = await rows<StoryRow & { story: string }>(
    db,
    `SELECT s.story, r.* FROM unnest($2::text[]) AS s(story) CROSS JOIN LATERAL (
       SELECT ${STORY_COLUMNS} FROM memberships m
       JOIN documents d ON d.seq = m.doc_seq JOIN extracts e ON e.doc_seq = m.doc_seq
       WHERE m.topic = $1 AND m.story = s.story AND m.day >= $3 AND m.counted
       ORDER BY m.day DESC, d.id LIMIT ${STORY_MEMBERS_READ}) r`,
    [topic, ids, since],
  );
  const documents = await rows<{ story: string; id: string; source: string | null }>(
    db,
    `SELECT m.story, d.id, d.source FROM memberships m JOIN documents d ON d.seq = m.doc_seq
     WHERE m.topic = $1 AND m.story = ANY($2::text[]) AND m.day >= $3 AND m.counted
     ORDER BY m.day DESC, d.id`,
    [topic, ids, since],
  );
  const top: Story[] = shown.map((story) =>
    summariseStory(
      {
        id: story.id,
        members: members.filter((row) => row.story === story.id).map(storyDocument),
        firstDay: story.firstDay,
        lastDay: story.lastDay,
      },
      now,
      {
        weight: story.weight,
        days: story.days,
        documents: documents
          .filter((row) => row.story === story.id)
          .map((row) => ({ id: row.id, source: row.source })),
      },
    ),
  );
  // Every story read: the shown ones, those that might have been, and the key points' stories.
  const read = [
    ...rankStories(counts, now),
    ...pointSizes.map((story) => ({ ...story, documentCount: story.documents })),
  ];
  return {
    top,
    count: totals?.stories ?? 0,
    documents: totals?.documents ?? 0,
    sizes: storySizes(read, top),
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
