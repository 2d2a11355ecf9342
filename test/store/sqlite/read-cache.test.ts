import { afterEach, describe, expect, it } from "vitest";
import { openSqliteStore as openStore } from "../../../src/store/sqlite/sqlite-ports.ts";
import { brief, doc, filler, tempStore, topic } from "../helpers.ts";

const NOW = new Date("2026-01-10T12:00:00Z");
let cleanup = () => {};
afterEach(() => cleanup());

describe("repeated reads answered from the cache", () => {
  it("shows a document added through the same store at once", async () => {
    const t = tempStore(NOW);
    cleanup = t.cleanup;
    await t.store.upsertTopic(topic("alpha"));
    expect((await t.store.topicBrief("alpha", { now: NOW })).keyPoints).toHaveLength(0);
    expect((await t.store.listTopics())[0]?.documentCount).toBe(0);

    const first = doc(`First. ${filler(31, 100)}`, { title: "First", date: "2026-01-09" });
    await t.store.addDocument(first, brief(first, { keyPoints: ["The first report arrived."] }), ["alpha"]);
    expect((await t.store.topicBrief("alpha", { now: NOW })).keyPoints.map((p) => p.text)).toEqual([
      "The first report arrived.",
    ]);
    expect((await t.store.listTopics())[0]?.documentCount).toBe(1);
  });

  it("shows what another connection (another process) committed", async () => {
    const t = tempStore(NOW);
    const other = openStore(t.path, { clock: () => NOW });
    cleanup = async () => {
      await other.close();
      t.cleanup();
    };
    await t.store.upsertTopic(topic("beta"));
    expect((await t.store.listTopics()).map((entry) => entry.slug)).toEqual(["beta"]);
    expect((await t.store.topicBrief("beta", { now: NOW })).keyPoints).toHaveLength(0);

    await other.upsertTopic(topic("gamma"));
    const second = doc(`Second. ${filler(32, 100)}`, { title: "Second", date: "2026-01-09" });
    await other.addDocument(second, brief(second, { keyPoints: ["The second report arrived."] }), ["beta"]);

    expect((await t.store.listTopics()).map((entry) => entry.slug)).toEqual(["beta", "gamma"]);
    expect((await t.store.topicBrief("beta", { now: NOW })).keyPoints.map((p) => p.text)).toEqual([
      "The second report arrived.",
    ]);
  });
});
