// What every backend owes for digests: subscriptions keyed by (platform, channel, topic), and a
// ledger where a slot is claimed once, only its owner may renew or finish it, a takeover moves a
// claim atomically, and each new window starts where the last delivered digest ended.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { slotKey } from "../../../src/core/digest/digest-store.ts";
import { PLATFORMS } from "../../../src/core/platforms.ts";
import type { ClaimRequest, DigestStore, NewSubscription, StorePorts } from "../../../src/core/ports.ts";
import { brief, doc, filler, topic } from "../helpers.ts";
import type { BackendFactory, BackendUnderTest } from "./backend.ts";

const NOW = "2026-01-10T12:00:00.000Z";

const subscription = (fields: Partial<NewSubscription> = {}): NewSubscription => ({
  platform: "slack",
  channelId: "C1",
  topic: "world",
  cron: "0 8 * * *",
  timeZone: "UTC",
  style: "single",
  whenEmpty: "silent",
  createdBy: "U1",
  ...fields,
});

/** The digest part of the contract: subscriptions, the ledger and the digest source. */
export function ledgerContract(factory: BackendFactory): void {
  let backend: BackendUnderTest;
  let ports: StorePorts;
  let digests: DigestStore;
  beforeEach(async () => {
    backend = await factory({ clock: () => new Date(NOW) });
    ports = backend.ports;
    digests = ports.digests;
    await ports.store.upsertTopic(topic("world"));
  });
  afterEach(async () => {
    await backend.cleanup();
  });

  const claimOf = (
    id: number,
    slot: string,
    owner = "a",
    fields: Partial<ClaimRequest> = {},
  ): ClaimRequest => ({
    subscriptionId: id,
    slot,
    owner,
    leaseUntil: "2026-01-11T08:10:00.000Z",
    firstWindowFrom: "2026-01-10T08:00:00.000Z",
    now: slot,
    ...fields,
  });

  describe("subscriptions", () => {
    it("creates once per platform, channel and topic; subscribing again updates and resumes", async () => {
      const first = await digests.subscribe(subscription(), NOW);
      expect(first.created).toBe(true);
      expect(first.subscription).toMatchObject({
        platform: "slack",
        channelId: "C1",
        topic: "world",
        createdAt: NOW,
      });
      await digests.pause(first.subscription.id, "channel gone", NOW);
      expect(await digests.getSubscription(first.subscription.id)).toMatchObject({
        pausedAt: NOW,
        pausedReason: "channel gone",
      });
      const again = await digests.subscribe(subscription({ cron: "0 9 * * *", style: "thread" }), NOW);
      expect(again).toMatchObject({ created: false });
      expect(again.subscription).toMatchObject({
        id: first.subscription.id,
        cron: "0 9 * * *",
        style: "thread",
        pausedAt: null,
        pausedReason: null,
      });
    });

    it("takes every platform, lists with filters, and unsubscribes", async () => {
      for (const [index, platform] of PLATFORMS.entries()) {
        await digests.subscribe(subscription({ platform, channelId: `C${index}` }), NOW);
      }
      await digests.subscribe(subscription({ platform: "slack", channelId: "C9" }), NOW);
      expect((await digests.listSubscriptions()).length).toBe(PLATFORMS.length + 1);
      expect(
        (await digests.listSubscriptions({ platform: "slack" })).map((s) => s.channelId).sort(),
      ).toContain("C9");
      expect(await digests.listSubscriptions({ platform: "slack", channelId: "C9" })).toHaveLength(1);
      expect(await digests.unsubscribe("slack", "C9", "world")).toBe(true);
      expect(await digests.unsubscribe("slack", "C9", "world")).toBe(false);
      expect(await digests.listSubscriptions({ channelId: "C9" })).toEqual([]);
      expect(await digests.getSubscription(9999)).toBeNull();
    });
  });

  describe("the ledger", () => {
    it("claims a slot once; only the owner renews and finishes it", async () => {
      const { id } = (await digests.subscribe(subscription(), NOW)).subscription;
      const slot = "2026-01-11T08:00:00.000Z";
      const claimed = await digests.claim(claimOf(id, slot, "a"));
      expect(claimed).toMatchObject({
        subscriptionId: id,
        slot,
        status: "claimed",
        owner: "a",
        attempts: 0,
        windowFrom: "2026-01-10T08:00:00.000Z",
        windowTo: slot,
      });
      expect(await digests.claim(claimOf(id, slot, "b"))).toBeNull();
      expect(await digests.startAttempt(id, slot, "b", "2026-01-11T08:20:00.000Z")).toBe(false);
      expect(await digests.startAttempt(id, slot, "a", "2026-01-11T08:20:00.000Z")).toBe(true);
      expect(await digests.entry(id, slot)).toMatchObject({
        attempts: 1,
        leaseUntil: "2026-01-11T08:20:00.000Z",
      });
      expect(await digests.claimedEntries()).toHaveLength(1);
      const done = "2026-01-11T08:00:05.000Z";
      expect(await digests.finish(id, slot, "b", { status: "sent", messageId: "m1" }, done)).toBe(false);
      expect(await digests.finish(id, slot, "a", { status: "sent", messageId: "m1" }, done)).toBe(true);
      expect(await digests.entry(id, slot)).toMatchObject({
        status: "sent",
        messageId: "m1",
        finishedAt: done,
      });
      expect(await digests.finish(id, slot, "a", { status: "failed", error: "late" }, done)).toBe(false);
      expect(await digests.claimedEntries()).toEqual([]);
      expect(await digests.lastDelivered(id)).toMatchObject({ slot, status: "sent" });
    });

    it("moves a claim from its owner to another atomically, once", async () => {
      const { id } = (await digests.subscribe(subscription(), NOW)).subscription;
      const slot = "2026-01-11T08:00:00.000Z";
      await digests.claim(claimOf(id, slot, "dead"));
      const lease = "2026-01-11T09:00:00.000Z";
      expect(await digests.takeOver(id, slot, "someone-else", "b", lease)).toBe(false);
      expect(await digests.takeOver(id, slot, "dead", "b", lease)).toBe(true);
      expect(await digests.takeOver(id, slot, "dead", "c", lease)).toBe(false);
      expect(await digests.entry(id, slot)).toMatchObject({ owner: "b", leaseUntil: lease });
      expect(await digests.startAttempt(id, slot, "dead", lease)).toBe(false);
      expect(await digests.finish(id, slot, "b", { status: "empty" }, slot)).toBe(true);
    });

    it("starts each window at the end of the last delivered digest, and counts failures since", async () => {
      const { id } = (await digests.subscribe(subscription(), NOW)).subscription;
      const day = (n: number) => `2026-01-${String(n).padStart(2, "0")}T08:00:00.000Z`;
      await digests.claim(claimOf(id, day(11)));
      await digests.finish(id, day(11), "a", { status: "sent", messageId: "m" }, day(11));
      await digests.claim(claimOf(id, day(12)));
      await digests.finish(id, day(12), "a", { status: "failed", error: "retry: 503" }, day(12));
      expect(await digests.failuresSinceDelivery(id)).toBe(1);
      expect(await digests.lastEntry(id)).toMatchObject({ slot: day(12), status: "failed" });
      // The failed day rolls into the next digest: its window starts at the last delivery.
      expect(await digests.claim(claimOf(id, day(13)))).toMatchObject({
        windowFrom: day(11),
        windowTo: day(13),
      });
      await digests.finish(id, day(13), "a", { status: "empty" }, day(13));
      expect(await digests.failuresSinceDelivery(id)).toBe(0);
      expect(await digests.lastDelivered(id)).toMatchObject({ slot: day(13), status: "empty" });
    });

    it("claims a batch of slots in one call, leaving out those already recorded", async () => {
      const ids: number[] = [];
      for (const channel of ["C1", "C2", "C3"]) {
        ids.push((await digests.subscribe(subscription({ channelId: channel }), NOW)).subscription.id);
      }
      const [a, b, c] = ids as [number, number, number];
      const day = (n: number) => `2026-01-${String(n).padStart(2, "0")}T08:00:00.000Z`;
      // b delivered on the 11th: its next window starts there.
      await digests.claim(claimOf(b, day(11)));
      await digests.finish(b, day(11), "a", { status: "sent", messageId: "m" }, day(11));
      await digests.claim(claimOf(c, day(12), "other"));
      expect(await digests.recordedSlots([])).toEqual(new Set());
      const recorded = await digests.recordedSlots([
        { subscriptionId: a, slot: day(12) },
        { subscriptionId: b, slot: day(11) },
        { subscriptionId: c, slot: day(12) },
      ]);
      expect([...recorded].sort()).toEqual([slotKey(b, day(11)), slotKey(c, day(12))].sort());
      const claimed = await digests.claimMany([
        claimOf(a, day(12), "me"),
        claimOf(b, day(12), "me"),
        claimOf(c, day(12), "me"),
      ]);
      expect(claimed.map((entry) => [entry.subscriptionId, entry.owner, entry.windowFrom])).toEqual([
        [a, "me", "2026-01-10T08:00:00.000Z"],
        [b, "me", day(11)],
      ]);
      expect(claimed[0]).toMatchObject({ status: "claimed", slot: day(12), windowTo: day(12), attempts: 0 });
      // c stays with the replica that claimed it first.
      expect(await digests.entry(c, day(12))).toMatchObject({ owner: "other" });
      expect(await digests.claimMany([claimOf(a, day(12), "late")])).toEqual([]);
      expect(await digests.claimMany([])).toEqual([]);
    });

    it("records a skipped slot once, and a removed subscription takes its ledger along", async () => {
      const { id } = (await digests.subscribe(subscription(), NOW)).subscription;
      const slot = "2026-01-11T08:00:00.000Z";
      const request = { subscriptionId: id, slot, firstWindowFrom: "2026-01-10T08:00:00.000Z", now: slot };
      expect(await digests.recordSkipped(request, "missed while down")).toBe(true);
      expect(await digests.recordSkipped(request, "missed while down")).toBe(false);
      expect(await digests.entry(id, slot)).toMatchObject({
        status: "skipped",
        error: "missed while down",
        owner: null,
      });
      expect(await digests.claim(claimOf(id, slot))).toBeNull();
      await digests.unsubscribe("slack", "C1", "world");
      expect(await digests.entry(id, slot)).toBeNull();
    });
  });

  describe("the digest source", () => {
    it("gives the documents that joined a topic in a window and the actors known before it", async () => {
      const { store } = ports;
      const add = async (n: number, addedAt: string, actor: string) => {
        const document = doc(`Story ${n}. ${filler(40 + n, 120)}`, { title: `Story ${n}` });
        await store.addDocument(document, brief(document, { actors: [{ name: actor }] }), ["world"], {
          addedAt: new Date(addedAt),
        });
      };
      await add(1, "2026-01-09T10:00:00.000Z", "Anna Berg");
      await add(2, "2026-01-10T10:00:00.000Z", "Carl Diaz");
      await add(3, "2026-01-10T11:00:00.000Z", "Anna Berg");
      const window = await ports.digestSource.documentsAdded("world", "2026-01-10T00:00:00.000Z", NOW);
      expect(window.map((item) => item.title)).toEqual(["Story 2", "Story 3"]);
      expect(window[0]).toMatchObject({ addedAt: "2026-01-10T10:00:00.000Z", url: null, date: null });
      expect(window[0]?.brief?.actors.map((actor) => actor.name)).toEqual(["Carl Diaz"]);
      expect([...(await ports.digestSource.actorsKnownBefore("world", "2026-01-10T00:00:00.000Z"))]).toEqual([
        "Anna Berg",
      ]);
    });
  });
}
