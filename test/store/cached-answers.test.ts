// The read caches' answers are bounded in count and in estimated bytes (cached-answers.ts): a run
// of large /brief answers no longer stays in memory 256 deep, and a closed store lets go of its
// answers.
import { describe, expect, it } from "vitest";
import { CachedAnswers, MAX_ANSWER_BYTES, MAX_ANSWERS, weightOf } from "../../src/store/cached-answers.ts";
import { brief, doc, filler, tempStore, topic } from "./helpers.ts";

/** An answer of about `kb` kilobytes by weightOf. */
const answer = (kb: number, tag: number) => ({ tag, text: "x".repeat(kb * 512) });

describe("cached answers", () => {
  it("weighs an answer at twice its JSON length, and one it cannot measure at a fixed size", () => {
    expect(weightOf({ a: "abc" })).toBe(2 * JSON.stringify({ a: "abc" }).length);
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(weightOf(cyclic)).toBe(64 * 1024);
  });

  it("keeps at most the byte budget, dropping the oldest first", () => {
    const cache = new CachedAnswers();
    // 300 KB answers, about what a /brief of a 10,000-document topic weighs.
    for (let i = 0; i < 120; i++) cache.set(`brief:${i}`, answer(300, i));
    const { answers, bytes } = cache.size;
    expect(bytes).toBeLessThanOrEqual(MAX_ANSWER_BYTES);
    expect(answers).toBe(Math.floor(MAX_ANSWER_BYTES / weightOf(answer(300, 0))));
    expect(answers).toBeLessThan(120);
    // The newest are kept, the oldest gone.
    expect(cache.has("brief:119")).toBe(true);
    expect(cache.has("brief:0")).toBe(false);
    expect(cache.get("brief:119")).toEqual(answer(300, 119));
  });

  it("keeps at most 256 small answers, and replacing one does not count it twice", () => {
    const cache = new CachedAnswers();
    for (let i = 0; i < 300; i++) cache.set(`q:${i}`, { i });
    expect(cache.size.answers).toBe(MAX_ANSWERS);
    expect(cache.has("q:43")).toBe(false);
    expect(cache.has("q:44")).toBe(true);
    const before = cache.size.bytes;
    cache.set("q:299", { i: 299 });
    expect(cache.size).toEqual({ answers: MAX_ANSWERS, bytes: before });
    cache.clear();
    expect(cache.size).toEqual({ answers: 0, bytes: 0 });
  });

  it("does not keep an answer larger than the whole budget", () => {
    const cache = new CachedAnswers(10, 1000);
    cache.set("small", "x".repeat(100));
    cache.set("huge", "x".repeat(1000));
    expect(cache.has("huge")).toBe(false);
    expect(cache.has("small")).toBe(true);
  });

  it("a store's cache still answers a repeated brief, and a closed store lets go of it", async () => {
    const NOW = new Date("2026-01-10T12:00:00Z");
    const t = tempStore(NOW);
    try {
      await t.store.upsertTopic(topic("alpha"));
      const first = doc(`First. ${filler(31, 100)}`, { title: "First", date: "2026-01-09" });
      await t.store.addDocument(first, brief(first, { keyPoints: ["The first report arrived."] }), ["alpha"]);
      const once = await t.store.topicBrief("alpha", { now: NOW });
      expect(await t.store.topicBrief("alpha", { now: NOW })).toBe(once);
      const cache = (t.store as unknown as { cache: { entries: CachedAnswers } }).cache.entries;
      expect(cache.size.answers).toBeGreaterThan(0);
      await t.store.close();
      expect(cache.size).toEqual({ answers: 0, bytes: 0 });
    } finally {
      t.cleanup();
    }
  });
});
