import { afterEach, describe, expect, it } from "vitest";
import { openStore } from "../../src/store/sqlite-store.ts";
import { brief, doc, filler, tempStore, topic } from "./helpers.ts";

const NOW = new Date("2026-01-10T12:00:00Z");
let cleanup = () => {};
afterEach(() => cleanup());

describe("repeated reads answered from the cache", () => {
  it("shows a document added through the same store at once", () => {
    const t = tempStore(NOW);
    cleanup = t.cleanup;
    t.store.upsertTopic(topic("alpha"));
    expect(t.store.topicBrief("alpha", { now: NOW }).keyPoints).toHaveLength(0);
    expect(t.store.listTopics()[0]?.documentCount).toBe(0);

    const first = doc(`First. ${filler(31, 100)}`, { title: "First", date: "2026-01-09" });
    t.store.addDocument(first, brief(first, { keyPoints: ["The first report arrived."] }), ["alpha"]);
    expect(t.store.topicBrief("alpha", { now: NOW }).keyPoints.map((p) => p.text)).toEqual([
      "The first report arrived.",
    ]);
    expect(t.store.listTopics()[0]?.documentCount).toBe(1);
  });

  it("shows what another connection (another process) committed", () => {
    const t = tempStore(NOW);
    const other = openStore(t.path, { clock: () => NOW });
    cleanup = () => {
      other.close();
      t.cleanup();
    };
    t.store.upsertTopic(topic("beta"));
    expect(t.store.listTopics().map((entry) => entry.slug)).toEqual(["beta"]);
    expect(t.store.topicBrief("beta", { now: NOW }).keyPoints).toHaveLength(0);

    other.upsertTopic(topic("gamma"));
    const second = doc(`Second. ${filler(32, 100)}`, { title: "Second", date: "2026-01-09" });
    other.addDocument(second, brief(second, { keyPoints: ["The second report arrived."] }), ["beta"]);

    expect(t.store.listTopics().map((entry) => entry.slug)).toEqual(["beta", "gamma"]);
    expect(t.store.topicBrief("beta", { now: NOW }).keyPoints.map((p) => p.text)).toEqual([
      "The second report arrived.",
    ]);
  });
});
