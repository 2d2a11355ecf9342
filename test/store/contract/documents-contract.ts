// What every backend owes for topics and documents: dedupe by id and canonical URL, near-duplicates
// linked and not counted, topics required, bodies kept for reindexing, stale briefs replaced.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { BriefbotError } from "../../../src/core/errors.ts";
import type { Store } from "../../../src/core/ports.ts";
import { ENGINE_VERSION } from "../../../src/core/schemas.ts";
import { brief, doc, filler, topic } from "../helpers.ts";
import type { BackendFactory, BackendUnderTest } from "./backend.ts";

const NOW = new Date("2026-01-10T12:00:00Z");

/** A story body long enough for the near-duplicate check, and its brief. */
function story(seed: number, fields: Parameters<typeof doc>[1] = {}) {
  const document = doc(`The council met on Monday. ${filler(seed, 150)}`, fields);
  return {
    document,
    brief: brief(document, {
      keyPoints: ["The council met on Monday."],
      actors: [{ name: "Anna Berg", aliases: ["Berg"], mentions: 2 }],
      quotes: [{ text: `a turning point number ${seed}`, speaker: { name: "Anna Berg", type: "person" } }],
    }),
  };
}

const counted = async (store: Store, slug: string) =>
  (await store.listTopics()).find((summary) => summary.slug === slug)?.documentCount;

/** The topic and document part of the contract. */
export function documentsContract(factory: BackendFactory): void {
  let backend: BackendUnderTest;
  let store: Store;
  beforeEach(async () => {
    backend = await factory({ clock: () => NOW });
    store = backend.ports.store;
    await store.upsertTopic(topic("wire"));
    await store.upsertTopic(topic("city"));
  });
  afterEach(async () => {
    await backend.cleanup();
  });

  describe("topics", () => {
    it("upserts, lists by slug with counts, and gets one", async () => {
      await store.upsertTopic({
        ...topic("wire"),
        title: "Wire news",
        feeds: ["https://feeds.example/wire.xml"],
      });
      const topics = await store.listTopics();
      expect(topics.map((summary) => summary.slug)).toEqual(["city", "wire"]);
      expect(topics[1]).toMatchObject({ title: "Wire news", documentCount: 0, lastUpdated: null });
      expect(await store.getTopic("wire")).toMatchObject({
        title: "Wire news",
        feeds: ["https://feeds.example/wire.xml"],
      });
      expect(await store.getTopic("nope")).toBeNull();
    });

    it("requires topics by slug, naming the known ones", async () => {
      await store.requireTopics(["wire", "city"]);
      const error = await store.requireTopics(["wire", "nope"]).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(BriefbotError);
      expect(error).toMatchObject({ code: "TOPIC_NOT_FOUND", hints: ["known topics: city, wire"] });
    });
  });

  describe("documents", () => {
    it("adds a document once; the same body again is a duplicate and counts once", async () => {
      const a = story(1, { url: "https://news.example/a" });
      expect(await store.addDocument(a.document, a.brief, ["wire"])).toMatchObject({
        status: "added",
        documentId: a.document.id,
        topics: ["wire"],
      });
      expect(await store.addDocument(a.document, a.brief, ["wire"])).toMatchObject({
        status: "duplicate",
        documentId: a.document.id,
        duplicateOf: a.document.id,
      });
      expect(await counted(store, "wire")).toBe(1);
      expect((await store.listTopics()).find((summary) => summary.slug === "wire")?.lastUpdated).toBe(
        NOW.toISOString(),
      );
    });

    it("treats the same canonical URL as the same document, and a duplicate joins new topics", async () => {
      const a = story(2, { url: "https://www.news.example/budget/?utm_source=x#top" });
      await store.addDocument(a.document, a.brief, ["wire"]);
      const other = story(3, { url: "https://news.example/budget" });
      const again = await store.addDocument(other.document, other.brief, ["city"]);
      expect(again).toMatchObject({ status: "duplicate", documentId: a.document.id });
      expect(await store.hasUrl("https://news.example/budget?utm_medium=y")).toBe(true);
      expect(await store.hasUrl("https://news.example/other")).toBe(false);
      expect((await store.getDocument(a.document.id))?.document.topics).toEqual(["city", "wire"]);
      expect(await store.getDocument(other.document.id)).toBeNull();
      expect(await counted(store, "city")).toBe(1);
    });

    it("stores a near-duplicate linked to the first copy, not counted, its quotes not searchable twice", async () => {
      const a = story(4);
      await store.addDocument(a.document, a.brief, ["wire"]);
      const edited = doc(`${a.document.body.replace("Monday", "Tuesday")} Updated.`);
      const result = await store.addDocument(
        edited,
        { ...a.brief, document: { ...a.brief.document, id: edited.id } },
        ["wire", "city"],
      );
      expect(result).toMatchObject({
        status: "near-duplicate",
        documentId: edited.id,
        duplicateOf: a.document.id,
      });
      expect((await store.getDocument(edited.id))?.document.duplicateOf).toBe(a.document.id);
      expect(await counted(store, "wire")).toBe(1);
      // The first copy is counted in the near-duplicate's new topic instead.
      expect(await counted(store, "city")).toBe(1);
      expect(await store.searchQuotes({ words: "turning point" })).toHaveLength(1);
    });

    it("adds several documents in one call, each as addDocument would, the later seeing the earlier", async () => {
      const a = story(11, { url: "https://news.example/a" });
      const b = story(12, { url: "https://news.example/b" });
      const edited = doc(`${a.document.body.replace("Monday", "Tuesday")} Updated.`);
      const results = await store.addDocuments([
        { document: a.document, brief: a.brief, topics: ["wire"] },
        {
          document: b.document,
          brief: b.brief,
          topics: ["wire", "city"],
          options: { pinnedTopics: ["city"] },
        },
        // The same body again, then an edited copy of it: a duplicate and a near-duplicate.
        { document: a.document, brief: a.brief, topics: ["city"] },
        {
          document: edited,
          brief: { ...a.brief, document: { ...a.brief.document, id: edited.id } },
          topics: ["wire"],
        },
      ]);
      expect(results).toMatchObject([
        { status: "added", documentId: a.document.id, topics: ["wire"] },
        { status: "added", documentId: b.document.id, topics: ["wire", "city"] },
        { status: "duplicate", documentId: a.document.id, duplicateOf: a.document.id },
        { status: "near-duplicate", documentId: edited.id, duplicateOf: a.document.id },
      ]);
      expect((await store.getDocument(a.document.id))?.document.topics).toEqual(["city", "wire"]);
      expect((await store.getDocument(b.document.id))?.document.pinnedTopics).toEqual(["city"]);
      expect(await counted(store, "wire")).toBe(2);
      expect(await counted(store, "city")).toBe(2);
      expect(await store.searchQuotes({ words: "turning point" })).toHaveLength(2);
      expect(await store.addDocuments([])).toEqual([]);
    });

    it("stores none of a batch when one of its documents fails", async () => {
      const a = story(13);
      const b = story(14);
      await expect(
        store.addDocuments([
          { document: a.document, brief: a.brief, topics: ["wire"] },
          { document: b.document, brief: b.brief, topics: ["nope"] },
        ]),
      ).rejects.toMatchObject({ code: "TOPIC_NOT_FOUND" });
      expect(await store.getDocument(a.document.id)).toBeNull();
      expect(await counted(store, "wire")).toBe(0);
    });

    it("refuses unknown topics and stores nothing", async () => {
      const a = story(5);
      await expect(store.addDocument(a.document, a.brief, ["wire", "nope"])).rejects.toMatchObject({
        code: "TOPIC_NOT_FOUND",
      });
      expect(await store.getDocument(a.document.id)).toBeNull();
      expect(await counted(store, "wire")).toBe(0);
    });

    it("stores a document without a brief as not extracted", async () => {
      const a = doc(`Der Rat tagte am Montag. ${filler(6)}`, { title: "Rat" });
      expect(await store.addDocument(a, null, ["wire"], { language: "de" })).toMatchObject({
        status: "not-english",
      });
      const stored = await store.getDocument(a.id);
      expect(stored?.brief).toBeNull();
      expect(stored?.document).toMatchObject({
        extracted: false,
        language: "de",
        title: "Rat",
        topics: ["wire"],
      });
    });

    it("returns metadata and brief, and the whole source for reindexing", async () => {
      const a = story(7, {
        title: "Budget",
        date: "2026-01-02",
        url: "https://news.example/7",
        license: "CC BY 2.5",
      });
      await store.addDocument(a.document, a.brief, ["wire"], { addedAt: new Date("2026-01-05T08:00:00Z") });
      const stored = await store.getDocument(a.document.id);
      expect(stored?.document).toMatchObject({
        id: a.document.id,
        title: "Budget",
        date: "2026-01-02",
        url: "https://news.example/7",
        license: "CC BY 2.5",
        addedAt: "2026-01-05T08:00:00.000Z",
        extracted: true,
        duplicateOf: null,
        topics: ["wire"],
      });
      expect(stored?.brief).toEqual(a.brief);
      expect(await store.getSource(a.document.id)).toEqual(a.document);
      expect(await store.getSource("nope")).toBeNull();
    });

    it("lists stale briefs and replaces them, keeping actors and quotes in step", async () => {
      const a = story(8);
      await store.addDocument(a.document, a.brief, ["wire"]);
      expect(await store.staleDocumentIds()).toEqual([]);
      expect(await store.staleDocumentIds({ all: true })).toEqual([a.document.id]);
      expect(await store.staleDocumentIds({ engineVersion: `${ENGINE_VERSION}-next` })).toEqual([
        a.document.id,
      ]);
      const renewed = brief(a.document, {
        actors: [{ name: "Carl Diaz", aliases: ["Diaz"], mentions: 4 }],
        quotes: [{ text: "a fresh extraction", speaker: { name: "Carl Diaz", type: "person" } }],
      });
      await store.replaceBrief(a.document.id, renewed);
      expect((await store.getDocument(a.document.id))?.brief).toEqual(renewed);
      expect(await store.searchQuotes({ words: "turning" })).toEqual([]);
      expect((await store.searchQuotes({ words: "fresh" }))[0]?.speaker?.name).toBe("Carl Diaz");
      expect(await store.actorProfile("Anna Berg")).toBeNull();
      expect((await store.actorProfile("Diaz"))?.name).toBe("Carl Diaz");
    });

    it("lists documents added to a topic in a window, oldest first, near-duplicates left out", async () => {
      const at = (day: string) => ({ addedAt: new Date(`2026-01-${day}T09:00:00Z`) });
      const a = story(9);
      const b = story(10);
      const c = story(11);
      await store.addDocument(b.document, b.brief, ["wire"], at("05"));
      await store.addDocument(a.document, a.brief, ["wire"], at("03"));
      await store.addDocument(c.document, c.brief, ["city"], at("04"));
      const near = doc(`${a.document.body} Updated.`);
      await store.addDocument(near, null, ["wire"], at("04"));
      const ids = async (since: string, until?: string) =>
        (
          await store.documentsAddedSince(
            "wire",
            new Date(since),
            ...(until === undefined ? [] : [new Date(until)]),
          )
        ).map((entry) => entry.document.id);
      expect(await ids("2026-01-01T00:00:00Z")).toEqual([a.document.id, b.document.id]);
      expect(await ids("2026-01-04T00:00:00Z")).toEqual([b.document.id]);
      expect(await ids("2026-01-01T00:00:00Z", "2026-01-05T09:00:00Z")).toEqual([a.document.id]);
      await expect(store.documentsAddedSince("nope", new Date(0))).rejects.toMatchObject({
        code: "TOPIC_NOT_FOUND",
      });
    });
  });
}
