// The charts as SVG and alt text (pure): where the bars go for known data, what the alt text says,
// and that untrusted document text cannot add markup. Pixels of the rasterised PNG are checked in
// test/charts/rasterise.test.ts.
import { describe, expect, it } from "vitest";
import { actorLinks } from "../../src/core/brief/actor-links.ts";
import { buildStories } from "../../src/core/brief/stories.ts";
import type { StoryDocument } from "../../src/core/brief/story-grouping.ts";
import type { ActorTally } from "../../src/core/brief/topic-brief.ts";
import { actorGraphChart, actorGraphLayout } from "../../src/core/charts/actor-graph.ts";
import { MAX_ALT, OTHER_COLOUR, PALETTE, svgText } from "../../src/core/charts/svg.ts";
import { timelineChart, timelineLayout } from "../../src/core/charts/timeline.ts";
import { KNOWN } from "./chart-fixtures.ts";

describe("coverage timeline", () => {
  it("stacks each day's documents by story, bar heights in proportion to the counts", () => {
    const layout = timelineLayout(KNOWN)!;
    expect(layout.unit).toBe("day");
    expect(layout.bars.map((bar) => [bar.start, bar.documents])).toEqual([
      ["2026-11-03", 1],
      ["2026-11-04", 2],
      ["2026-11-05", 4],
    ]);
    const parts = layout.bars.map((bar) => bar.segments.map((s) => [s.story, s.documents]));
    expect(parts).toEqual([
      [[0, 1]],
      [
        [1, 1],
        [null, 1],
      ],
      [
        [0, 3],
        [null, 1],
      ],
    ]);
    const unit = layout.bars[0]!.segments[0]!.height;
    expect(layout.bars[2]!.segments[0]!.height).toBeCloseTo(3 * unit);
    // The tallest bar reaches the top of the axis (4 on a 0..4 axis).
    expect(layout.yMax).toBe(4);
    expect(layout.bars[2]!.segments.at(-1)!.y).toBeCloseTo(layout.plot.top);
    expect(layout.bars[2]!.segments[0]!.colour).toBe(PALETTE[0]);
    expect(layout.bars[1]!.segments[1]!.colour).toBe(OTHER_COLOUR);
  });

  it("keeps empty days in the axis, so a gap in coverage shows as a gap", () => {
    const layout = timelineLayout({
      title: "t",
      coverage: [
        { date: "2026-01-30", documents: 2 },
        { date: "2026-02-02", documents: 1 },
      ],
      stories: [],
    })!;
    expect(layout.bars.map((bar) => bar.documents)).toEqual([2, 0, 0, 1]);
    expect(layout.bars[1]!.segments).toEqual([]);
  });

  it("has a bar a week over a long window, and a month over a very long one, losing no document", () => {
    const coverage = Array.from({ length: 200 }, (_, i) => ({
      date: new Date(Date.UTC(2026, 0, 1) + i * 86_400_000).toISOString().slice(0, 10),
      documents: 1 + (i % 3),
    }));
    const total = coverage.reduce((sum, day) => sum + day.documents, 0);
    const weekly = timelineLayout({ title: "t", coverage, stories: [] })!;
    expect(weekly.unit).toBe("week");
    expect(weekly.bars[0]!.start).toBe("2025-12-29"); // the Monday of 1 Jan 2026's week
    expect(weekly.bars.reduce((sum, bar) => sum + bar.documents, 0)).toBe(total);
    const monthly = timelineLayout({
      title: "t",
      coverage: [
        { date: "2024-03-15", documents: 5 },
        { date: "2026-03-01", documents: 2 },
      ],
      stories: [],
    })!;
    expect(monthly.unit).toBe("month");
    expect(monthly.bars).toHaveLength(25);
    expect(monthly.bars[0]).toMatchObject({ start: "2024-03-01", documents: 5 });
  });

  it("says the same facts in its alt text", () => {
    const chart = timelineChart(KNOWN)!;
    expect(chart.alt).toContain("7 documents from 3 Nov 2026 to 5 Nov 2026");
    expect(chart.alt).toContain("Busiest: 5 Nov 2026 (4)");
    expect(chart.alt).toContain('"Leaders meet at the summit" 4 documents');
    expect(chart.alt).toContain('"Storm reaches the coast" 1 document');
    expect(chart.alt).toContain("2 documents in no story shown");
    expect(chart.width).toBe(800);
    expect(chart.svg).toContain(`width="800" height="${chart.height}"`);
  });

  it("dates the alt text from the days that have documents", () => {
    const chart = timelineChart({
      title: "t",
      coverage: [{ date: "2026-11-01", documents: 0 }, ...KNOWN.coverage],
      stories: [],
    })!;
    expect(chart.alt).toContain("7 documents from 3 Nov 2026 to 5 Nov 2026");
  });

  it("draws nothing when there are no documents", () => {
    expect(timelineChart({ title: "t", coverage: [], stories: [] })).toBeNull();
    expect(
      timelineChart({ title: "t", coverage: [{ date: "not a day", documents: 3 }], stories: [] }),
    ).toBeNull();
  });

  it("escapes document text: a headline cannot add elements, links or break the XML", () => {
    const hostile = `</text><a href="https://evil.example/"><script>alert(1)</script></a> & \u0000\u202Ebad' "x"`;
    const chart = timelineChart({
      ...KNOWN,
      title: hostile,
      stories: [{ ...KNOWN.stories[0]!, label: hostile }],
    })!;
    expect(chart.svg).not.toMatch(/<(script|a)\b|href="/);
    expect(chart.svg).not.toContain("\u0000");
    expect(chart.svg).toContain("&lt;script&gt;");
    // Every element is one we write.
    const tags = new Set([...chart.svg.matchAll(/<([a-z]+)/g)].map((m) => m[1]));
    expect([...tags].sort()).toEqual(["line", "rect", "svg", "text"]);
    expect(svgText("a\u0001b\uD800c")).toBe("abc");
  });

  it("keeps the alt text within the platforms' limit", () => {
    const long = "word ".repeat(400);
    const chart = timelineChart({
      ...KNOWN,
      stories: KNOWN.stories.map((story) => ({ ...story, label: long })),
    })!;
    expect(chart.alt.length).toBeLessThanOrEqual(MAX_ALT);
  });
});

const tally = (
  name: string,
  type: ActorTally["type"],
  mentions: number,
  documents: number,
  aliases: string[] = [],
) => ({
  name,
  type,
  mentions,
  documents,
  aliases,
  roles: [],
});

const doc = (id: string, actors: { name: string; type: ActorTally["type"] }[]): StoryDocument => ({
  document: { id, title: id, date: "2026-11-03", url: null, source: null, license: null },
  day: "2026-11-03",
  actors: actors.map((actor) => ({ ...actor, mentions: 1 })),
  keyPoints: [],
  quotes: [],
});

describe("actor links and graph", () => {
  const actors = [
    tally("China", "place", 30, 3, ["Beijing"]),
    tally("Russia", "place", 20, 2),
    tally("Bonny Lin", "person", 5, 1, ["Lin"]),
    tally("CSIS", "org", 2, 1),
  ];
  const documents = [
    doc("d1", [
      { name: "China", type: "place" },
      { name: "Russia", type: "place" },
    ]),
    doc("d2", [
      { name: "Beijing", type: "place" },
      { name: "Russia", type: "place" },
      { name: "Lin", type: "person" },
    ]),
    doc("d3", [
      { name: "China", type: "place" },
      { name: "Someone Else", type: "person" },
    ]),
  ];

  it("counts the documents that name both actors of a pair, by name or alias", () => {
    expect(actorLinks(actors, documents)).toEqual([
      { source: "China", target: "Russia", documents: 2 },
      { source: "China", target: "Bonny Lin", documents: 1 },
      { source: "Russia", target: "Bonny Lin", documents: 1 },
    ]);
  });

  it("places actors on a circle in rank order, sized by mentions, the same way every time", () => {
    const input = { title: "T", actors, links: actorLinks(actors, documents), documentCount: 3 };
    const layout = actorGraphLayout(input)!;
    expect(layout.nodes.map((node) => node.name)).toEqual(["China", "Russia", "Bonny Lin", "CSIS"]);
    const radii = layout.nodes.map((node) => node.r);
    expect([...radii].sort((a, b) => b - a)).toEqual(radii);
    expect(layout.nodes[0]!.y).toBeLessThan(layout.nodes[2]!.y); // the first at the top
    expect(layout.edges.map((edge) => [edge.from, edge.to, edge.documents])).toEqual([
      [0, 1, 2],
      [0, 2, 1],
      [1, 2, 1],
    ]);
    expect(layout.edges[0]!.width).toBeGreaterThan(layout.edges[1]!.width);
    expect(actorGraphChart(input)!.svg).toBe(actorGraphChart(input)!.svg);
  });

  it("says the same facts in its alt text", () => {
    const chart = actorGraphChart({
      title: "T",
      actors,
      links: actorLinks(actors, documents),
      documentCount: 3,
    })!;
    expect(chart.alt).toContain("the 4 most mentioned actors in 3 documents");
    expect(chart.alt).toContain("China (place, 30 mentions in 3 documents)");
    expect(chart.alt).toContain("Bonny Lin (person, 5 mentions in 1 document)");
    expect(chart.alt).toContain("Named together most: China and Russia (2 documents)");
    expect(chart.alt).toContain("Named with no other actor shown: CSIS");
  });

  it("draws the strongest lines only when one document names every actor, and says so", () => {
    const many = Array.from({ length: 10 }, (_, i) => tally(`Actor ${i}`, "person", 10 - i, 1));
    const input = { title: "T", actors: many, links: actorLinks(many, [doc("d1", many)]), documentCount: 1 };
    expect(input.links).toHaveLength(45);
    const layout = actorGraphLayout(input)!;
    expect(layout.edges).toHaveLength(15);
    expect(layout.isolated).toEqual([]);
    expect(actorGraphChart(input)!.alt).toContain("Lines: the 15 strongest of 45 links.");
  });

  it("escapes actor names and draws nothing without actors", () => {
    const chart = actorGraphChart({
      title: "T",
      actors: [tally('<a href="x">@everyone</a>', "person", 1, 1)],
      links: [],
      documentCount: 1,
    })!;
    expect(chart.svg).not.toMatch(/<a\b|href="/);
    expect(chart.svg).toContain("&lt;a href=&quot;x&quot;&gt;");
    expect(actorGraphChart({ title: "T", actors: [], links: [], documentCount: 0 })).toBeNull();
  });
});

describe("the data the charts read", () => {
  it("gives each story its documents per day, ascending", () => {
    const report = (id: string, day: string): StoryDocument => ({
      document: { id, title: "Floods hit Varnholt valley", date: day, url: null, source: id, license: null },
      day,
      actors: [
        { name: "Mara Quell", type: "person", mentions: 3 },
        { name: "Varnholt", type: "place", mentions: 2 },
      ],
      keyPoints: [
        {
          text: "Floods hit the Varnholt valley on Monday, forcing thousands from their homes.",
          sentence: 0,
          score: 1,
        },
      ],
      quotes: [],
    });
    const stories = buildStories(
      [report("a", "2030-03-03"), report("b", "2030-03-01"), report("c", "2030-03-01")],
      new Date("2030-03-05T00:00:00Z"),
    );
    expect(stories).toHaveLength(1);
    expect(stories[0]!.days).toEqual([
      { date: "2030-03-01", documents: 2 },
      { date: "2030-03-03", documents: 1 },
    ]);
  });
});
