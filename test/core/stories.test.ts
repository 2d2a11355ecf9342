import { describe, expect, it } from "vitest";
import { scoreGrouping } from "../../scripts/eval-stories.ts";
import { buildStories } from "../../src/core/brief/stories.ts";
import { groupStories, type StoryDocument, StoryGrouper } from "../../src/core/brief/story-grouping.ts";
import { tallyExtracts } from "../../src/core/brief/tally-extracts.ts";
import { buildTopicBrief } from "../../src/core/brief/topic-brief.ts";

// Made-up documents: two events with their own actors and words, plus unrelated ones.
const doc = (
  id: string,
  day: string,
  title: string,
  actors: string[],
  points: string[],
  source = "Daily Example",
): StoryDocument => ({
  document: { id, title, date: day, url: null, source, license: null },
  day,
  actors: actors.map((name) => ({ name, type: "person" as const, mentions: 2 })),
  keyPoints: points.map((text, sentence) => ({ text, sentence, score: 1 - sentence / 10 })),
  quotes: [],
});

const flood = [
  doc(
    "f1",
    "2030-03-01",
    "Floods hit Varnholt valley",
    ["Mara Quell", "Varnholt"],
    [
      "Floods hit the Varnholt valley on Monday, forcing thousands from their homes.",
      "Mayor Mara Quell said rescue teams worked through the night.",
    ],
  ),
  doc(
    "f2",
    "2030-03-02",
    "Varnholt flood waters recede",
    ["Mara Quell", "Varnholt"],
    [
      "Flood waters in the Varnholt valley began to recede on Tuesday.",
      "Mayor Mara Quell said rescue teams worked through the night.",
    ],
    "Evening Example",
  ),
  doc(
    "f3",
    "2030-03-04",
    "Varnholt begins rebuilding after floods",
    ["Varnholt", "Ilse Dorn"],
    ["Residents of the Varnholt valley began rebuilding homes damaged by the floods."],
  ),
];
const summit = [
  doc(
    "s1",
    "2030-03-02",
    "Tessaly and Brontia leaders meet at summit",
    ["Oren Vale", "Tessaly", "Brontia"],
    ["The leaders of Tessaly and Brontia met at a summit on trade in the capital."],
  ),
  doc(
    "s2",
    "2030-03-03",
    "Tessaly Brontia summit ends with trade accord",
    ["Oren Vale", "Tessaly", "Brontia"],
    ["The Tessaly and Brontia summit ended with a trade accord signed by both leaders."],
  ),
];
const others = [
  doc(
    "o1",
    "2030-03-02",
    "Chess prodigy wins national title",
    ["Pim Aster"],
    ["A twelve-year-old chess prodigy won the national championship on Sunday."],
  ),
  doc(
    "o2",
    "2030-03-03",
    "Museum reopens after renovation",
    ["Gallery Norde"],
    ["The city museum reopened after a two-year renovation of its west wing."],
  ),
];
const all = [...others, ...summit, ...flood];
const now = new Date("2030-03-05T12:00:00Z");

const clusters = (docs: readonly StoryDocument[]) =>
  groupStories(docs)
    .map((story) =>
      story.members
        .map((member) => member.document.id)
        .sort()
        .join(","),
    )
    .sort();

describe("story grouping", () => {
  it("puts the documents of one event together and keeps unrelated ones apart", () => {
    expect(clusters(all)).toEqual(["f1,f2,f3", "o1", "o2", "s1,s2"]);
  });

  it("does not depend on the order the documents are given in", () => {
    expect(clusters([...all].reverse())).toEqual(clusters(all));
  });

  it("keeps the same words apart when months separate them", () => {
    const later = doc(
      "f9",
      "2031-09-01",
      "Floods hit Varnholt valley again",
      ["Varnholt"],
      ["Floods hit the Varnholt valley again on Monday."],
    );
    expect(clusters([...flood, later])).toEqual(["f1,f2,f3", "f9"]);
  });

  it("keeps two events of one kind apart when they are about different people", () => {
    const race = (
      id: string,
      day: string,
      runner: string,
      title: string,
      points: string[],
    ): StoryDocument => ({
      ...doc(id, day, title, [], points),
      actors: [
        { name: runner, type: "person", mentions: 4 },
        { name: "Kenya", type: "place", mentions: 2 },
      ],
    });
    const first = race(
      "m1",
      "2030-03-01",
      "Ama Kiprop",
      "Ama Kiprop runs the Lakeside marathon in record time",
      [
        "Kenyan runner Ama Kiprop finished the Lakeside marathon in a record time on Sunday.",
        "Kiprop trained at altitude for six months before the race.",
      ],
    );
    const second = race("m2", "2030-03-02", "Beno Tuwei", "Beno Tuwei sets record at Hillside marathon", [
      "Beno Tuwei of Kenya set a course record at the Hillside marathon, organisers said.",
      "Tuwei, who is nineteen, was running only his second marathon.",
    ]);
    expect(clusters([first, second, ...others])).toEqual(["m1", "m2", "o1", "o2"]);
  });

  it("adds documents one at a time: a new one joins its story, an unrelated one starts a story", () => {
    const grouper = new StoryGrouper();
    const first = grouper.add(flood[0]!);
    expect(grouper.add(flood[1]!).id).toBe(first.id);
    expect(grouper.add(others[0]!).id).not.toBe(first.id);
    expect(grouper.stories).toHaveLength(2);
  });
});

describe("story summaries", () => {
  const stories = buildStories(all, now);
  const flooding = stories.find((story) => story.documents.some((d) => d.id === "f1"))!;

  it("gives each story its span, sources and a verbatim headline from one of its documents", () => {
    expect(flooding.firstDay).toBe("2030-03-01");
    expect(flooding.lastDay).toBe("2030-03-04");
    expect(flooding.documentCount).toBe(3);
    expect(flooding.sources).toEqual({ count: 2, names: ["Daily Example", "Evening Example"] });
    const texts = flood.flatMap((d) => d.keyPoints.map((p) => p.text));
    expect(texts).toContain(flooding.headline.text);
  });

  it("merges the same fact from several sources and says how many reported it", () => {
    const rescue = flooding.keyPoints.filter((p) => p.text.includes("rescue teams"));
    expect(rescue).toHaveLength(1);
    expect(rescue[0]!.sources).toBe(2);
    expect(rescue[0]!.documents.sort()).toEqual(["f1", "f2"]);
  });

  it("ranks the bigger recent story first and names its actors", () => {
    expect(stories[0]!.id).toBe(flooding.id);
    expect(flooding.actors[0]!.name).toBe("Varnholt");
  });

  it("reaches the topic brief, with the stories it does not show counted", () => {
    const records = all.map((d) => ({
      document: d.document,
      day: d.day,
      brief: {
        document: { id: d.document.id, title: d.document.title, date: d.day, source: null, url: null },
        keyPoints: [...d.keyPoints],
        actors: d.actors.map((a) => ({ ...a, aliases: [], roles: [] })),
        quotes: [],
      },
    }));
    const brief = buildTopicBrief({
      topic: { slug: "t", title: "T", description: "" },
      now,
      since: null,
      ...tallyExtracts(records),
      limits: { stories: 2 },
    });
    expect(brief.stories).toHaveLength(2);
    expect(brief.storyCount).toBe(4);
    expect(brief.keyPoints.length).toBeGreaterThan(0);
  });
});

describe("topic key points across the window", () => {
  it("are not just the leads of the newest documents: a story covered all week counts", () => {
    const news = [
      ["Harbour", "A new ferry link to the islands began service at the harbour."],
      ["Orchard", "Frost destroyed half of the apple blossom in the northern orchards."],
      ["Glacier", "Scientists measured record summer melting on the Brenn glacier."],
      ["Tramway", "Engineers finished testing the cross-town tramway ahead of schedule."],
      ["Library", "Volunteers catalogued forty thousand donated books for the library."],
      ["Stadium", "Council members approved a larger budget for rebuilding the stadium roof."],
      ["Vineyard", "Hailstorms flattened several hillside vineyards during the harvest."],
      ["Lighthouse", "Divers recovered the old lighthouse lantern from the bay floor."],
    ];
    const singles = news.map(([word, text], i) =>
      doc(`n${i}`, `2030-03-0${i + 1}`, `${word} news`, [`${word} Trust`], [text!]),
    );
    const flood = ["20", "21", "22", "23", "24"].map((day, i) =>
      doc(
        `f${i}`,
        `2030-02-${day}`,
        `Varnholt floods, day ${i + 1}`,
        ["Mara Quell", "Varnholt"],
        [
          `Flood waters in the Varnholt valley rose again, ${["cutting", "closing", "flooding", "blocking", "breaching"][i]} roads on day ${i + 1}.`,
        ],
      ),
    );
    const records = [...singles, ...flood].map((d) => ({
      document: d.document,
      day: d.day,
      brief: {
        document: { id: d.document.id, title: d.document.title, date: d.day, source: null, url: null },
        keyPoints: [...d.keyPoints],
        actors: d.actors.map((a) => ({ ...a, aliases: [], roles: [] })),
        quotes: [],
      },
    }));
    const brief = buildTopicBrief({
      topic: { slug: "t", title: "T", description: "" },
      now: new Date("2030-03-08T12:00:00Z"),
      since: null,
      ...tallyExtracts(records),
    });
    expect(brief.keyPoints).toHaveLength(8);
    expect(brief.keyPoints.some((point) => point.text.includes("Varnholt"))).toBe(true);
    expect(brief.stories[0]!.documentCount).toBe(5);
  });
});

describe("pairwise scoring", () => {
  it("scores precision and recall of the pairs", () => {
    const gold = new Map([
      ["a", "1"],
      ["b", "1"],
      ["c", "1"],
      ["d", "2"],
    ]);
    const predicted = new Map([
      ["a", "x"],
      ["b", "x"],
      ["c", "y"],
      ["d", "y"],
    ]);
    const s = scoreGrouping(gold, predicted);
    expect(s.pairs).toEqual({ predicted: 2, gold: 3, correct: 1 });
    expect(s.precision).toBe(0.5);
    expect(s.recall).toBeCloseTo(1 / 3);
  });
});
