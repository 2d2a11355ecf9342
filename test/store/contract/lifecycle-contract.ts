// What every backend owes over its life: opening an existing database again runs the migrations
// again harmlessly and keeps what was stored; a health probe that says ok; close is final and safe twice.
import { afterEach, describe, expect, it } from "vitest";
import { brief, doc, filler, topic } from "../helpers.ts";
import type { BackendFactory, BackendUnderTest } from "./backend.ts";

/** The open, reopen and close part of the contract. */
export function lifecycleContract(factory: BackendFactory): void {
  let backend: BackendUnderTest | null = null;
  afterEach(async () => {
    await backend?.cleanup();
    backend = null;
  });

  describe("migrations and lifecycle", () => {
    it("reopens an existing database: migrations run again harmlessly and every port keeps its data", async () => {
      backend = await factory({ clock: () => new Date("2026-01-10T12:00:00Z") });
      const first = backend.ports;
      await first.store.upsertTopic(topic("world"));
      const document = doc(`Kept across openings. ${filler(90, 120)}`, { url: "https://kept.example/1" });
      await first.store.addDocument(
        document,
        brief(document, {
          quotes: [{ text: "we stay where we are", speaker: { name: "Anna Berg", type: "person" } }],
        }),
        ["world"],
      );
      const { subscription } = await first.digests.subscribe(
        {
          platform: "discord",
          channelId: "1001",
          topic: "world",
          cron: "0 8 * * *",
          timeZone: "Europe/Berlin",
          style: "single",
          whenEmpty: "notice",
          createdBy: null,
        },
        "2026-01-10T12:00:00.000Z",
      );
      for (let round = 0; round < 2; round++) {
        const ports = await backend.reopen();
        expect(
          (await ports.store.listTopics()).map((summary) => [summary.slug, summary.documentCount]),
        ).toEqual([["world", 1]]);
        expect(await ports.store.hasUrl("https://kept.example/1")).toBe(true);
        expect((await ports.store.searchQuotes({ words: "stay" }))[0]?.speaker?.name).toBe("Anna Berg");
        expect(await ports.digests.getSubscription(subscription.id)).toEqual(subscription);
      }
    });

    it("answers a health probe, and closes for good (twice is harmless)", async () => {
      backend = await factory({ clock: () => new Date("2026-01-10T12:00:00Z") });
      const { store } = backend.ports;
      expect(await store.ping()).toEqual({ ok: true });
      await backend.ports.close();
      await backend.ports.close();
      expect((await store.ping()).ok).toBe(false);
      await expect(store.listTopics()).rejects.toThrow();
    });
  });
}
