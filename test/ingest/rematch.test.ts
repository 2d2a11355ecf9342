// Rematching stored documents against changed topics: rule-made memberships follow the rules,
// pinned ones stay, a near-duplicate's topics count for its first copy, and the topics' hash is
// recorded so that a start with unchanged topics does nothing.
import { afterEach, describe, expect, it } from "vitest";
import { rematchAll, rematchIfChanged, TOPICS_HASH_SETTING, topicsHash } from "../../src/ingest/rematch.ts";
import { brief, doc, filler, tempStore, topic } from "../store/helpers.ts";

let cleanup: (() => void) | null = null;
afterEach(() => {
  cleanup?.();
  cleanup = null;
});

const withBrief = (body: string, title: string) => {
  const document = doc(body, { title });
  return { document, brief: brief(document, { keyPoints: [body.split(".")[0]!] }) };
};

describe("topics rematch", () => {
  it("moves rule-made memberships, keeps pinned ones, counts copies for their first copy", async () => {
    const t = tempStore();
    cleanup = t.cleanup;
    const { store } = t;
    await store.upsertTopic(topic("harbour", { keywords: ["harbour"] }));
    await store.upsertTopic(topic("storms", { keywords: ["storm"] }));
    const harbour = withBrief(`The harbour reopened on Monday. ${filler(1, 150)}`, "Harbour reopens");
    const storm = withBrief(`A storm closed the roads. ${filler(2, 150)}`, "Storm closes roads");
    const pinned = withBrief(`The bakery won a prize. ${filler(3, 150)}`, "Bakery prize");
    await store.addDocument(harbour.document, harbour.brief, ["harbour"]);
    await store.addDocument(storm.document, storm.brief, ["storms"]);
    await store.addDocument(pinned.document, pinned.brief, ["harbour"], { pinnedTopics: ["harbour"] });
    // A near-duplicate of the harbour story whose new last sentence names a storm in its title.
    const copyBody = `${harbour.document.body.replace("Monday", "Tuesday")} Updated.`;
    const copy = doc(copyBody, { title: "Storm hits the harbour" });
    const added = await store.addDocument(
      copy,
      { ...harbour.brief, document: { ...harbour.brief.document, id: copy.id } },
      ["harbour"],
    );
    expect(added.status).toBe("near-duplicate");

    // The harbour topic now follows ferries; storms stays as it was.
    await store.upsertTopic(topic("harbour", { keywords: ["ferry"] }));
    const summary = await rematchAll(store);
    expect(summary).toMatchObject({ documents: 4, unmatched: 0 });
    expect(summary.topics).toEqual([
      { slug: "harbour", joined: 0, left: 2 },
      { slug: "storms", joined: 2, left: 0 },
    ]);
    // The first copy joins storms through its copy's title; it left harbour; the pinned one stayed.
    expect((await store.getDocument(harbour.document.id))?.document.topics).toEqual(["storms"]);
    expect((await store.getDocument(copy.id))?.document.topics).toEqual(["storms"]);
    expect((await store.getDocument(pinned.document.id))?.document.topics).toEqual(["harbour"]);
    expect((await store.listTopics()).map((s) => [s.slug, s.documentCount])).toEqual([
      ["harbour", 1],
      ["storms", 2],
    ]);
    expect(await store.getSetting(TOPICS_HASH_SETTING)).toBe(topicsHash(await store.listTopics()));
    expect(await rematchIfChanged(store)).toBeNull();
    await store.upsertTopic(topic("storms", { keywords: ["gale"] }));
    expect(await rematchIfChanged(store)).toMatchObject({ documents: 4 });
  });

  it("hashes slugs and match rules only, in any order", () => {
    const a = topic("a", { keywords: ["x"] });
    const b = topic("b", { actors: ["Anna Berg"] });
    expect(topicsHash([a, b])).toBe(topicsHash([b, { ...a, title: "Another title" }]));
    expect(topicsHash([a, b])).not.toBe(topicsHash([a, { ...b, match: { ...b.match, minActors: 1 } }]));
  });
});
