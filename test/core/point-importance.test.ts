// A topic brief over many documents weighs importance across its window: a story covered by many
// documents and sources weeks ago outweighs the leads of the newest single articles.
import { describe, expect, it } from "vitest";
import { scorePoints, storySize, windowHalfLife } from "../../src/core/brief/point-importance.ts";
import type { StoryDocument } from "../../src/core/brief/story-grouping.ts";
import { buildTopicBrief, type KeyPointCandidate, keyPointWeight } from "../../src/core/brief/topic-brief.ts";

// Made-up documents only.
const NOW = new Date("2030-06-30T12:00:00Z");
const SOURCES = ["Daily Example", "Evening Example", "Morning Post", "Valley Radio", "Coast Herald"];

const storyDoc = (
  id: string,
  day: string,
  title: string,
  actors: string[],
  points: string[],
  source: string,
) => ({
  document: { id, title, date: day, url: null, source, license: null },
  day,
  actors: actors.map((name) => ({ name, type: "person" as const, mentions: 2 })),
  keyPoints: points.map((text, sentence) => ({ text, sentence, score: 1 - sentence / 10 })),
  quotes: [],
});

// The dam failure: ten reports from five sources over ten days, six weeks before now.
const dam: StoryDocument[] = Array.from({ length: 10 }, (_, i) =>
  storyDoc(
    `dam${i}`,
    `2030-05-${String(10 + i).padStart(2, "0")}`,
    `Varnholt dam failure: day ${i + 1}`,
    ["Mara Quell", "Varnholt"],
    [
      `The Varnholt dam failed and flooded the lower valley, forcing thousands from their homes${i % 2 ? " again" : ""}.`,
      `Mayor Mara Quell said repairs of the Varnholt dam would take ${i + 2} months.`,
    ],
    SOURCES[i % SOURCES.length]!,
  ),
);
// Twenty unrelated single articles from yesterday, each in words of its own.
const WORDS = (
  "amber basil cedar delta ember falcon garnet harbor indigo jasper kettle lantern meadow nectar " +
  "orchid pepper quartz raven saffron timber umber velvet willow yarrow zephyr acorn bramble cobalt " +
  "dahlia elm fennel ginger hazel iris juniper kelp lilac maple nutmeg olive pine quince rowan sage " +
  "thistle ulmus violet walnut xenon yew zinnia alder birch clover daisy fern gorse heather ivy " +
  "jade kale laurel myrtle nettle oak poppy quill reed sorrel tansy upland vetch wheat yucca zest " +
  "anise beech caper dill endive fig gourd hops inula jute"
).split(" ");
const TOPICS = [
  "bakery prize",
  "chess final",
  "tram timetable",
  "library hours",
  "ferry fares",
  "school choir",
  "park bench",
  "bus depot",
  "museum roof",
  "cycling lane",
  "harbour crane",
  "theatre season",
  "market stalls",
  "zoo keeper",
  "tennis club",
  "swimming pool",
  "organ concert",
  "post office",
  "tax office",
  "fire drill",
];
const newest: StoryDocument[] = TOPICS.map((topic, i) =>
  storyDoc(
    `new${i}`,
    "2030-06-29",
    `The ${topic}`,
    [`Person ${String.fromCharCode(65 + i)}`],
    [`${topic} ${WORDS.slice(i * 5, i * 5 + 5).join(" ")} reported.`],
    "Daily Example",
  ),
);

const candidates = (documents: readonly StoryDocument[]): KeyPointCandidate[] =>
  documents.flatMap((member) => {
    const best = Math.max(...member.keyPoints.map((point) => point.score));
    return member.keyPoints.map((point, rank) => ({
      text: point.text,
      sentence: point.sentence,
      weight: keyPointWeight(point.score, best, rank),
      day: member.day,
      document: member.document,
    }));
  });

describe("key points weighed across the window", () => {
  it("stretches the half-life to the window, never below a week", () => {
    expect(windowHalfLife(["2030-06-28", "2030-06-30"])).toBe(7);
    expect(windowHalfLife([])).toBe(7);
    expect(windowHalfLife(["2029-06-30", "2030-06-30"])).toBeCloseTo(365 / 3, 5);
  });

  it("weighs a story by its documents and sources", () => {
    expect(storySize(undefined)).toBe(1);
    expect(storySize({ story: "s", documents: 1, sources: 1 })).toBe(1);
    expect(storySize({ story: "s", documents: 8, sources: 3 })).toBe(3);
  });

  it("counts other documents that report the same fact", () => {
    const [a, b] = dam;
    const stories = new Map();
    const alone = scorePoints(candidates([a!]), NOW, stories, 20);
    const together = scorePoints(candidates([a!, b!]), NOW, stories, 20);
    const lead = (scored: typeof alone) =>
      scored.find((item) => item.candidate.document.id === "dam0" && item.candidate.sentence === 0)!.score;
    expect(lead(together)).toBeCloseTo(lead(alone) * 1.5, 5);
  });

  it("puts a big story of six weeks ago before the leads of yesterday's single articles", () => {
    const documents = [...dam, ...newest];
    const days = new Map<string, number>();
    for (const member of documents) days.set(member.day, (days.get(member.day) ?? 0) + 1);
    const brief = buildTopicBrief({
      topic: { slug: "valley", title: "Valley", description: "" },
      now: NOW,
      since: null,
      documentCount: documents.length,
      coverage: [...days].map(([date, count]) => ({ date, documents: count })),
      keyPoints: candidates(documents),
      quotes: [],
      actors: [],
      notExtracted: [],
      storyDocuments: documents,
    });
    expect(brief.stories[0]?.documentCount).toBe(10);
    expect(brief.keyPoints[0]?.document.id).toMatch(/^dam/);
    // Still one point a story first: most places go to yesterday's articles.
    expect(
      brief.keyPoints.filter((point) => point.document.id.startsWith("new")).length,
    ).toBeGreaterThanOrEqual(6);
    expect(brief.keyPoints).toHaveLength(8);
  });
});

describe("corroboration among many candidates", () => {
  // Sentences drawn from a small vocabulary so that many pairs are near the SAME_FACT line: the
  // scores must be what comparing every pair gives (same fact: word-set Jaccard at 0.5 or more,
  // other documents only, at most three), however the store finds the similar pairs.
  const vocabulary = WORDS.slice(0, 30);
  let seed = 7;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const many: KeyPointCandidate[] = Array.from({ length: 300 }, (_, i) => {
    const length = 1 + Math.floor(next() * 6);
    const text = Array.from({ length }, () => vocabulary[Math.floor(next() * vocabulary.length)]).join(" ");
    return {
      text: i % 17 === 0 ? "" : `${text}.`,
      sentence: i % 3,
      weight: 1,
      day: "2030-07-01", // after now: recency 1, so a score is its corroboration factor
      document: {
        id: `doc${Math.floor(i / 3)}`,
        title: "t",
        date: null,
        url: null,
        source: null,
        license: null,
      },
    };
  });
  const wordsOf = (text: string) =>
    new Set((text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => w.length > 2));

  it("counts the same corroborating documents as comparing every pair", () => {
    const sets = many.map((candidate) => wordsOf(candidate.text));
    const expected = many.map((candidate, i) => {
      const others = new Set<string>();
      sets.forEach((set, j) => {
        if (many[j]!.document.id === candidate.document.id || sets[i]!.size === 0 || set.size === 0) return;
        let shared = 0;
        for (const word of sets[i]!) if (set.has(word)) shared++;
        if (shared / (sets[i]!.size + set.size - shared) >= 0.5) others.add(many[j]!.document.id);
      });
      return 1 + 0.5 * Math.min(3, others.size);
    });
    const scored = scorePoints(many, NOW, new Map(), 7);
    const factors = new Map(scored.map((item) => [item.candidate, item.score]));
    expect(new Set(expected).size).toBeGreaterThan(2);
    expect(many.map((candidate) => factors.get(candidate))).toEqual(expected);
  });
});
