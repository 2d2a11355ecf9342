import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { NewSubscription } from "../../src/core/digest/digest-store.ts";
import { DeliveryError } from "../../src/core/errors.ts";
import { createDigestRunner, type DigestRunnerDeps } from "../../src/scheduler/digest-runner.ts";
import {
  MemorySource,
  makeBrief,
  memoryLogger,
  RecordingPoster,
  settableClock,
  tempDatabase,
} from "./digest-fixtures.ts";

const HOUR = 3_600_000;
let database: ReturnType<typeof tempDatabase>;
let source: MemorySource;
let poster: RecordingPoster;
let time: ReturnType<typeof settableClock>;
let log: ReturnType<typeof memoryLogger>;
const sleeps: number[] = [];

const SUB: NewSubscription = {
  platform: "slack",
  channelId: "C1",
  topic: "russia-china",
  cron: "0 8 * * *",
  timeZone: "Europe/Berlin",
  style: "single",
  whenEmpty: "silent",
  createdBy: "U1",
};

function runner(overrides: Partial<DigestRunnerDeps> = {}) {
  return createDigestRunner({
    digests: database.digests,
    source,
    topicTitle: async (slug) => (slug === "russia-china" ? "Russia and China" : null),
    posters: { slack: poster },
    clock: time.clock,
    logger: log.logger,
    firstWindowMs: 24 * HOUR,
    catchupMs: 6 * HOUR,
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    ...overrides,
  });
}

beforeEach(async () => {
  database = tempDatabase();
  source = new MemorySource();
  poster = new RecordingPoster();
  time = settableClock("2026-11-20T12:00:00Z");
  log = memoryLogger();
  sleeps.length = 0;
  await database.digests.subscribe(SUB, "2026-11-20T12:00:00.000Z");
  source.add(
    "russia-china",
    "2026-11-27T09:00:00.000Z",
    makeBrief("d1", "Summit in Beijing", {
      points: ["Leaders met in Beijing on Friday."],
      quotes: [["We will deepen our partnership", "Wang Yi"]],
      actors: [["Wang Yi", 3]],
    }),
  );
});

afterEach(() => database.dispose());

/** A process claimed the 08:00 Berlin slot, the platform accepted its post, and it died before recording it. */
async function crashAfterPost(): Promise<string> {
  const slot = "2026-11-28T07:00:00.000Z";
  await database.digests.claim({
    subscriptionId: 1,
    slot,
    owner: "h:1:dead",
    leaseUntil: "2026-11-28T06:59:00.000Z", // expired
    firstWindowFrom: "2026-11-27T07:00:00.000Z",
    now: slot,
  });
  await database.digests.startAttempt(1, slot, "h:1:dead", "2026-11-28T06:59:00.000Z");
  await poster.post(
    "C1",
    { title: "x", sections: [], ephemeral: false },
    { idempotencyKey: `briefbot-digest:1:${slot}` },
  );
  return slot;
}

describe("digest runner", () => {
  it("posts a due slot once, with the new key points and quotes, and records the message id", async () => {
    // 08:00 Berlin on 28 November is 07:00Z.
    time.set("2026-11-28T07:00:00.500Z");
    const first = await runner().runDue();
    const again = await runner().runDue();
    expect(first.sent).toBe(1);
    expect(again.sent).toBe(0);
    expect(poster.posts).toHaveLength(1);
    const text = JSON.stringify(poster.posts[0]!.reply);
    expect(text).toContain("Leaders met in Beijing on Friday.");
    expect(text).toContain("We will deepen our partnership");
    expect(text).toContain("Wang Yi");
    const entry = (await database.digests.entry(1, "2026-11-28T07:00:00.000Z"))!;
    expect(entry).toMatchObject({ status: "sent", messageId: "m1", attempts: 1 });
    expect(poster.posts[0]!.key).toBe("briefbot-digest:1:2026-11-28T07:00:00.000Z");
  });

  it("covers what arrived since the last delivered digest, not a fixed day", async () => {
    time.set("2026-11-28T07:00:01Z");
    await runner().runDue();
    // Two days pass without new documents (silent), then one arrives 40 h before the next slot.
    source.add(
      "russia-china",
      "2026-11-28T15:00:00.000Z",
      makeBrief("d2", "Trade talks", { points: ["Trade talks resumed."] }),
    );
    time.set("2026-11-29T07:00:01Z");
    const second = await runner().runDue();
    expect(second.sent).toBe(1);
    const text = JSON.stringify(poster.posts[1]!.reply);
    expect(text).toContain("Trade talks resumed.");
    expect(text).not.toContain("Leaders met in Beijing");
    time.set("2026-11-30T07:00:01Z");
    const third = await runner().runDue();
    expect(third).toMatchObject({ sent: 0, empty: 1 });
    expect(poster.posts).toHaveLength(2);
    // Silent while nothing is new; the next document still shows.
    source.add(
      "russia-china",
      "2026-11-30T10:00:00.000Z",
      makeBrief("d3", "Border deal", { points: ["A border deal was signed."] }),
    );
    time.set("2026-12-01T07:00:01Z");
    await runner().runDue();
    expect(JSON.stringify(poster.posts[2]!.reply)).toContain("A border deal was signed.");
  });

  it("limits the first digest to the first window", async () => {
    source.add(
      "russia-china",
      "2026-11-26T06:00:00.000Z",
      makeBrief("old", "Old news", { points: ["Old news here."] }),
    );
    time.set("2026-11-28T07:00:00Z");
    await runner().runDue();
    const text = JSON.stringify(poster.posts[0]!.reply);
    expect(text).toContain("Leaders met in Beijing");
    expect(text).not.toContain("Old news here.");
  });

  it("posts a 'nothing new' line only when the subscription asks for it", async () => {
    await database.digests.subscribe(
      { ...SUB, topic: "russia-china", whenEmpty: "notice" },
      "2026-11-20T12:00:00Z",
    );
    time.set("2026-11-27T07:00:00Z");
    await runner().runDue();
    expect(poster.posts).toHaveLength(1);
    expect(poster.posts[0]!.reply.subtitle).toMatch(/^Nothing new since/);
  });

  it("does not deliver a slot that passed before the subscription was made", async () => {
    await database.digests.unsubscribe("slack", "C1", "russia-china");
    await database.digests.subscribe(SUB, "2026-11-28T07:30:00.000Z");
    time.set("2026-11-28T07:31:00Z");
    expect(await runner().runDue()).toMatchObject({ sent: 0, skipped: 0 });
    expect(poster.calls).toBe(0);
  });

  it("delivers a slot missed while down once if within the catch-up window", async () => {
    time.set("2026-11-28T12:59:00Z"); // slot 07:00Z, 5 h 59 min late
    expect((await runner().runDue()).sent).toBe(1);
    expect((await runner().runDue()).sent).toBe(0);
    expect(poster.posts).toHaveLength(1);
  });

  it("records a slot missed beyond the catch-up window as skipped, and posts nothing", async () => {
    time.set("2026-11-27T07:00:00Z");
    expect((await runner().runDue()).empty).toBe(1); // delivered, nothing new yet
    time.set("2026-11-28T13:01:00Z"); // 6 h 1 min late
    const summary = await runner().runDue();
    expect(summary).toMatchObject({ sent: 0, skipped: 1 });
    expect(poster.calls).toBe(0);
    expect((await database.digests.entry(1, "2026-11-28T07:00:00.000Z"))?.status).toBe("skipped");
    expect(log.lines.some((line) => line.level === "warn" && /catch-up/.test(line.message))).toBe(true);
    // The next slot's digest still carries what the skipped one would have.
    time.set("2026-11-29T07:00:00Z");
    await runner().runDue();
    expect(JSON.stringify(poster.posts[0]!.reply)).toContain("Leaders met in Beijing");
  });

  it("never bursts: after a long outage only the latest slot is delivered", async () => {
    await database.digests.subscribe(
      { ...SUB, cron: "0 * * * *", whenEmpty: "notice" },
      "2026-11-20T12:00:00Z",
    );
    time.set("2026-11-28T11:20:00Z"); // down since 07:00Z: slots 08, 09, 10, 11 missed
    const summary = await runner().runDue();
    expect(summary.sent).toBe(1);
    expect(poster.posts).toHaveLength(1);
    expect((await database.digests.lastEntry(1))?.slot).toBe("2026-11-28T11:00:00.000Z");
    expect(await database.digests.entry(1, "2026-11-28T10:00:00.000Z")).toBeNull();
  });

  it("retries a 429 with backoff (honouring Retry-After) and then succeeds", async () => {
    poster.failures = [
      new DeliveryError("retry", "429 ratelimited", { retryAfterMs: 7_000 }),
      new DeliveryError("retry", "503"),
    ];
    time.set("2026-11-28T07:00:00Z");
    const summary = await runner({ retry: { attempts: 4, baseMs: 1_000, maxMs: 30_000 } }).runDue();
    expect(summary.sent).toBe(1);
    expect(sleeps).toEqual([7_000, 2_000]);
    expect(await database.digests.entry(1, "2026-11-28T07:00:00.000Z")).toMatchObject({
      status: "sent",
      attempts: 3,
    });
  });

  it("records a delivery as failed after the last retry, and shows it until a delivery succeeds", async () => {
    poster.failures = Array.from({ length: 3 }, () => new DeliveryError("retry", "500 internal"));
    time.set("2026-11-28T07:00:00Z");
    const summary = await runner({ retry: { attempts: 3, baseMs: 10, maxMs: 100 } }).runDue();
    expect(summary.failed).toBe(1);
    expect(poster.posts).toHaveLength(0);
    expect(await database.digests.entry(1, "2026-11-28T07:00:00.000Z")).toMatchObject({
      status: "failed",
      attempts: 3,
      error: "DELIVERY_RETRY: 500 internal",
    });
    // The log names the stable code of the failure, like every other error.
    expect(log.lines.find((line) => line.message === "digest delivery failed")?.fields).toMatchObject({
      code: "DELIVERY_RETRY",
      attempts: 3,
    });
    expect(sleeps).toEqual([10, 20]);
    expect(await database.digests.failuresSinceDelivery(1)).toBe(1);
    // The next slot covers the failed one's documents too.
    time.set("2026-11-29T07:00:00Z");
    await runner().runDue();
    expect(JSON.stringify(poster.posts[0]!.reply)).toContain("Leaders met in Beijing");
    expect(await database.digests.failuresSinceDelivery(1)).toBe(0);
  });

  it("pauses a subscription whose channel is gone, with the reason", async () => {
    poster.failures = [new DeliveryError("gone", "channel_not_found")];
    time.set("2026-11-28T07:00:00Z");
    const summary = await runner().runDue();
    expect(summary).toMatchObject({ failed: 1, paused: 1 });
    const subscription = (await database.digests.getSubscription(1))!;
    expect(subscription.pausedReason).toContain("channel_not_found");
    time.set("2026-11-29T07:00:00Z");
    await runner().runDue();
    expect(poster.calls).toBe(1);
    // Subscribing again resumes it.
    await database.digests.subscribe(SUB, "2026-11-29T08:00:00Z");
    expect((await database.digests.getSubscription(1))!.pausedAt).toBeNull();
  });

  it("completes a claim left by a dead process once, and not one held by a live process", async () => {
    const slot = "2026-11-28T07:00:00.000Z";
    await database.digests.claim({
      subscriptionId: 1,
      slot,
      owner: "other-host:1234:dead",
      leaseUntil: "2026-11-28T07:10:00.000Z",
      firstWindowFrom: "2026-11-27T07:00:00.000Z",
      now: slot,
    });
    time.set("2026-11-28T07:01:00Z");
    // Alive (lease running, another host): left alone.
    expect((await runner().runDue()).recovered).toBe(0);
    expect(poster.calls).toBe(0);
    // Dead (same host, process gone): completed once.
    const summary = await runner({ ownerMayBeAlive: () => false }).runDue();
    expect(summary).toMatchObject({ recovered: 1, sent: 1 });
    expect(await runner({ ownerMayBeAlive: () => false }).runDue()).toMatchObject({ recovered: 0, sent: 0 });
    expect(poster.posts).toHaveLength(1);
  });

  it("after a crash between the platform accepting and the ledger recording, finds the post and does not repeat it", async () => {
    const slot = await crashAfterPost();
    time.set("2026-11-28T07:02:00Z");
    const summary = await runner().runDue();
    expect(summary.recovered).toBe(1);
    expect(poster.posts).toHaveLength(1);
    expect(await database.digests.entry(1, slot)).toMatchObject({ status: "sent", messageId: "m1" });
  });

  it("on a shared database, waits before taking over a dead owner's post that may still be landing", async () => {
    const slot = "2026-11-28T07:00:00.000Z";
    const leaseMs = 60_000;
    // A replica claimed the slot and began posting at 07:00:30 (the lease runs from that moment); then it was killed.
    await database.digests.claim({
      subscriptionId: 1,
      slot,
      owner: "h:1:dead",
      leaseUntil: "2026-11-28T07:01:00.000Z",
      firstWindowFrom: "2026-11-27T07:00:00.000Z",
      now: slot,
    });
    await database.digests.startAttempt(1, slot, "h:1:dead", "2026-11-28T07:01:30.000Z");
    const shared = { ...database.digests, databaseNow: async () => time.clock() };
    const replica = () => runner({ digests: shared, leaseMs, ownerMayBeAlive: () => false });

    time.set("2026-11-28T07:00:32Z");
    expect((await replica().runDue()).recovered).toBe(0);
    expect(poster.calls).toBe(0);
    // Its request reaches the platform after all, a few seconds after it died.
    await poster.post(
      "C1",
      { title: "x", sections: [], ephemeral: false },
      { idempotencyKey: `briefbot-digest:1:${slot}` },
    );

    time.set("2026-11-28T07:00:50Z");
    expect((await replica().runDue()).recovered).toBe(1);
    expect(poster.posts).toHaveLength(1);
    expect(await database.digests.entry(1, slot)).toMatchObject({ status: "sent", messageId: "m1" });
  });

  it("keeps a crashed claim when the platform cannot say whether it holds the post, and settles it next pass", async () => {
    const slot = await crashAfterPost();
    const lookup = poster.findPosted!;
    poster.findPosted = async () => {
      throw new DeliveryError("retry", "history unavailable (503)");
    };
    time.set("2026-11-28T07:02:00Z");
    const shared = runner();
    await shared.runDue();
    expect(poster.posts).toHaveLength(1);
    expect((await database.digests.entry(1, slot))?.status).toBe("claimed");

    poster.findPosted = lookup;
    time.set("2026-11-28T07:05:00Z");
    await shared.runDue();
    expect(poster.posts).toHaveLength(1);
    expect(await database.digests.entry(1, slot)).toMatchObject({ status: "sent", messageId: "m1" });
  });

  it("lets only one of two processes post a slot", async () => {
    const second = new RecordingPoster();
    time.set("2026-11-28T07:00:00Z");
    const [a, b] = await Promise.all([runner().runDue(), runner({ posters: { slack: second } }).runDue()]);
    expect(a.sent + b.sent).toBe(1);
    expect(poster.posts.length + second.posts.length).toBe(1);
  });

  it("leaves a slot for another process when this one has no poster for the platform", async () => {
    time.set("2026-11-28T07:00:00Z");
    expect(await runner({ posters: {} }).runDue()).toMatchObject({ sent: 0, skipped: 0 });
    expect(await database.digests.entry(1, "2026-11-28T07:00:00.000Z")).toBeNull();
    expect((await runner().runDue()).sent).toBe(1);
  });

  it("posts a threaded digest as a headline with the details in the thread", async () => {
    await database.digests.subscribe({ ...SUB, style: "thread" }, "2026-11-20T12:00:00Z");
    time.set("2026-11-28T07:00:00Z");
    await runner().runDue();
    const post = poster.posts[0]!;
    expect(post.reply.footer).toBe("Details in the thread.");
    expect(JSON.stringify(post.thread)).toContain("We will deepen our partnership");
  });

  it("pauses a subscription whose topic was removed", async () => {
    await database.digests.subscribe({ ...SUB, topic: "gone-topic" }, "2026-11-20T12:00:00Z");
    time.set("2026-11-28T07:00:00Z");
    const summary = await runner().runDue();
    expect(summary.paused).toBe(1);
    expect(
      (await database.digests.listSubscriptions()).find((s) => s.topic === "gone-topic")?.pausedReason,
    ).toMatch(/no longer exists/);
  });

  it("records a delivery whose composition fails as failed, instead of leaving the claim hanging", async () => {
    const broken = new MemorySource();
    broken.documentsAdded = () => {
      throw new Error("disk I/O error");
    };
    time.set("2026-11-28T07:00:00Z");
    const summary = await runner({ source: broken }).runDue();
    expect(summary.failed).toBe(1);
    expect(await database.digests.entry(1, "2026-11-28T07:00:00.000Z")).toMatchObject({
      status: "failed",
      error: "INTERNAL: disk I/O error",
    });
    expect(await database.digests.claimedEntries()).toHaveLength(0);
  });

  it("keeps going when one subscription has a broken schedule", async () => {
    await database.digests.subscribe({ ...SUB, channelId: "C0", cron: "not a cron" }, "2026-11-20T12:00:00Z");
    time.set("2026-11-28T07:00:00Z");
    expect((await runner().runDue()).sent).toBe(1);
    expect(log.lines.some((line) => line.level === "error" && /could not run/.test(line.message))).toBe(true);
  });
});
