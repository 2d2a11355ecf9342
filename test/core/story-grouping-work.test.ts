// Story grouping at ingest does bounded work per document: it compares a document with the few
// stories that share its distinctive features and those that grew last, never with every story,
// and the store's index keeps of each document only its story. Counted, never timed.
import { describe, expect, it } from "vitest";
import {
  groupStories,
  STORY_GROUPING,
  type StoryDocument,
  StoryGrouper,
} from "../../src/core/brief/story-grouping.ts";
import { StoryIndex } from "../../src/core/brief/story-index.ts";

const EVENTS = 400;
const LETTERS = "abcdefghijklmnopqrstuvwxyz";
/** A made-up word for event e (letters only: grouping leaves out numbers). */
const word = (e: number, k: number): string =>
  `${LETTERS[e % 26]}${LETTERS[Math.floor(e / 26) % 26]}${LETTERS[k % 26]}qu${LETTERS[Math.floor(e / 676) % 26]}`;

/** Article n of event e: the event's own people and words, a day in the event's week. */
function article(e: number, n: number): StoryDocument {
  const day = new Date(Date.UTC(2030, 0, 1) + (e * 3 + n) * 86_400_000).toISOString().slice(0, 10);
  return {
    document: {
      id: `e${e}-n${n}`,
      title: `${word(e, 0)} ${word(e, 1)} ${word(e, 2)}`,
      date: day,
      url: null,
      source: null,
      license: null,
    },
    day,
    actors: [
      { name: `Ana ${word(e, 3)}`, type: "person", mentions: 3 },
      { name: `${word(e, 4)} Council`, type: "org", mentions: 1 },
    ],
    keyPoints: [
      {
        text: `The ${word(e, 5)} of ${word(e, 6)} met the ${word(e, 7)} on report ${n}.`,
        sentence: 0,
        score: 1,
      },
      {
        text: `Officials said the ${word(e, 8)} and the ${word(e, 9)} would follow.`,
        sentence: 1,
        score: 0.8,
      },
    ],
    quotes: [],
  };
}

/** Three articles of each event, in date order. */
const articles = Array.from({ length: EVENTS }, (_, e) => [0, 1, 2].map((n) => article(e, n))).flat();

describe("story grouping work", () => {
  it("compares each document with a bounded number of stories, however many there are", () => {
    const grouper = new StoryGrouper();
    for (const doc of articles) grouper.add(doc);
    // Each event is a story of its three articles.
    expect(grouper.stories).toHaveLength(EVENTS);
    expect(grouper.stories.every((story) => story.members.length === 3)).toBe(true);
    const bound = STORY_GROUPING.candidates + STORY_GROUPING.recentStories;
    expect(grouper.work.documents).toBe(articles.length);
    // Looking through every story would be ~EVENTS / 2 comparisons a document on average.
    expect(grouper.work.comparisons).toBeLessThanOrEqual(bound * articles.length);
    expect(grouper.work.comparisons / articles.length).toBeLessThan(EVENTS / 10);
  });

  it("keeps no documents in the store's index, and assigns as grouping them all at once does", () => {
    const index = new StoryIndex();
    const assigned = index.assign("t", articles);
    const grouped = groupStories(articles);
    const storyOf = new Map(grouped.flatMap((story) => story.members.map((m) => [m.document.id, story.id])));
    expect(assigned.map((a) => a.story)).toEqual(articles.map((doc) => storyOf.get(doc.document.id)));
    expect(assigned.map((a) => a.seq)).toEqual(articles.map((_, i) => i + 1));
    expect(index.storyCount("t")).toBe(EVENTS);
    // A document that comes again keeps its story and is not grouped twice.
    const again = index.assign("t", [articles[4]!]);
    expect(again[0]!.story).toBe(storyOf.get(articles[4]!.document.id));
    expect(index.storyCount("t")).toBe(EVENTS);
  });

  it("holds a grouper's members only when asked to", () => {
    const ids = new StoryGrouper({ keepMembers: false });
    for (const doc of articles.slice(0, 30)) ids.add(doc);
    expect(ids.stories.every((story) => story.members.length === 0)).toBe(true);
    expect(ids.documentCount).toBe(30);
    expect(ids.storyOf(articles[0]!.document.id)?.id).toBe(ids.storyOf(articles[1]!.document.id)?.id);
    expect(ids.has("nope")).toBe(false);
  });
});
