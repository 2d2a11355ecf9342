// Stories on SQLite: the story of each counted membership is assigned when it is written (in the
// same transaction), kept in memberships.story, and read back by /brief without regrouping. The
// grouping itself is pure (src/core/brief/story-index.ts); this file reads and writes its rows.
import type Database from "better-sqlite3";
import {
  rankStories,
  STORY_MEMBERS_READ,
  type StoredStories,
  type StoryDayCount,
  storySizes,
} from "../../core/brief/stored-stories.ts";
import { type StoryWhole, summariseStory } from "../../core/brief/stories.ts";
import type { StoryDocument } from "../../core/brief/story-grouping.ts";
import type { StoryIndex } from "../../core/brief/story-index.ts";
import { storyDocumentOf } from "../../core/brief/tally-extracts.ts";
import { type ActorsOf, groupActors } from "../../core/brief/topic-brief.ts";
import type { ActorType, DocumentBrief } from "../../core/schemas.ts";
import { DOC_REF_COLUMNS, type DocRefRow, docRef } from "../row-mapping.ts";
import { parseStoredBrief } from "../stored-brief.ts";
import { type GroupingParts, parseGroupingParts, stmt } from "./rows.ts";

type StoryRow = DocRefRow & { day: string; brief_json: string };

const storyDocument = (row: StoryRow): StoryDocument =>
  storyDocumentOf(docRef(row), row.day, parseStoredBrief(row.brief_json, row.doc_id));

const STORY_COLUMNS = `${DOC_REF_COLUMNS}, m.day, e.brief_json`;

type GroupingRow = DocRefRow & GroupingParts & { day: string };

/** A document as grouping reads it, from its row and the parts of its extract grouping needs. */
const groupingDocument = (row: GroupingRow): StoryDocument => {
  const { actors, keyPoints } = parseGroupingParts(row, row.doc_id);
  return { document: docRef(row), day: row.day, actors, keyPoints, quotes: [] };
};

/** Whether a topic has counted, extracted documents without a story yet. */
export function hasUnassigned(db: Database.Database, topic: string): boolean {
  return (
    stmt(
      db,
      `SELECT 1 FROM memberships m INDEXED BY memberships_story_pending
       JOIN extracts e ON e.doc_seq = m.doc_seq
       WHERE m.topic = ? AND m.story IS NULL AND m.counted = 1 LIMIT 1`,
    ).get(topic) !== undefined
  );
}

/**
 * Gives every counted, extracted document of the topic that has no story one: first replays the
 * assignments this process has not seen (made before a restart or by another process), then
 * groups the new documents by day and id. `inHand` holds the briefs of documents just written in
 * this transaction (by doc_seq), which are then not read back and parsed. Call inside the write
 * transaction; returns how many documents were assigned.
 */
export function assignStories(
  db: Database.Database,
  index: StoryIndex,
  topic: string,
  inHand?: ReadonlyMap<number, DocumentBrief>,
): number {
  replayStored(db, index, topic);
  const pending = stmt(
    db,
    `SELECT ${DOC_REF_COLUMNS}, m.day, m.doc_seq FROM memberships m INDEXED BY memberships_story_pending
     JOIN documents d ON d.seq = m.doc_seq JOIN extracts e ON e.doc_seq = m.doc_seq
     WHERE m.topic = ? AND m.story IS NULL AND m.counted = 1 ORDER BY m.day, d.id`,
  ).all(topic) as Array<DocRefRow & { day: string; doc_seq: number }>;
  if (pending.length === 0) return 0;
  const parts = stmt(db, `SELECT ${GROUPING_PARTS} FROM extracts e WHERE e.doc_seq = ?`);
  const documentOf = (row: DocRefRow & { day: string; doc_seq: number }): StoryDocument => {
    const brief = inHand?.get(row.doc_seq);
    if (brief) return storyDocumentOf(docRef(row), row.day, brief);
    return groupingDocument({ ...row, ...(parts.get(row.doc_seq) as GroupingParts) });
  };
  const update = stmt(db, "UPDATE memberships SET story = ?, story_seq = ? WHERE topic = ? AND doc_seq = ?");
  // A page at a time (a rebuild assigns every document of the topic): in the same order, so the
  // same stories, without every document's extract in memory at once.
  for (let from = 0; from < pending.length; from += PAGE) {
    const page = pending.slice(from, from + PAGE);
    const assigned = index.assign(topic, page.map(documentOf));
    page.forEach((row, i) => {
      const { story, seq } = assigned[i]!;
      update.run(story, seq, topic, row.doc_seq);
    });
  }
  return pending.length;
}

/** Documents read and grouped at a time when replaying or assigning many. */
const PAGE = 500;

/** What grouping reads of a stored extract, cut out by SQLite (not the quotes, often most of it). */
const GROUPING_PARTS =
  "json_extract(e.brief_json, '$.actors') AS actors_json, json_extract(e.brief_json, '$.keyPoints') AS points_json";

/**
 * Replays the stored assignments of the topic this process has not seen, a page at a time, from
 * the start again when one of them is a document it already grouped (the stories were rebuilt).
 */
function replayStored(db: Database.Database, index: StoryIndex, topic: string): void {
  const read = stmt(
    db,
    `SELECT ${DOC_REF_COLUMNS}, m.day, ${GROUPING_PARTS}, m.story, m.story_seq FROM memberships m
     JOIN documents d ON d.seq = m.doc_seq JOIN extracts e ON e.doc_seq = m.doc_seq
     WHERE m.topic = ? AND m.story_seq > ? ORDER BY m.story_seq LIMIT ${PAGE}`,
  );
  for (;;) {
    const page = read.all(topic, index.seenUpTo(topic)) as Array<
      GroupingRow & { story: string; story_seq: number }
    >;
    const replayed = index.replay(
      topic,
      page.map((row) => ({ doc: groupingDocument(row), story: row.story, seq: row.story_seq })),
    );
    // Not replayed: the topic was forgotten and seenUpTo is 0 again, so the next page is the first.
    if (replayed && page.length < PAGE) return;
  }
}

/** Regroups the stories of one topic (or all) from scratch, in date order. Call in a transaction. */
export function rebuildStories(
  db: Database.Database,
  index: StoryIndex,
  topic: string | undefined,
): { documents: number; stories: number } {
  const topics =
    topic === undefined
      ? (stmt(db, "SELECT slug FROM topics ORDER BY slug").all() as Array<{ slug: string }>).map(
          (t) => t.slug,
        )
      : [topic];
  let documents = 0;
  let stories = 0;
  for (const slug of topics) {
    // Numbering goes on after the old assignments, so a process holding them sees a document it
    // already grouped come again and replays the topic from the start (StoryIndex.replay).
    const last = (
      stmt(db, "SELECT coalesce(max(story_seq), 0) AS n FROM memberships WHERE topic = ?").get(slug) as {
        n: number;
      }
    ).n;
    stmt(db, "UPDATE memberships SET story = NULL, story_seq = NULL WHERE topic = ?").run(slug);
    index.restart(slug, last);
    documents += assignStories(db, index, slug);
    stories += index.storyCount(slug);
  }
  return { documents, stories };
}

/**
 * The window's stories from the stored ids: ranked from per-day counts, the top `limit` (or the
 * one asked for) summarised from their newest STORY_MEMBERS_READ documents.
 */
export function storedStories(
  db: Database.Database,
  topic: string,
  since: string,
  now: Date,
  limit: number,
  only?: string,
): StoredStories {
  const counts = stmt(
    db,
    `SELECT story, day, count(*) AS documents FROM memberships INDEXED BY memberships_story_day
     WHERE topic = ? AND counted = 1 AND day >= ? AND story IS NOT NULL GROUP BY story, day`,
  ).all(topic, since) as StoryDayCount[];
  const ranked = rankStories(counts, now);
  const shown = only === undefined ? ranked.slice(0, limit) : ranked.filter((story) => story.id === only);
  const top = shown.map((story) => {
    const members = (
      stmt(
        db,
        `SELECT ${STORY_COLUMNS} FROM memberships m INDEXED BY memberships_story
         JOIN documents d ON d.seq = m.doc_seq JOIN extracts e ON e.doc_seq = m.doc_seq
         WHERE m.topic = ? AND m.story = ? AND m.day >= ? AND m.counted = 1
         ORDER BY m.day DESC, d.id LIMIT ${STORY_MEMBERS_READ}`,
      ).all(topic, story.id, since) as StoryRow[]
    ).map(storyDocument);
    const whole: StoryWhole = {
      weight: story.weight,
      days: story.days,
      documents: (
        stmt(
          db,
          `SELECT d.id, d.source FROM memberships m INDEXED BY memberships_story
           JOIN documents d ON d.seq = m.doc_seq
           WHERE m.topic = ? AND m.story = ? AND m.day >= ? AND m.counted = 1 ORDER BY m.day DESC, d.id`,
        ).all(topic, story.id, since) as Array<{ id: string; source: string | null }>
      ).map((row) => ({ id: row.id, source: row.source })),
    };
    return summariseStory(
      { id: story.id, members, firstDay: story.firstDay, lastDay: story.lastDay },
      now,
      whole,
    );
  });
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
export function actorDocuments(
  db: Database.Database,
  topic: string,
  since: string,
  actorIds: readonly number[],
): ActorsOf[] {
  const found = stmt(
    db,
    `WITH recent AS (
       SELECT doc_seq FROM memberships WHERE topic = ? AND counted = 1 AND day >= ?
       ORDER BY day DESC, doc_seq DESC LIMIT ${ACTOR_LINK_DOCUMENTS})
     SELECT r.doc_seq, a.name, a.type, x.mentions FROM recent r
     JOIN document_actors x ON x.doc_seq = r.doc_seq JOIN actors a ON a.id = x.actor_id
     WHERE x.actor_id IN (SELECT value FROM json_each(?))`,
  ).all(topic, since, JSON.stringify(actorIds)) as Array<{
    doc_seq: number;
    name: string;
    type: ActorType;
    mentions: number;
  }>;
  return groupActors(found);
}
