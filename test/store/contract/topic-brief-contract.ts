// What every backend owes for topic briefs: key points by weight and recency with near-repeats
// removed, actors merged across documents, quotes by prominence, coverage per day, `since`
// windows, limits, and documents added in a window for digests.
import { afterEach, describe, expect, it } from "vitest";
import { brief, doc, filler, topic } from "../helpers.ts";
import type { BackendFactory, BackendUnderTest } from "./backend.ts";
import { seedRussiaChina } from "./topic-brief-seed.ts";

const NOW = new Date("2026-01-10T12:00:00Z");

/** The topic brief part of the contract. */
export function topicBriefContract(factory: BackendFactory): void {
  let backend: BackendUnderTest | null = null;
  afterEach(async () => {
    await backend?.cleanup();
    backend = null;
  });

  async function seeded() {
    backend = await factory({ clock: () => NOW });
    const { store } = backend.ports;
    return { store, ...(await seedRussiaChina(store)) };
  }

  describe("topic brief across documents", () => {
    it("ranks key points by weight and recency, removes near-repeats, cites each document", async () => {
      const { store } = await seeded();
      const result = await store.topicBrief("russia-china", { now: NOW });
      expect(result.documentCount).toBe(3);
      expect(result.keyPoints[0]).toMatchObject({
        text: "Russia and China begin joint naval exercises.",
        sentence: 0,
        document: { title: "Recent", date: "2026-01-09", url: "https://x.example/recent" },
      });
      const texts = result.keyPoints.map((point) => point.text);
      // The December talks appear once: the repeat in the recent document is dropped.
      expect(texts.filter((text) => text.includes("held talks in December"))).toHaveLength(1);
      expect(texts).toContain("An undated analysis of the relationship.");
    });

    it("merges actors across documents with mention and document counts, aliases and roles", async () => {
      const { store } = await seeded();
      const result = await store.topicBrief("russia-china", { now: NOW });
      const lin = result.actors.find((actor) => actor.name === "Bonny Lin");
      expect(lin).toMatchObject({ mentions: 3, documents: 2 });
      expect(lin?.roles.sort()).toEqual(["analyst", "co-author"]);
      expect(lin?.aliases).toContain("Lin");
      expect(result.actors.find((actor) => actor.name === "China")).toMatchObject({
        mentions: 8,
        documents: 2,
        aliases: ["Beijing", "Chinese"],
      });
      expect(result.actors.map((actor) => actor.name)).not.toContain("Lin");
    });

    it("puts named, prominent, recent quotes first and unattributed ones last", async () => {
      const { store } = await seeded();
      const result = await store.topicBrief("russia-china", { now: NOW });
      expect(result.quotes.map((quote) => quote.speaker?.name ?? null)).toEqual([
        "Vladimir Putin",
        "Bonny Lin",
        null,
      ]);
      expect(result.quotes[0]?.document.title).toBe("Recent");
    });

    it("counts coverage per day, and --since keeps only the window", async () => {
      const { store } = await seeded();
      const all = await store.topicBrief("russia-china", { now: NOW });
      expect(all.coverage).toEqual([
        { date: "2025-12-01", documents: 1 },
        { date: "2026-01-05", documents: 1 },
        { date: "2026-01-09", documents: 1 },
      ]);
      const week = await store.topicBrief("russia-china", {
        now: NOW,
        since: new Date("2026-01-03T00:00:00Z"),
      });
      expect(week.since).toBe("2026-01-03");
      expect(week.documentCount).toBe(2);
      expect(week.keyPoints.map((point) => point.document.title)).not.toContain("Old");
      expect(week.quotes.map((quote) => quote.document.title)).not.toContain("Old");
      expect(week.actors.find((actor) => actor.name === "Bonny Lin")).toMatchObject({
        documents: 1,
        mentions: 1,
      });
      const future = await store.topicBrief("russia-china", {
        now: NOW,
        since: new Date("2027-01-01T00:00:00Z"),
      });
      expect(future).toMatchObject({ documentCount: 0, keyPoints: [], actors: [], quotes: [], coverage: [] });
    });

    it("respects limits and throws TOPIC_NOT_FOUND with the known topics", async () => {
      const { store } = await seeded();
      const small = await store.topicBrief("russia-china", {
        now: NOW,
        limits: { keyPoints: 1, actors: 2, quotes: 1 },
      });
      expect([small.keyPoints.length, small.actors.length, small.quotes.length]).toEqual([1, 2, 1]);
      await expect(store.topicBrief("nope", { now: NOW })).rejects.toThrow(/unknown topic "nope"/);
    });

    it("lists documents added since a time for digests, oldest first", async () => {
      const { store } = await seeded();
      const added = await store.documentsAddedSince("russia-china", new Date("2026-01-01T00:00:00Z"));
      expect(added.map((item) => item.document.title)).toEqual(["Undated", "Old", "Recent"]);
      expect(added[1]?.brief?.keyPoints[0]?.text).toBe("Russia and China held talks in December.");
      expect(await store.documentsAddedSince("russia-china", new Date("2026-01-06T00:00:00Z"))).toHaveLength(
        2,
      );
      expect(
        await store.documentsAddedSince(
          "russia-china",
          new Date("2026-01-01T00:00:00Z"),
          new Date("2026-01-06T00:00:00Z"),
        ),
      ).toHaveLength(1);
    });
  });

  describe("a topic with a single document", () => {
    it("shows that document's best key points, not only two", async () => {
      backend = await factory({ clock: () => NOW });
      const store = backend.ports.store;
      await store.upsertTopic(topic("solo"));
      const only = doc(`Solo news. ${filler(21, 120)}`, { title: "Solo", date: "2026-01-09" });
      const points = [
        "Parliament passed the budget on Tuesday.",
        "The opposition walked out before the vote.",
        "Markets rose after the decision was announced.",
        "The finance minister promised lower taxes next year.",
      ];
      await store.addDocument(only, brief(only, { keyPoints: points }), ["solo"]);
      const shown = (await store.topicBrief("solo", { now: NOW })).keyPoints.map((point) => point.text);
      expect(shown).toEqual(points);
    });
  });
}
