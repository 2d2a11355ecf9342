import { afterEach, describe, expect, it } from "vitest";
import { brief, doc, filler, tempStore, topic } from "../helpers.ts";

let cleanup = () => {};
afterEach(() => cleanup());

const counts = (db: import("better-sqlite3").Database) =>
  Object.fromEntries(
    ["documents", "extracts", "quotes", "key_points", "document_actors", "memberships"].map((table) => [
      table,
      (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n,
    ]),
  );

async function setup() {
  const t = tempStore();
  cleanup = t.cleanup;
  await t.store.upsertTopic(topic("wire"));
  await t.store.upsertTopic(topic("other"));
  return t;
}

const story = `The harbour council approved the new budget on Monday after a long debate. ${filler(3, 150)} The mayor said the vote was "a turning point for the city".`;

function withBrief(body: string, fields: Parameters<typeof doc>[1] = {}) {
  const document = doc(body, fields);
  return {
    document,
    brief: brief(document, {
      keyPoints: ["The harbour council approved the new budget on Monday after a long debate."],
      actors: [{ name: "Anna Berg", aliases: ["Berg"], mentions: 2 }],
      quotes: [{ text: "a turning point for the city", speaker: { name: "Anna Berg", type: "person" } }],
    }),
  };
}

describe("dedupe", () => {
  it("adds a document once: again adds nothing", async () => {
    const { store } = await setup();
    const a = withBrief(story, { title: "Budget", url: "https://news.example/budget" });
    expect((await store.addDocument(a.document, a.brief, ["wire"])).status).toBe("added");
    const before = counts(store.db);
    const again = await store.addDocument(a.document, a.brief, ["wire"]);
    expect(again).toMatchObject({
      status: "duplicate",
      documentId: a.document.id,
      duplicateOf: a.document.id,
    });
    expect(counts(store.db)).toEqual(before);
    expect((await store.listTopics()).find((t) => t.slug === "wire")?.documentCount).toBe(1);
  });

  it("treats the same canonical URL as the same document, tracking parameters and all", async () => {
    const { store } = await setup();
    const a = withBrief(story, { url: "https://www.news.example/budget/?utm_source=x#top" });
    await store.addDocument(a.document, a.brief, ["wire"]);
    const b = withBrief(`${story} Updated.`, { url: "http://news.example/budget?utm_medium=y" });
    expect((await store.addDocument(b.document, b.brief, ["wire"])).status).toBe("duplicate");
    expect(await store.hasUrl("https://news.example/budget")).toBe(true);
    expect(counts(store.db).documents).toBe(1);
  });

  it("a duplicate given another topic joins it, and nothing else changes", async () => {
    const { store } = await setup();
    const a = withBrief(story);
    await store.addDocument(a.document, a.brief, ["wire"]);
    await store.addDocument(a.document, a.brief, ["other"]);
    expect((await store.getDocument(a.document.id))?.document.topics).toEqual(["other", "wire"]);
    expect(counts(store.db).documents).toBe(1);
  });

  it("links a near-duplicate (the same wire story, lightly edited) to the first copy and does not count it", async () => {
    const { store } = await setup();
    const first = withBrief(story, { title: "Budget passes" });
    await store.addDocument(first.document, first.brief, ["wire"]);
    const edited = story.replace("on Monday", "on Monday evening").replace("long debate", "lengthy debate");
    const copy = withBrief(`${edited}\n\nReporting by a syndication partner.`, {
      title: "Budget passes (syndicated)",
    });
    const result = await store.addDocument(copy.document, copy.brief, ["wire"]);
    expect(result).toMatchObject({ status: "near-duplicate", duplicateOf: first.document.id });
    expect((await store.getDocument(copy.document.id))?.document.duplicateOf).toBe(first.document.id);
    expect((await store.listTopics()).find((t) => t.slug === "wire")?.documentCount).toBe(1);
    // Its quote is not a second hit, its actor not a second document.
    expect(await store.searchQuotes({ words: "turning point" })).toHaveLength(1);
    expect((await store.actorProfile("Anna Berg"))?.documentCount).toBe(1);
    const topicBrief = await store.topicBrief("wire", { now: new Date("2026-01-10T00:00:00Z") });
    expect(topicBrief.documentCount).toBe(1);
    expect(topicBrief.keyPoints).toHaveLength(1);
  });

  it("a near-duplicate filed under another topic brings the first copy into that topic", async () => {
    const { store } = await setup();
    const first = withBrief(story);
    await store.addDocument(first.document, first.brief, ["wire"]);
    const copy = withBrief(story.replace("Monday", "Tuesday"));
    expect((await store.addDocument(copy.document, copy.brief, ["other"])).status).toBe("near-duplicate");
    const other = await store.topicBrief("other", { now: new Date("2026-01-10T00:00:00Z") });
    expect(other.documentCount).toBe(1);
    expect(other.keyPoints[0]?.document.id).toBe(first.document.id);
  });

  it("keeps different stories apart, even on the same subject", async () => {
    const { store } = await setup();
    for (let i = 0; i < 5; i++) {
      const body = `The harbour council met again. ${filler(100 + i, 150)}`;
      expect((await store.addDocument(doc(body), null, ["wire"], { language: "en" })).status).toBe(
        "not-english",
      );
    }
    expect((await store.listTopics()).find((t) => t.slug === "wire")?.documentCount).toBe(5);
    expect(counts(store.db).documents).toBe(5);
  });

  it("stores a document without a brief as not extracted, listed in its topic", async () => {
    const { store } = await setup();
    const document = doc(`Der Stadtrat hat den Haushalt beschlossen. ${filler(9)}`, {
      title: "Haushalt beschlossen",
      url: "https://zeitung.example/haushalt",
    });
    const result = await store.addDocument(document, null, ["wire"], { language: "und" });
    expect(result.status).toBe("not-english");
    const stored = await store.getDocument(document.id);
    expect(stored?.brief).toBeNull();
    expect(stored?.document).toMatchObject({ extracted: false, language: "und" });
    const topicBrief = await store.topicBrief("wire", { now: new Date("2026-01-10T00:00:00Z") });
    expect(topicBrief.notExtracted.map((ref) => ref.title)).toEqual(["Haushalt beschlossen"]);
  });

  it("refuses unknown topics before writing anything", async () => {
    const { store } = await setup();
    const a = withBrief(story);
    await expect(store.addDocument(a.document, a.brief, ["nope"])).rejects.toThrow(/unknown topic "nope"/);
    expect(counts(store.db).documents).toBe(0);
  });
});
