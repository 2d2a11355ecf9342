// What every backend owes for actors: a profile by name or any alias (case-insensitive, within a
// topic when asked), null for unknown names whatever the text, and autocomplete by prefix.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Store } from "../../../src/core/ports.ts";
import { brief, doc, filler, topic } from "../helpers.ts";
import type { BackendFactory, BackendUnderTest } from "./backend.ts";

/** The actor part of the contract. */
export function actorContract(factory: BackendFactory): void {
  let backend: BackendUnderTest;
  let store: Store;

  beforeAll(async () => {
    backend = await factory({ clock: () => new Date("2026-01-10T12:00:00Z") });
    store = backend.ports.store;
    await store.upsertTopic(topic("russia-china"));
    await store.upsertTopic(topic("elections"));
    const add = async (n: number, date: string, topics: string[], parts: Parameters<typeof brief>[1]) => {
      const document = doc(`Story ${n}. ${filler(n, 120)}`, {
        title: `Story ${n}`,
        date,
        url: `https://x.example/${n}`,
      });
      await store.addDocument(document, brief(document, parts), topics);
    };
    await add(1, "2022-09-07", ["russia-china"], {
      actors: [
        { name: "Bonny Lin", aliases: ["Lin"], mentions: 2, roles: ["co-author"] },
        {
          name: "Center for Strategic and International Studies",
          type: "org",
          aliases: ["CSIS"],
          mentions: 1,
        },
        { name: "China", type: "place", mentions: 4 },
      ],
      quotes: [
        { text: "China was seeking closer ties with Russia", speaker: { name: "Bonny Lin", type: "person" } },
      ],
    });
    await add(2, "2023-03-01", ["russia-china"], {
      actors: [
        { name: "Bonny Lin", aliases: ["Lin", "Dr. Lin"], mentions: 1, roles: ["analyst"] },
        { name: "China", type: "place", mentions: 1 },
      ],
      quotes: [
        {
          text: "The relationship has limits that both sides know well",
          speaker: { name: "Bonny Lin", type: "person" },
        },
      ],
    });
    await add(3, "2024-05-05", ["elections"], {
      actors: [{ name: "Lin Biying", aliases: ["Lin"], mentions: 1 }],
    });
  });
  afterAll(async () => {
    await backend.cleanup();
  });

  describe("actor profile", () => {
    it("gives type, aliases, roles, first and last seen, documents, quotes and company", async () => {
      const profile = await store.actorProfile("Bonny Lin");
      expect(profile).toMatchObject({
        name: "Bonny Lin",
        type: "person",
        mentions: 3,
        documentCount: 2,
        firstSeen: "2022-09-07",
        lastSeen: "2023-03-01",
      });
      expect(profile?.aliases.sort()).toEqual(["Dr. Lin", "Lin"]);
      expect(profile?.roles.sort()).toEqual(["analyst", "co-author"]);
      expect(profile?.documents.map((ref) => ref.title)).toEqual(["Story 2", "Story 1"]);
      expect(profile?.quotes.map((hit) => hit.text)).toEqual([
        "The relationship has limits that both sides know well",
        "China was seeking closer ties with Russia",
      ]);
      expect(profile?.coActors[0]).toEqual({ name: "China", type: "place", documents: 2 });
    });

    it("finds an actor by alias, case-insensitively, preferring the most mentioned and naming the others", async () => {
      const profile = await store.actorProfile("lin");
      expect(profile?.name).toBe("Bonny Lin");
      expect(profile?.otherMatches).toEqual(["Lin Biying"]);
      expect((await store.actorProfile("csis"))?.name).toBe("Center for Strategic and International Studies");
      expect((await store.actorProfile("Bonny"))?.name).toBe("Bonny Lin");
    });

    it("limits the profile to a topic", async () => {
      expect((await store.actorProfile("Lin", { topic: "elections" }))?.name).toBe("Lin Biying");
      expect(await store.actorProfile("CSIS", { topic: "elections" })).toBeNull();
      await expect(store.actorProfile("Lin", { topic: "nope" })).rejects.toThrow(/unknown topic/);
    });

    it("returns null for names nobody has, whatever the text", async () => {
      for (const name of ["Nobody", "", "%", "_", "\\", "' OR 1=1 --"])
        expect(await store.actorProfile(name)).toBeNull();
    });

    it("offers speakers and actors for autocomplete by prefix of any word of any alias", async () => {
      expect(await store.listSpeakers({ prefix: "bo" })).toEqual(["Bonny Lin"]);
      expect(await store.listSpeakers({ prefix: "lin" })).toEqual(["Bonny Lin"]);
      expect(await store.listSpeakers({ topic: "elections" })).toEqual([]);
      expect((await store.listActors({ prefix: "lin" })).map((actor) => actor.name)).toEqual([
        "Bonny Lin",
        "Lin Biying",
      ]);
      expect((await store.listActors({ prefix: "cs" })).map((actor) => actor.name)).toEqual([
        "Center for Strategic and International Studies",
      ]);
      expect(await store.listActors({ limit: 1 })).toEqual([{ name: "China", type: "place", mentions: 5 }]);
      expect(await store.listActors({ prefix: "%" })).toEqual([]);
    });
  });
}
