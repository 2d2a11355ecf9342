import { afterEach, describe, expect, it } from "vitest";
import { brief, doc, filler, tempStore, topic } from "./helpers.ts";

let cleanup = () => {};
afterEach(() => cleanup());

const counts = (db: import("better-sqlite3").Database) =>
  Object.fromEntries(
    ["documents", "extracts", "quotes", "key_points", "document_actors", "memberships"].map((table) => [
      table,
      (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n,
    ]),
  );

function setup() {
  const t = tempStore();
  cleanup = t.cleanup;
  t.store.upsertTopic(topic("wire"));
  t.store.upsertTopic(topic("other"));
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
  it("adds a document once: again adds nothing", () => {
    const { store } = setup();
    const a = withBrief(story, { title: "Budget", url: "https://news.example/budget" });
    expect(store.addDocument(a.document, a.brief, ["wire"]).status).toBe("added");
    const before = counts(store.db);
    const again = store.addDocument(a.document, a.brief, ["wire"]);
    expect(again).toMatchObject({
      status: "duplicate",
      documentId: a.document.id,
      duplicateOf: a.document.id,
    });
    expect(counts(store.db)).toEqual(before);
    expect(store.listTopics().find((t) => t.slug === "wire")?.documentCount).toBe(1);
  });

  it("treats the same canonical URL as the same document, tracking parameters and all", () => {
    const { store } = setup();
    const a = withBrief(story, { url: "https://www.news.example/budget/?utm_source=x#top" });
    store.addDocument(a.document, a.brief, ["wire"]);
    const b = withBrief(`${story} Updated.`, { url: "http://news.example/budget?utm_medium=y" });
    expect(store.addDocument(b.document, b.brief, ["wire"]).status).toBe("duplicate");
    expect(store.hasUrl("https://news.example/budget")).toBe(true);
    expect(counts(store.db).documents).toBe(1);
  });

  it("a duplicate given another topic joins it, and nothing else changes", () => {
    const { store } = setup();
    const a = withBrief(story);
    store.addDocument(a.document, a.brief, ["wire"]);
    store.addDocument(a.document, a.brief, ["other"]);
    expect(store.getDocument(a.document.id)?.document.topics).toEqual(["other", "wire"]);
    expect(counts(store.db).documents).toBe(1);
  });

  it("links a near-duplicate (the same wire story, lightly edited) to the first copy and does not count it", () => {
    const { store } = setup();
    const first = withBrief(story, { title: "Budget passes" });
    store.addDocument(first.document, first.brief, ["wire"]);
    const edited = story.replace("on Monday", "on Monday evening").replace("long debate", "lengthy debate");
    const copy = withBrief(`${edited}\n\nReporting by a syndication partner.`, {
      title: "Budget passes (syndicated)",
    });
    const result = store.addDocument(copy.document, copy.brief, ["wire"]);
    expect(result).toMatchObject({ status: "near-duplicate", duplicateOf: first.document.id });
    expect(store.getDocument(copy.document.id)?.document.duplicateOf).toBe(first.document.id);
    expect(store.listTopics().find((t) => t.slug === "wire")?.documentCount).toBe(1);
    // Its quote is not a second hit, its actor not a second document.
    expect(store.searchQuotes({ words: "turning point" })).toHaveLength(1);
    expect(store.actorProfile("Anna Berg")?.documentCount).toBe(1);
    const topicBrief = store.topicBrief("wire", { now: new Date("2026-01-10T00:00:00Z") });
    expect(topicBrief.documentCount).toBe(1);
    expect(topicBrief.keyPoints).toHaveLength(1);
  });

  it("a near-duplicate filed under another topic brings the first copy into that topic", () => {
    const { store } = setup();
    const first = withBrief(story);
    store.addDocument(first.document, first.brief, ["wire"]);
    const copy = withBrief(story.replace("Monday", "Tuesday"));
    expect(store.addDocument(copy.document, copy.brief, ["other"]).status).toBe("near-duplicate");
    const other = store.topicBrief("other", { now: new Date("2026-01-10T00:00:00Z") });
    expect(other.documentCount).toBe(1);
    expect(other.keyPoints[0]?.document.id).toBe(first.document.id);
  });

  it("keeps different stories apart, even on the same subject", () => {
    const { store } = setup();
    for (let i = 0; i < 5; i++) {
      const body = `The harbour council met again. ${filler(100 + i, 150)}`;
      expect(store.addDocument(doc(body), null, ["wire"], { language: "en" }).status).toBe("not-english");
    }
    expect(store.listTopics().find((t) => t.slug === "wire")?.documentCount).toBe(5);
    expect(counts(store.db).documents).toBe(5);
  });

  it("stores a document without a brief as not extracted, listed in its topic", () => {
    const { store } = setup();
    const document = doc(`Der Stadtrat hat den Haushalt beschlossen. ${filler(9)}`, {
      title: "Haushalt beschlossen",
      url: "https://zeitung.example/haushalt",
    });
    const result = store.addDocument(document, null, ["wire"], { language: "und" });
    expect(result.status).toBe("not-english");
    const stored = store.getDocument(document.id);
    expect(stored?.brief).toBeNull();
    expect(stored?.document).toMatchObject({ extracted: false, language: "und" });
    const topicBrief = store.topicBrief("wire", { now: new Date("2026-01-10T00:00:00Z") });
    expect(topicBrief.notExtracted.map((ref) => ref.title)).toEqual(["Haushalt beschlossen"]);
  });

  it("refuses unknown topics before writing anything", () => {
    const { store } = setup();
    const a = withBrief(story);
    expect(() => store.addDocument(a.document, a.brief, ["nope"])).toThrow(/unknown topic "nope"/);
    expect(counts(store.db).documents).toBe(0);
  });
});
