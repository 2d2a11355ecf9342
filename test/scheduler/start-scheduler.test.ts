// The scheduler's node-cron minute tick under vitest fake timers: digests go out at the
// subscription's local time across a daylight-saving change, each slot once; feeds are polled on
// BRIEFBOT_POLL_CRON.
import { getTasks } from "node-cron";
import { afterEach, beforeEach, expect, it, vi } from "vitest";
import type { CommandDeps } from "../../commands/command.ts";
import { loadConfig } from "../../src/config.ts";
import type { NewSubscription } from "../../src/core/digest/digest-store.ts";
import type { Store } from "../../src/core/ports.ts";
import { type RunningScheduler, startScheduler } from "../../src/scheduler/start-scheduler.ts";
import { MemorySource, memoryLogger, RecordingPoster, tempDatabase } from "./digest-fixtures.ts";

let database: ReturnType<typeof tempDatabase>;
let scheduler: RunningScheduler | null = null;

const SUB: NewSubscription = {
  platform: "discord",
  channelId: "111",
  topic: "russia-china",
  cron: "0 8 * * *",
  timeZone: "Europe/Berlin",
  style: "single",
  whenEmpty: "notice",
  createdBy: null,
};

beforeEach(() => {
  vi.useFakeTimers({ now: new Date("2026-03-27T12:00:00Z") });
  database = tempDatabase();
});

afterEach(async () => {
  await scheduler?.stop();
  scheduler = null;
  vi.useRealTimers();
  database.dispose();
});

function start(poster: RecordingPoster, source = new MemorySource(), poll?: () => Promise<unknown>) {
  const store = {
    getTopic: async (slug: string) => ({
      slug,
      title: "Russia and China",
      match: { keywords: [], actors: [] },
    }),
  } as unknown as Store;
  const deps: CommandDeps = {
    store,
    clock: () => new Date(),
    digest: { digests: database.digests, source, defaultTimeZone: "UTC", firstWindowMs: 86_400_000 },
  };
  const { logger } = memoryLogger();
  scheduler = startScheduler({
    config: loadConfig({ BRIEFBOT_POLL_CRON: "7 * * * *" }),
    deps,
    posters: [poster],
    logger,
    ...(poll ? { poll } : {}),
  });
  return scheduler;
}

it("fires 08:00 Berlin before and after the spring clock change, once per slot", async () => {
  await database.digests.subscribe(SUB, new Date().toISOString());
  vi.setSystemTime(new Date("2026-03-28T06:55:00Z"));
  const poster = new RecordingPoster("discord");
  const running = start(poster);
  await running.ready;
  // Through 28 March (CET, 07:00Z) and 29 March (CEST, 06:00Z).
  await vi.advanceTimersByTimeAsync(23.25 * 3_600_000);
  const slots = await Promise.all(
    (await database.digests.listSubscriptions()).map(
      async (subscription) => (await database.digests.lastEntry(subscription.id))?.slot,
    ),
  );
  expect(poster.posts.map((post) => post.key)).toEqual([
    "briefbot-digest:1:2026-03-28T07:00:00.000Z",
    "briefbot-digest:1:2026-03-29T06:00:00.000Z",
  ]);
  expect(slots).toEqual(["2026-03-29T06:00:00.000Z"]);
});

it("picks up a subscription made while running, in its own zone, without a restart", async () => {
  vi.setSystemTime(new Date("2026-03-27T12:30:00Z")); // 08:30 in New York: today's slot is gone
  await database.digests.subscribe(SUB, new Date().toISOString());
  await database.digests.subscribe({ ...SUB, channelId: "222" }, new Date().toISOString());
  const poster = new RecordingPoster("discord");
  const running = start(poster);
  await running.ready;
  await database.digests.subscribe(
    { ...SUB, channelId: "333", timeZone: "America/New_York" },
    new Date().toISOString(),
  );
  // Until 28 March 12:10Z: both Berlin channels at 07:00Z, New York at 12:00Z (EDT).
  await vi.advanceTimersByTimeAsync(23.6 * 3_600_000);
  const byChannel = poster.posts.map(
    (post) => `${post.channelId} ${post.key?.split(":").slice(2).join(":")}`,
  );
  expect(byChannel.sort()).toEqual([
    "111 2026-03-28T07:00:00.000Z",
    "222 2026-03-28T07:00:00.000Z",
    "333 2026-03-28T12:00:00.000Z",
  ]);
});

it("delivers a slot once, on the minute tick at the slot, and not again on the ticks after it", async () => {
  vi.setSystemTime(new Date("2026-11-06T07:58:30Z"));
  await database.digests.subscribe({ ...SUB, cron: "0 8 * * *", timeZone: "UTC" }, new Date().toISOString());
  const poster = new RecordingPoster("discord");
  const running = start(poster);
  await running.ready;
  expect(poster.posts).toEqual([]); // nothing due at start
  await vi.advanceTimersByTimeAsync(90_000); // the 07:59 and 08:00 ticks
  expect(poster.posts.map((post) => post.key)).toEqual(["briefbot-digest:1:2026-11-06T08:00:00.000Z"]);
  // A subscription due at 08:03 shows the ticks after 08:00 run; the 08:00 slot is not posted again.
  await database.digests.subscribe(
    { ...SUB, channelId: "222", cron: "3 8 * * *", timeZone: "UTC" },
    new Date().toISOString(),
  );
  await vi.advanceTimersByTimeAsync(10 * 60_000);
  expect(poster.posts.map((post) => post.key)).toEqual([
    "briefbot-digest:1:2026-11-06T08:00:00.000Z",
    "briefbot-digest:2:2026-11-06T08:03:00.000Z",
  ]);
  expect(poster.calls).toBe(2);
});

it("polls the feeds on BRIEFBOT_POLL_CRON and leaves no node-cron task behind when stopped", async () => {
  vi.setSystemTime(new Date("2026-11-06T07:58:00Z"));
  const before = getTasks().size;
  let polls = 0;
  const running = start(new RecordingPoster("discord"), new MemorySource(), async () => {
    polls++;
  });
  await running.ready;
  expect(getTasks().size).toBe(before + 2); // the minute tick and the poll
  await vi.advanceTimersByTimeAsync(2 * 3_600_000); // 08:07 and 09:07
  expect(polls).toBe(2);
  await running.stop();
  expect(getTasks().size).toBe(before);
  await vi.advanceTimersByTimeAsync(3_600_000);
  expect(polls).toBe(2);
});

it("catches up a slot missed while down, once, at start", async () => {
  await database.digests.subscribe(SUB, "2026-03-20T00:00:00.000Z");
  vi.setSystemTime(new Date("2026-03-27T09:30:00Z")); // 08:00 Berlin (07:00Z) was missed
  const poster = new RecordingPoster("discord");
  const running = start(poster);
  await running.ready;
  await vi.advanceTimersByTimeAsync(60 * 60_000); // sixty ticks after it: no repeat
  expect(poster.posts.map((post) => post.key)).toEqual(["briefbot-digest:1:2026-03-27T07:00:00.000Z"]);
});

it("wakes a schedule that restricts both day fields on either day, as cron does", async () => {
  // "09:00 on the 13th, or on Fridays": either day fires (node-cron's own matcher needs both).
  vi.setSystemTime(new Date("2026-11-06T08:58:00Z"));
  await database.digests.subscribe(
    { ...SUB, cron: "0 9 13 * fri", timeZone: "UTC" },
    new Date().toISOString(),
  );
  const poster = new RecordingPoster("discord");
  const running = start(poster);
  await running.ready;
  await vi.advanceTimersByTimeAsync(3 * 60_000);
  expect(poster.posts.map((post) => post.key)).toEqual(["briefbot-digest:1:2026-11-06T09:00:00.000Z"]);
});

it("fires a slot in the spring gap on time, on the very instant the ledger keys it on", async () => {
  // 02:30 Berlin does not exist on 29 March 2026: the slot maths puts it at 03:00 CEST (01:00Z),
  // and the minute tick at 01:00Z finds it due.
  vi.setSystemTime(new Date("2026-03-29T00:50:00Z"));
  database.digests.subscribe({ ...SUB, cron: "30 2 * * *" }, "2026-03-28T00:00:00.000Z");
  const poster = new RecordingPoster("discord");
  const running = start(poster);
  await running.ready;
  const before = poster.posts.length;
  await vi.advanceTimersByTimeAsync(10 * 60_000 + 1_000); // to 01:00:01Z, the 01:00 tick
  expect(poster.posts.slice(before).map((post) => post.key)).toEqual([
    "briefbot-digest:1:2026-03-29T01:00:00.000Z",
  ]);
});

it("refuses a bad BRIEFBOT_POLL_CRON by name, before starting any task", () => {
  const deps = {
    store: {} as Store,
    clock: () => new Date(),
    digest: {
      digests: database.digests,
      source: new MemorySource(),
      defaultTimeZone: "UTC",
      firstWindowMs: 1,
    },
  };
  const before = getTasks().size;
  for (const expression of ["every 15 minutes", "61 * * * *", "*/15 * * * * *"]) {
    expect(() =>
      startScheduler({
        config: loadConfig({ BRIEFBOT_POLL_CRON: expression }),
        deps,
        posters: [],
        logger: memoryLogger().logger,
      }),
    ).toThrow(/BRIEFBOT_POLL_CRON/);
  }
  expect(getTasks().size).toBe(before);
});
