// Unnamed speakers ("a State Department spokeswoman") are stored on their quotes, never as actors,
// and quotes stored with the older speaker shape ({ name, type }) still read as named.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SqliteStore } from "../../src/store/sqlite/store.ts";
import { brief, doc, filler, tempStore, topic } from "./helpers.ts";

let store: SqliteStore;
let cleanup = () => {};

beforeAll(async () => {
  const t = tempStore();
  store = t.store;
  cleanup = t.cleanup;
  await store.upsertTopic(topic("talks"));
  const a = doc(`Talks resume. ${filler(3, 120)}`, { title: "Talks", date: "2024-03-01" });
  await store.addDocument(
    a,
    brief(a, {
      actors: [{ name: "Jane Roe", mentions: 2 }],
      quotes: [
        {
          text: "the talks will resume next week in the capital",
          speaker: { name: "a ministry spokeswoman", type: "person", named: false },
        },
        { text: "we expect a deal before the summer recess", speaker: { name: "Jane Roe", type: "person" } },
      ],
    }),
    ["talks"],
  );
});
afterAll(() => cleanup());

describe("unnamed speakers in the store", () => {
  it("keeps the description on the quote and reads it back as unnamed", async () => {
    const hits = await store.searchQuotes({ words: "talks resume", limit: 5 });
    const hit = hits.find((h) => h.text.startsWith("the talks"));
    expect(hit?.speaker).toEqual({ name: "a ministry spokeswoman", type: "person", named: false });
  });

  it("reads a speaker stored without `named` as named", async () => {
    const hits = await store.searchQuotes({ words: "deal summer", limit: 5 });
    expect(hits[0]?.speaker).toEqual({ name: "Jane Roe", type: "person", named: true });
  });

  it("does not list an unnamed speaker as an actor or a speaker", async () => {
    const speakers = await store.listSpeakers({ limit: 20 });
    expect(speakers).toContain("Jane Roe");
    expect(speakers).not.toContain("a ministry spokeswoman");
    expect((await store.listActors({ limit: 20 })).map((a) => a.name)).not.toContain(
      "a ministry spokeswoman",
    );
  });
});
