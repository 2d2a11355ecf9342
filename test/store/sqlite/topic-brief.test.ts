import { afterEach, describe, expect, it } from "vitest";
import { tallyExtracts } from "../../../src/core/brief/tally-extracts.ts";
import { buildTopicBrief, recencyWeight } from "../../../src/core/brief/topic-brief.ts";
import { brief, doc, filler, tempStore, topic } from "../helpers.ts";

let cleanup = () => {};
afterEach(() => cleanup());

const NOW = new Date("2026-01-10T12:00:00Z");

async function seeded() {
  const t = tempStore(NOW);
  cleanup = t.cleanup;
  const { store } = t;
  await store.upsertTopic(topic("russia-china"));
  const old = doc(`Old news. ${filler(11, 120)}`, {
    title: "Old",
    date: "2025-12-01",
    url: "https://x.example/old",
  });
  await store.addDocument(
    old,
    brief(old, {
      keyPoints: ["Russia and China held talks in December.", "Trade grew by a tenth."],
      actors: [
        { name: "Bonny Lin", aliases: ["Lin"], mentions: 2, roles: ["co-author"] },
        { name: "China", type: "place", aliases: ["Beijing", "Chinese"], mentions: 5 },
        { name: "Russia", type: "place", mentions: 4 },
      ],
      quotes: [
        {
          text: "The talks went well, better than anyone expected them to go",
          speaker: { name: "Bonny Lin", type: "person" },
        },
      ],
    }),
    ["russia-china"],
  );
  const recent = doc(`Recent news. ${filler(12, 120)}`, {
    title: "Recent",
    date: "2026-01-09",
    url: "https://x.example/recent",
  });
  await store.addDocument(
    recent,
    brief(recent, {
      keyPoints: [
        "Russia and China begin joint naval exercises.",
        "Russia and China held talks in December again.",
      ],
      actors: [
        // Named "Lin" only: merged into Bonny Lin.
        { name: "Lin", mentions: 1, roles: ["analyst"] },
        { name: "China", type: "place", mentions: 3 },
        { name: "Russia", type: "place", mentions: 3 },
        { name: "Vladimir Putin", aliases: ["Putin"], mentions: 2, roles: ["President"] },
      ],
      quotes: [
        {
          text: "The exercises show a new level of trust between the two navies",
          speaker: { name: "Vladimir Putin", type: "person" },
        },
        { text: "We will watch this closely and report back to the committee", speaker: null },
      ],
    }),
    ["russia-china"],
  );
  const undated = doc(`Undated news. ${filler(13, 120)}`, { title: "Undated" });
  await store.addDocument(
    undated,
    brief(undated, { keyPoints: ["An undated analysis of the relationship."] }),
    ["russia-china"],
    {
      addedAt: new Date("2026-01-05T08:00:00Z"),
    },
  );
  return { store, old, recent, undated };
}

describe("topic brief on SQLite", () => {
  it("reports a corrupt stored extract as STORED_DATA_INVALID", async () => {
    const { store, recent } = await seeded();
    store.db
      .prepare(
        "UPDATE extracts SET brief_json = '{\"keyPoints\": 3}' WHERE doc_seq = (SELECT seq FROM documents WHERE id = ?)",
      )
      .run(recent.id);
    await expect(store.getDocument(recent.id)).rejects.toThrow(/stored brief of .* is invalid/);
  });
});

describe("the pure aggregation", () => {
  it("weights recency hyperbolically and is deterministic", () => {
    expect(recencyWeight("2026-01-10", NOW)).toBeGreaterThan(0.9);
    expect(recencyWeight("2026-01-03", NOW)).toBeCloseTo(0.5, 1);
    expect(recencyWeight("2027-01-01", NOW)).toBe(1);
    const a = doc(`Alpha. ${filler(1)}`, { date: "2026-01-09" });
    const b = doc(`Beta. ${filler(2)}`, { date: "2026-01-01" });
    const records = [
      {
        document: { ...a, license: null },
        day: "2026-01-09",
        brief: brief(a, { keyPoints: ["Alpha happened today in the capital."], actors: [{ name: "Lin" }] }),
      },
      {
        document: { ...b, license: null },
        day: "2026-01-01",
        brief: brief(b, {
          keyPoints: ["Beta happened last week somewhere else."],
          actors: [{ name: "Bonny Lin", aliases: ["Lin"] }],
        }),
      },
      { document: { ...b, id: "c", license: null }, day: "2026-01-01", brief: null },
    ];
    const input = {
      topic: { slug: "t", title: "T", description: "" },
      now: NOW,
      since: null,
      ...tallyExtracts(records),
    };
    const once = buildTopicBrief(input);
    expect(buildTopicBrief(input)).toEqual(once);
    expect(once.keyPoints.map((point) => point.text)).toEqual([
      "Alpha happened today in the capital.",
      "Beta happened last week somewhere else.",
    ]);
    expect(once.actors).toEqual([
      { name: "Bonny Lin", type: "person", aliases: ["Lin"], roles: [], mentions: 2, documents: 2 },
    ]);
    expect(once.notExtracted.map((ref) => ref.id)).toEqual(["c"]);
    expect(once.documentCount).toBe(3);
  });
});
