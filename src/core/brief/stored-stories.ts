// Stories as the store keeps them: every document of a topic carries the id of the story it joined
// at ingest (story-index.ts). A brief ranks the window's stories from per-day counts alone and
// reads the documents of the few it shows, so /brief over thousands of documents stays small.
import { byWeight, type Story } from "./stories.ts";
import { recencyWeight } from "./topic-brief.ts";

/** How many documents of one story a brief has in one day (what the store counts in SQL). */
export interface StoryDayCount {
  story: string;
  day: string;
  documents: number;
}

/** A story of the window before it is read: its weight, span and size. */
export interface RankedStory {
  id: string;
  /** The sum of its documents' recency weights (as a grouped story's weight). */
  weight: number;
  firstDay: string;
  lastDay: string;
  documentCount: number;
  /** Its documents per day, ascending. */
  days: Array<{ date: string; documents: number }>;
}

/** The window's stories, heaviest first, from per-day counts. Deterministic. */
export function rankStories(rows: readonly StoryDayCount[], now: Date): RankedStory[] {
  const stories = new Map<string, RankedStory>();
  for (const row of rows) {
    let story = stories.get(row.story);
    if (!story) {
      story = { id: row.story, weight: 0, firstDay: row.day, lastDay: row.day, documentCount: 0, days: [] };
      stories.set(row.story, story);
    }
    story.weight += row.documents * recencyWeight(row.day, now);
    story.documentCount += row.documents;
    story.days.push({ date: row.day, documents: row.documents });
    if (row.day < story.firstDay) story.firstDay = row.day;
    if (row.day > story.lastDay) story.lastDay = row.day;
  }
  for (const story of stories.values()) story.days.sort((a, b) => a.date.localeCompare(b.date));
  return [...stories.values()].sort(byWeight);
}

/** The stored stories a topic brief shows, and what its key points need of the others. */
export interface StoredStories {
  /** The stories shown, summarised, heaviest first. */
  top: Story[];
  /** How many stories the window holds. */
  count: number;
  /** How many of the window's documents belong to a story. */
  documents: number;
  /** Every story of the window: its documents, and its sources where the story is shown. */
  sizes: ReadonlyMap<string, { documents: number; sources: number }>;
}

/**
 * The size of every ranked story for key point scoring (point-importance.ts). Sources are known
 * only for the stories read in full (`top`); the others count as one source, which never raises them.
 */
export function storySizes(
  ranked: ReadonlyArray<Pick<RankedStory, "id" | "documentCount">>,
  top: readonly Story[],
): Map<string, { documents: number; sources: number }> {
  const sources = new Map(top.map((story) => [story.id, story.sources.count]));
  return new Map(
    ranked.map((story) => [
      story.id,
      { documents: story.documentCount, sources: sources.get(story.id) ?? 1 },
    ]),
  );
}

/** At most this many documents of one story are read to summarise it (the newest). */
export const STORY_MEMBERS_READ = 20;
