// What every backend owes for stories: a stored document joins a story of each of its topics at
// ingest (or starts one), the ids are kept and survive a reopen, /brief reads them (one story on
// request), and a rebuild regroups the same documents into the same stories.
import { afterEach, expect, it } from "vitest";
import type { NewDocument, Store } from "../../../src/core/ports.ts";
import { brief, doc, filler, topic } from "../helpers.ts";
import type { BackendFactory, BackendUnderTest } from "./backend.ts";

const NOW = new Date("2026-03-10T12:00:00Z");

const FLOOD = {
  actors: [
    { name: "Mara Quell", mentions: 3 },
    { name: "Varnholt", type: "place" as const, mentions: 4 },
  ],
  points: [
    "Flood waters in the Varnholt valley rose again, cutting the main roads.",
    "Mayor Mara Quell ordered the evacuation of the lower Varnholt districts.",
  ],
};
const GLACIER = {
  actors: [
    { name: "Ilse Brandt", mentions: 3 },
    { name: "Brenn", type: "place" as const, mentions: 2 },
  ],
  points: [
    "Scientists measured record summer melting on the Brenn glacier.",
    "Glaciologist Ilse Brandt said the Brenn ice lost a tenth of its mass.",
  ],
};

/** One article of an event (a unique body, its own source and day), as addDocuments takes it. */
function article(
  event: typeof FLOOD,
  n: number,
  day: string,
  source: string,
  topics = ["weather"],
  addedAt?: Date,
): NewDocument {
  const title = event === FLOOD ? `Varnholt floods: report ${n}` : `Brenn glacier melting: report ${n}`;
  const document = doc(`${title}. ${filler(100 + n + (event === FLOOD ? 0 : 50), 120)}`, {
    title,
    date: day,
    source,
    url: `https://${source.toLowerCase().replace(/\s+/g, "")}.example/${n}`,
  });
  return {
    document,
    brief: brief(document, { keyPoints: event.points, actors: event.actors }),
    topics,
    options: addedAt ? { addedAt } : {},
  };
}

/** Adds one article of an event on its own. */
async function add(store: Store, ...args: Parameters<typeof article>): Promise<string> {
  const one = article(...args);
  await store.addDocument(one.document, one.brief, one.topics, one.options);
  return one.document.id;
}

/** The stories part of the contract. */
export function storiesContract(factory: BackendFactory): void {
  let backend: BackendUnderTest | null = null;
  afterEach(async () => {
    await backend?.cleanup();
    backend = null;
  });

  async function seeded() {
    backend = await factory({ clock: () => NOW });
    const { store } = backend.ports;
    await store.upsertTopic(topic("weather"));
    await store.upsertTopic(topic("alpine"));
    const ids = {
      f1: await add(store, FLOOD, 1, "2026-03-01", "Valley Post"),
      f2: await add(store, FLOOD, 2, "2026-03-02", "River Times"),
      g1: await add(store, GLACIER, 1, "2026-03-02", "Alpine Herald", ["weather", "alpine"]),
      f3: await add(store, FLOOD, 3, "2026-03-04", "Valley Post"),
      g2: await add(store, GLACIER, 2, "2026-03-05", "Science Daily", ["weather", "alpine"]),
    };
    return { store, ids };
  }

  const storiesOf = async (store: Store, slug = "weather") =>
    (await store.topicBrief(slug, { now: NOW })).stories.map((story) => ({
      id: story.id,
      documents: [...story.documentIds].sort(),
    }));

  it("groups documents into stories at ingest, and /brief reads them with counts and sources", async () => {
    const { store, ids } = await seeded();
    const result = await store.topicBrief("weather", { now: NOW });
    expect(result.storyCount).toBe(2);
    expect(result.storyDocuments).toBe(5);
    const [flood, glacier] = result.stories;
    expect(flood!.documentIds.sort()).toEqual([ids.f1, ids.f2, ids.f3].sort());
    expect(flood!.sources).toEqual({ count: 2, names: ["River Times", "Valley Post"] });
    expect(flood!.firstDay).toBe("2026-03-01");
    expect(flood!.lastDay).toBe("2026-03-04");
    expect(flood!.headline.text).toMatch(/Varnholt|Mara Quell/);
    expect(glacier!.documentIds.sort()).toEqual([ids.g1, ids.g2].sort());
    // A document in two topics has a story in each.
    expect(await storiesOf(store, "alpine")).toEqual([
      { id: glacier!.id, documents: [ids.g1, ids.g2].sort() },
    ]);
  });

  it("groups documents written together in one call exactly as one at a time", async () => {
    const { store } = await seeded();
    const other = await factory({ clock: () => NOW });
    try {
      const batched = other.ports.store;
      await batched.upsertTopic(topic("weather"));
      await batched.upsertTopic(topic("alpine"));
      const results = await batched.addDocuments([
        article(FLOOD, 1, "2026-03-01", "Valley Post"),
        article(FLOOD, 2, "2026-03-02", "River Times"),
        article(GLACIER, 1, "2026-03-02", "Alpine Herald", ["weather", "alpine"]),
        article(FLOOD, 3, "2026-03-04", "Valley Post"),
        article(GLACIER, 2, "2026-03-05", "Science Daily", ["weather", "alpine"]),
      ]);
      expect(results.map((result) => result.status)).toEqual(Array(5).fill("added"));
      expect(await storiesOf(batched)).toEqual(await storiesOf(store));
      expect(await storiesOf(batched, "alpine")).toEqual(await storiesOf(store, "alpine"));
    } finally {
      await other.cleanup();
    }
  });

  it("counts a window's stories and days right after the newest article of a story is removed", async () => {
    const { store, ids } = await seeded();
    const since = new Date("2026-03-03T00:00:00Z");
    const window = await store.topicBrief("weather", { now: NOW, since });
    expect([window.storyCount, window.storyDocuments, window.documentCount]).toEqual([2, 2, 2]);
    // f3 was the flood's newest article: the flood story now ends on 2026-03-02, outside the window.
    await store.removeDocument(ids.f3);
    const after = await store.topicBrief("weather", { now: NOW, since });
    expect([after.storyCount, after.storyDocuments, after.documentCount]).toEqual([1, 1, 1]);
    expect(after.coverage).toEqual([{ date: "2026-03-05", documents: 1 }]);
    const all = await store.topicBrief("weather", { now: NOW });
    expect([all.storyCount, all.storyDocuments, all.documentCount]).toEqual([2, 4, 4]);
    const flood = all.stories.find((story) => story.documentIds.includes(ids.f1))!;
    expect([flood.firstDay, flood.lastDay, flood.documentCount]).toEqual(["2026-03-01", "2026-03-02", 2]);
    expect(all.coverage.map((day) => day.date)).toEqual(["2026-03-01", "2026-03-02", "2026-03-05"]);
    // The glacier's only article in the window goes too: nothing is left there.
    await store.removeDocument(ids.g2);
    const empty = await store.topicBrief("weather", { now: NOW, since });
    expect([empty.storyCount, empty.storyDocuments, empty.documentCount, empty.stories]).toEqual([
      0,
      0,
      0,
      [],
    ]);
    expect((await store.topicBrief("alpine", { now: NOW })).storyDocuments).toBe(1);
  });

  it("opens one story by id, whatever its rank, and none for an unknown id", async () => {
    const { store } = await seeded();
    const all = await store.topicBrief("weather", { now: NOW, limits: { stories: 1 } });
    expect(all.stories).toHaveLength(1);
    expect(all.storyCount).toBe(2);
    const second = (await storiesOf(store))[1]!;
    const one = await store.topicBrief("weather", { now: NOW, story: second.id, limits: { stories: 1 } });
    expect(one.stories.map((story) => story.id)).toEqual([second.id]);
    const none = await store.topicBrief("weather", { now: NOW, story: "nosuchstory" });
    expect(none.stories).toEqual([]);
  });

  it("keeps story ids across a reopen: a later article joins its story, a window counts its part", async () => {
    const { ids } = await seeded();
    const before = await storiesOf(backend!.ports.store);
    const reopened = await backend!.reopen();
    const f4 = await add(reopened.store, FLOOD, 4, "2026-03-06", "River Times");
    const after = await storiesOf(reopened.store);
    expect(after.map((story) => story.id)).toEqual(before.map((story) => story.id));
    expect(after[0]!.documents).toEqual([ids.f1, ids.f2, ids.f3, f4].sort());
    const week = await reopened.store.topicBrief("weather", {
      now: NOW,
      since: new Date("2026-03-04T00:00:00Z"),
    });
    expect(week.stories.find((story) => story.id === after[0]!.id)?.documentCount).toBe(2);
  });

  it("rebuilds the same stories from the same documents, and a rebuilt store goes on grouping", async () => {
    const { store } = await seeded();
    const before = await storiesOf(store);
    expect(await store.rebuildStories()).toEqual({ documents: 7, stories: 3 });
    expect(await storiesOf(store)).toEqual(before);
    expect(await store.rebuildStories("alpine")).toEqual({ documents: 2, stories: 1 });
    const g3 = await add(store, GLACIER, 3, "2026-03-07", "Alpine Herald");
    const glacier = (await storiesOf(store)).find((story) => story.documents.includes(g3));
    expect(glacier?.documents).toHaveLength(3);
    await expect(store.rebuildStories("nope")).rejects.toMatchObject({ code: "TOPIC_NOT_FOUND" });
  });

  it("gives a story to a document that joins another topic later (stored again)", async () => {
    const { store, ids } = await seeded();
    await store.upsertTopic(topic("later"));
    await add(store, FLOOD, 1, "2026-03-01", "Valley Post", ["later"]);
    expect(await storiesOf(store, "later")).toEqual([{ id: expect.any(String), documents: [ids.f1] }]);
  });

  it("tells digests the story of each document of a window and how many it had before", async () => {
    const { ids } = await seeded();
    const { store, digestSource } = backend!.ports;
    const later = new Date(NOW.getTime() + 3_600_000);
    const f4 = await add(store, FLOOD, 4, "2026-03-06", "River Times", ["weather"], later);
    const window = await digestSource.documentsAdded(
      "weather",
      new Date(NOW.getTime() + 1).toISOString(),
      new Date(later.getTime() + 1).toISOString(),
    );
    const flood = (await storiesOf(store)).find((story) => story.documents.includes(ids.f1))!;
    expect(window.map((d) => [d.documentId, d.story, d.storyEarlier, d.source])).toEqual([
      [f4, flood.id, 3, "River Times"],
    ]);
  });
}
