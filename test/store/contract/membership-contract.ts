// What every backend owes for topics that stay right (issue 14): a topic's documents listed, the
// rule-made memberships set again (pinned ones stay, tallies follow), a document taken out with
// its quotes, key points, actors and memberships (and its near-duplicate copies), and settings.
import { afterEach, beforeEach, expect, it } from "vitest";
import type { Store } from "../../../src/core/ports.ts";
import { brief, doc, filler, topic } from "../helpers.ts";
import type { BackendFactory, BackendUnderTest } from "./backend.ts";

const NOW = new Date("2026-01-10T12:00:00Z");

/** A document with a quote by its own speaker, an actor only it names and one every story shares. */
function story(seed: number, speaker: string, fields: Parameters<typeof doc>[1] = {}) {
  const document = doc(`The council met on Monday. ${filler(seed, 150)}`, fields);
  return {
    document,
    brief: brief(document, {
      keyPoints: ["The council met on Monday.", `Item ${seed} was decided.`],
      actors: [
        { name: speaker, mentions: 2 },
        { name: "City Council", type: "org", mentions: 3 },
      ],
      quotes: [{ text: `harbour decision number ${seed}`, speaker: { name: speaker, type: "person" } }],
    }),
  };
}

const countOf = async (store: Store, slug: string) =>
  (await store.listTopics()).find((summary) => summary.slug === slug)?.documentCount;

const actorDocuments = async (store: Store, slug: string, name: string) =>
  (await store.topicBrief(slug, { now: NOW })).actors.find((actor) => actor.name === name)?.documents;

/** The membership part of the contract. */
export function membershipContract(factory: BackendFactory): void {
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

  it("lists a topic's documents newest first, and refuses an unknown topic", async () => {
    const a = story(1, "Anna Berg", { date: "2026-01-02", title: "Older", source: "Wire" });
    const b = story(2, "Ben Ode", { date: "2026-01-05", title: "Newer" });
    await store.addDocument(a.document, a.brief, ["wire"], { pinnedTopics: ["wire"] });
    await store.addDocument(b.document, b.brief, ["wire", "city"]);
    const listed = await store.topicDocuments("wire");
    expect(listed.map((row) => [row.id, row.title, row.date, row.pinned])).toEqual([
      [b.document.id, "Newer", "2026-01-05", false],
      [a.document.id, "Older", "2026-01-02", true],
    ]);
    expect(listed[1]).toMatchObject({ source: "Wire", duplicateOf: null, addedAt: NOW.toISOString() });
    expect(await store.documentIds()).toEqual([a.document.id, b.document.id]);
    expect((await store.getDocument(a.document.id))?.document.pinnedTopics).toEqual(["wire"]);
    expect((await store.getDocument(b.document.id))?.document).toMatchObject({
      topics: ["city", "wire"],
      pinnedTopics: [],
    });
    await expect(store.topicDocuments("nope")).rejects.toMatchObject({ code: "TOPIC_NOT_FOUND" });
  });

  it("sets the rule-made topics again: joins and leaves with the tallies, pinned ones stay", async () => {
    const a = story(3, "Anna Berg");
    await store.addDocument(a.document, a.brief, ["wire", "city"], { pinnedTopics: ["city"] });
    expect(await actorDocuments(store, "wire", "Anna Berg")).toBe(1);
    // The rules now place it nowhere: it leaves wire, stays in city (given explicitly).
    expect(await store.setRuleTopics(a.document.id, [])).toEqual({ joined: [], left: ["wire"] });
    expect(await countOf(store, "wire")).toBe(0);
    expect(await countOf(store, "city")).toBe(1);
    expect(await actorDocuments(store, "wire", "Anna Berg")).toBeUndefined();
    expect((await store.getDocument(a.document.id))?.document.topics).toEqual(["city"]);
    // The rules place it in wire again.
    expect(await store.setRuleTopics(a.document.id, ["wire", "city"])).toEqual({
      joined: ["wire"],
      left: [],
    });
    expect(await actorDocuments(store, "wire", "Anna Berg")).toBe(1);
    expect(await store.setRuleTopics(a.document.id, ["wire"])).toEqual({ joined: [], left: [] });
    await expect(store.setRuleTopics(a.document.id, ["nope"])).rejects.toMatchObject({
      code: "TOPIC_NOT_FOUND",
    });
    await expect(store.setRuleTopics("no-such-id", ["wire"])).rejects.toMatchObject({
      code: "DOCUMENT_NOT_FOUND",
    });
  });

  it("a document given a topic explicitly later is pinned there", async () => {
    const a = story(4, "Anna Berg");
    await store.addDocument(a.document, a.brief, ["wire"]);
    await store.addDocument(a.document, a.brief, ["wire"], { pinnedTopics: ["wire"] });
    expect(await store.setRuleTopics(a.document.id, [])).toEqual({ joined: [], left: [] });
    expect(await countOf(store, "wire")).toBe(1);
  });

  it("removes a document with its quotes, key points, actors, memberships and copies", async () => {
    const a = story(5, "Anna Berg", { date: "2026-01-03" });
    const b = story(6, "Ben Ode", { date: "2026-01-04" });
    await store.addDocument(a.document, a.brief, ["wire"]);
    await store.addDocument(b.document, b.brief, ["wire", "city"]);
    const copy = doc(`${b.document.body.replace("Monday", "Tuesday")} Updated.`);
    const copied = await store.addDocument(
      copy,
      { ...b.brief, document: { ...b.brief.document, id: copy.id } },
      ["wire"],
    );
    expect(copied.status).toBe("near-duplicate");
    expect(await store.searchQuotes({ words: "harbour decision" })).toHaveLength(2);

    const removed = await store.removeDocument(b.document.id);
    expect(removed).toMatchObject({
      document: { id: b.document.id, title: b.document.title },
      topics: ["city", "wire"],
      quotes: 1,
      keyPoints: 2,
      actors: 2,
      // City Council is still named by the other document.
      actorsRemoved: ["Ben Ode"],
      copies: [copy.id],
    });
    expect(await store.getDocument(b.document.id)).toBeNull();
    expect(await store.getDocument(copy.id)).toBeNull();
    expect(await store.getSource(b.document.id)).toBeNull();
    expect((await store.searchQuotes({ words: "harbour decision" })).map((hit) => hit.document.id)).toEqual([
      a.document.id,
    ]);
    expect(await store.actorProfile("Ben Ode")).toBeNull();
    expect(await store.actorProfile("City Council")).toMatchObject({ documentCount: 1 });
    expect(await countOf(store, "wire")).toBe(1);
    expect(await countOf(store, "city")).toBe(0);
    expect(await actorDocuments(store, "wire", "City Council")).toBe(1);
    const brief = await store.topicBrief("wire", { now: NOW });
    expect(brief.keyPoints.map((point) => point.document.id)).not.toContain(b.document.id);
    expect(brief.quotes.map((quote) => quote.document.id)).toEqual([a.document.id]);
    expect((await store.topicDocuments("wire")).map((row) => row.id)).toEqual([a.document.id]);
    expect(await store.removeDocument(b.document.id)).toBeNull();
    // The same text can come in again, as new.
    expect((await store.addDocument(b.document, b.brief, ["city"])).status).toBe("added");
    expect(await store.actorProfile("Ben Ode")).toMatchObject({ documentCount: 1 });
  });

  it("keeps settings across a reopen", async () => {
    expect(await store.getSetting("topics-hash")).toBeNull();
    await store.setSetting("topics-hash", "abc");
    await store.setSetting("topics-hash", "def");
    store = (await backend.reopen()).store;
    expect(await store.getSetting("topics-hash")).toBe("def");
  });
}
