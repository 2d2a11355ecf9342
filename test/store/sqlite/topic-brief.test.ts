import { afterEach, describe, expect, it } from "vitest";
import { tallyExtracts } from "../../../src/core/brief/tally-extracts.ts";
import { buildTopicBrief, recencyWeight } from "../../../src/core/brief/topic-brief.ts";
import { seedRussiaChina } from "../contract/topic-brief-seed.ts";
import { brief, doc, filler, tempStore } from "../helpers.ts";

let cleanup = () => {};
afterEach(() => cleanup());

const NOW = new Date("2026-01-10T12:00:00Z");

async function seeded() {
  const t = tempStore(NOW);
  cleanup = t.cleanup;
  const { store } = t;
  return { store, ...(await seedRussiaChina(store)) };
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
