// Digest delivery through the real Slack and Discord posters against their fakes on 127.0.0.1:
// 429 then 200 posts once, 5xx retries, a lost channel pauses the subscription.
import { webApi } from "@slack/bolt";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createDiscordPoster } from "../../src/adapters/discord/index.ts";
import { createChannelPoster } from "../../src/adapters/slack/channel-poster.ts";
import type { DigestPlatform, NewSubscription } from "../../src/core/digest/digest-store.ts";
import type { ChannelPoster } from "../../src/core/ports.ts";
import { createLogger } from "../../src/logger.ts";
import { createDigestRunner } from "../../src/scheduler/digest-runner.ts";
import { FakeDiscord } from "../fakes/discord-api.ts";
import { FakeSlack } from "../fakes/slack-api.ts";
import { MemorySource, makeBrief, memoryLogger, settableClock, tempDatabase } from "./digest-fixtures.ts";

const logger = createLogger({}, { level: "silent" });
const SLOT = "2026-11-28T07:00:00.000Z";
let database: ReturnType<typeof tempDatabase>;
let source: MemorySource;
let sleeps: number[];

const subscription = (platform: DigestPlatform, channelId: string): NewSubscription => ({
  platform,
  channelId,
  topic: "russia-china",
  cron: "0 8 * * *",
  timeZone: "Europe/Berlin",
  style: "thread",
  whenEmpty: "silent",
  createdBy: null,
});

function runner(poster: ChannelPoster) {
  return createDigestRunner({
    digests: database.digests,
    source,
    topicTitle: async () => "Russia and China",
    posters: { [poster.platform]: poster },
    clock: settableClock(SLOT).clock,
    logger: memoryLogger().logger,
    firstWindowMs: 86_400_000,
    catchupMs: 6 * 3_600_000,
    retry: { attempts: 4, baseMs: 50, maxMs: 2_000 },
    sleep: async (ms) => {
      sleeps.push(ms);
    },
  });
}

beforeEach(() => {
  database = tempDatabase();
  source = new MemorySource();
  sleeps = [];
  source.add(
    "russia-china",
    "2026-11-27T20:00:00.000Z",
    makeBrief("d1", "Vostok exercise", {
      points: ["Russia is hosting the Vostok-2022 military exercise."],
      quotes: [["China was seeking closer ties with Russia", "Bonny Lin"]],
    }),
  );
});
afterEach(() => database.dispose());

describe("Slack", () => {
  let slack: FakeSlack;
  let poster: ChannelPoster;
  beforeAll(async () => {
    slack = await FakeSlack.start({ botToken: "xoxb-test-token" });
    // As the adapter builds it: no retries of its own, so the digest runner owns them.
    const client = new webApi.WebClient("xoxb-test-token", {
      slackApiUrl: slack.apiUrl,
      retryConfig: { retries: 0 },
      rejectRateLimitedCalls: true,
    });
    poster = createChannelPoster(client, logger);
  });
  afterAll(() => slack.close());

  it("posts once after a 429, waiting as long as Retry-After says", async () => {
    await database.digests.subscribe(subscription("slack", "C100"), "2026-11-20T00:00:00.000Z");
    slack.failNext("chat.postMessage", { status: 429, retryAfter: 1 });
    const before = slack.posts().length;
    const summary = await runner(poster).runDue({ now: new Date(SLOT) });
    expect(summary.sent).toBe(1);
    expect(sleeps).toEqual([1_000]);
    const posts = slack.posts().slice(before);
    const headline = posts.find((post) => post.body.channel === "C100" && post.body.thread_ts === undefined);
    const thread = posts.filter((post) => post.body.thread_ts !== undefined);
    expect(headline).toBeDefined();
    expect(JSON.stringify(thread.map((post) => post.body))).toContain(
      "China was seeking closer ties with Russia",
    );
    expect(await database.digests.entry(1, SLOT)).toMatchObject({
      status: "sent",
      messageId: headline!.result.ts,
    });
    // A second pass for the same slot posts nothing.
    expect((await runner(poster).runDue({ now: new Date(SLOT) })).sent).toBe(0);
    expect(slack.posts().length).toBe(before + posts.length);
  });

  it("retries 503s with backoff, then records the delivery", async () => {
    await database.digests.subscribe(subscription("slack", "C200"), "2026-11-20T00:00:00.000Z");
    slack.failNext("chat.postMessage", { status: 503 }, { status: 503 });
    const summary = await runner(poster).runDue({ now: new Date(SLOT) });
    expect(summary.sent).toBe(1);
    expect(sleeps).toEqual([50, 100]);
  });

  it("pauses the subscription of an archived channel", async () => {
    await database.digests.subscribe(subscription("slack", "C300"), "2026-11-20T00:00:00.000Z");
    slack.setChannel("C300", "is_archived");
    const summary = await runner(poster).runDue({ now: new Date(SLOT) });
    expect(summary).toMatchObject({ paused: 1, failed: 1, sent: 0 });
    expect((await database.digests.getSubscription(1))?.pausedReason).toContain("is_archived");
  });
});

describe("Discord", () => {
  let discord: FakeDiscord;
  let poster: ChannelPoster;
  beforeAll(async () => {
    discord = await FakeDiscord.start();
    poster = createDiscordPoster({ token: "discord-test-token", apiUrl: discord.apiUrl, logger });
  });
  afterAll(() => discord.close());

  const messagesTo = (channel: string) =>
    discord.requests.filter(
      (request) => request.method === "POST" && request.path === `/channels/${channel}/messages`,
    );

  it("posts once after a 429 (and twice 500), with the thread of details", async () => {
    await database.digests.subscribe(subscription("discord", "4001"), "2026-11-20T00:00:00.000Z");
    discord.fail({
      method: "POST",
      path: /^\/channels\/4001\/messages$/,
      status: 429,
      body: { message: "You are being rate limited.", retry_after: 0.05, global: false },
      headers: { "retry-after": "0.05" },
    });
    discord.fail({ method: "POST", path: /^\/channels\/4001\/messages$/, status: 500, body: {}, times: 2 });
    const summary = await runner(poster).runDue({ now: new Date(SLOT) });
    expect(summary.sent).toBe(1);
    const accepted = messagesTo("4001").filter((request) => request.status === 200);
    expect(accepted).toHaveLength(1);
    expect(messagesTo("4001").map((request) => request.status)).toEqual([429, 500, 500, 200]);
    const everything = JSON.stringify(discord.requests.map((request) => request.body));
    expect(everything).toContain("China was seeking closer ties with Russia");
    expect((await runner(poster).runDue({ now: new Date(SLOT) })).sent).toBe(0);
    expect(messagesTo("4001").filter((request) => request.status === 200)).toHaveLength(1);
  });

  it("pauses the subscription of a channel the bot lost", async () => {
    await database.digests.subscribe(subscription("discord", "4002"), "2026-11-20T00:00:00.000Z");
    discord.loseChannel("4002");
    const summary = await runner(poster).runDue({ now: new Date(SLOT) });
    expect(summary).toMatchObject({ paused: 1, sent: 0 });
    expect((await database.digests.getSubscription(1))?.pausedReason).toMatch(/Discord refused/);
  });
});
