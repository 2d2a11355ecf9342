// The ChannelPoster that digests use, through the real WebClient against the fake Slack: a post
// and its thread, each failure mapped to what the digest job should do, and the idempotency key
// that lets the digest job find a digest posted just before a crash instead of posting it again.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createSlackPoster } from "../../../src/adapters/slack/channel-poster.ts";
import { type SlackAdapter, startSlack } from "../../../src/adapters/slack/start-slack.ts";
import type { NewSubscription } from "../../../src/core/digest/digest-store.ts";
import type { ChannelPoster } from "../../../src/core/ports.ts";
import { createDigestRunner, deliveryKey } from "../../../src/scheduler/digest-runner.ts";
import { FakeSlack } from "../../fakes/slack-api.ts";
import {
  MemorySource,
  makeBrief,
  memoryLogger,
  settableClock,
  tempDatabase,
} from "../../scheduler/digest-fixtures.ts";
import { runCliInProcess as cli } from "../../support/capture-io.ts";
import { deliveryError as failure } from "../../support/delivery-error.ts";
import {
  BOT_TOKEN,
  blockTexts,
  captureLogger,
  SIGNING_SECRET,
  sampleReply,
  testCommands,
  unusedStore,
} from "./support.ts";

let slack: FakeSlack;
let adapter: SlackAdapter;

beforeAll(async () => {
  slack = await FakeSlack.start({ botToken: BOT_TOKEN });
  adapter = await startSlack({
    config: {
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_APP_TOKEN: undefined,
      SLACK_PORT: 0,
      SLACK_API_URL: slack.apiUrl.replace(/\/$/, ""), // without the slash: the adapter adds it
      SLACK_DIGEST_ADMINS: [],
    },
    deps: { store: unusedStore, clock: () => new Date() },
    commands: testCommands({ brief: [], briefMessage: [], digest: [] }),
    logger: captureLogger().logger,
    host: "127.0.0.1",
    requestTimeoutMs: 1_000,
  });
});

afterAll(async () => {
  await adapter?.stop();
  await slack?.close();
});

const headline = { title: "Russia and China: 2 new documents", sections: [], ephemeral: false };

describe("Slack ChannelPoster", () => {
  it("posts to the channel and returns the message ts", async () => {
    const before = slack.posts().length;
    const posted = await adapter.poster.post("C_DIGEST", sampleReply({ points: 3, actors: 2, quotes: 1 }));
    const post = slack.posts()[before];
    expect(adapter.poster.platform).toBe("slack");
    expect(post?.body.channel).toBe("C_DIGEST");
    expect(post?.token).toBe(BOT_TOKEN);
    expect(posted.messageId).toBe(post?.result.ts);
    expect(blockTexts(post?.body ?? {})).toContain("Key point 3");
  });

  it("makes the URLs of the Sources line links that show where they go, escaped as the rest", async () => {
    const before = slack.posts().length;
    await adapter.poster.post("C_DIGEST", {
      ...sampleReply({ points: 1, actors: 0, quotes: 0 }),
      footer:
        "Sources: Wikinews, CC BY 2.5 (https://en.wikinews.org/wiki/Gas?a=1&b=2, https://en.wikinews.org/wiki/Deal); " +
        "licence not stated: <!channel> & javascript:alert(1)",
    });
    const post = slack.posts()[before];
    const blocks = (post?.body.blocks ?? []) as Array<{ type: string; elements?: Array<{ text: string }> }>;
    const footer = blocks.at(-1)?.elements?.[0]?.text ?? "";
    expect(footer).toBe(
      "Sources: Wikinews, CC BY 2.5 (<https://en.wikinews.org/wiki/Gas?a=1&amp;b=2|en.wikinews.org/wiki/Gas?a=1&amp;b=2>, " +
        "<https://en.wikinews.org/wiki/Deal|en.wikinews.org/wiki/Deal>); licence not stated: &lt;!channel&gt; &amp; javascript:alert(1)",
    );
  });

  it("posts a headline with the details in its thread", async () => {
    const before = slack.posts().length;
    const posted = await adapter.poster.post("C_DIGEST", headline, {
      thread: sampleReply({ points: 2, actors: 1, quotes: 1 }),
    });
    const [first, detail] = slack.posts().slice(before);
    expect(first?.body.thread_ts).toBeUndefined();
    expect((first?.body.blocks as Array<{ type: string }> | undefined)?.[0]?.type).toBe("header");
    expect(detail?.body.thread_ts).toBe(posted.messageId);
    expect(blockTexts(detail?.body ?? {})).toContain("Key point 2");
  });

  it("maps 429 to retry with Retry-After, without retrying itself", async () => {
    const before = slack.calls.length;
    slack.failNext("chat.postMessage", { status: 429, retryAfter: 7 });
    const error = await failure(adapter.poster.post("C_DIGEST", headline));
    expect(error.kind).toBe("retry");
    expect(error.retryAfterMs).toBe(7000);
    expect(slack.calls.slice(before).filter((call) => call.method === "chat.postMessage")).toHaveLength(1);
  });

  it("maps 500 and Slack's internal errors to retry", async () => {
    slack.failNext("chat.postMessage", { status: 500 });
    expect((await failure(adapter.poster.post("C_DIGEST", headline))).kind).toBe("retry");
    slack.failNext("chat.postMessage", { error: "internal_error" });
    expect((await failure(adapter.poster.post("C_DIGEST", headline))).kind).toBe("retry");
  });

  it("maps a lost channel to gone: not found, archived, not in channel", async () => {
    for (const state of ["channel_not_found", "is_archived", "not_in_channel"] as const) {
      slack.setChannel("C_LOST", state);
      const error = await failure(adapter.poster.post("C_LOST", headline));
      expect(error.kind).toBe("gone");
      expect(error.message).toContain(state);
    }
    slack.setChannel("C_LOST", null);
  });

  it("maps other Slack errors to failed", async () => {
    slack.failNext("chat.postMessage", { error: "msg_too_long" });
    expect((await failure(adapter.poster.post("C_DIGEST", headline))).kind).toBe("failed");
  });

  it("maps a timeout to retry", async () => {
    slack.failNext("chat.postMessage", { delayMs: 4_000 });
    const error = await failure(adapter.poster.post("C_DIGEST", headline));
    expect(error.kind).toBe("retry");
  });

  it("does not fail (and so is not re-posted) when only a thread message fails", async () => {
    const before = slack.posts().length;
    slack.failNext("chat.postMessage", { delayMs: 0 }, { error: "msg_too_long" });
    const posted = await adapter.poster.post("C_DIGEST", headline, {
      thread: sampleReply({ points: 1, actors: 0, quotes: 0 }),
    });
    expect(slack.posts().slice(before)).toHaveLength(1);
    expect(posted.messageId).toBe(slack.posts()[before]?.result.ts);
  });

  it("posts a rate-limited thread message once more after Slack's Retry-After (waited with the injected sleep)", async () => {
    const waits: number[] = [];
    const poster = createSlackPoster({
      token: BOT_TOKEN,
      apiUrl: slack.apiUrl.replace(/\/$/, ""),
      logger: captureLogger().logger,
      sleep: async (ms) => void waits.push(ms),
    });
    const before = slack.posts().length;
    slack.failNext("chat.postMessage", { delayMs: 0 }, { status: 429, retryAfter: 3 });
    const posted = await poster.post("C_DIGEST", headline, {
      thread: sampleReply({ points: 1, actors: 0, quotes: 0 }),
    });
    const posts = slack.posts().slice(before);
    expect(waits).toEqual([3_000]);
    expect(posts).toHaveLength(2);
    expect(posts[1]?.body.thread_ts).toBe(posted.messageId);
    expect(blockTexts(posts[1]?.body ?? {})).toContain("Key point 1");
  });

  it("keeps a huge digest within Slack's limits, the rest in the thread", async () => {
    const before = slack.posts().length;
    await adapter.poster.post("C_DIGEST", sampleReply({ points: 400, actors: 300, quotes: 200 }));
    const posts = slack.posts().slice(before);
    expect(posts.length).toBeGreaterThan(1);
    expect(slack.violations).toEqual([]);
    for (const post of posts.slice(1)) expect(post.body.thread_ts).toBe(posts[0]?.result.ts);
  });
});

describe("Slack HTTP start", () => {
  it("says which port is taken when SLACK_PORT is in use", async () => {
    const starting = startSlack({
      config: {
        SLACK_BOT_TOKEN: BOT_TOKEN,
        SLACK_SIGNING_SECRET: SIGNING_SECRET,
        SLACK_APP_TOKEN: undefined,
        SLACK_PORT: adapter.port ?? 0,
        SLACK_API_URL: slack.apiUrl,
        SLACK_DIGEST_ADMINS: [],
      },
      deps: { store: unusedStore, clock: () => new Date() },
      commands: [],
      logger: captureLogger().logger,
      host: "127.0.0.1",
    });
    await expect(starting).rejects.toMatchObject({
      code: "PLATFORM_FAILED",
      message: `SLACK_PORT ${adapter.port} on 127.0.0.1 is in use`,
    });
  });
});

describe("Slack digests are posted once", () => {
  const DAY = 86_400_000;
  const SLOT = "2026-11-28T07:00:00.000Z";
  const KEY = deliveryKey(1, SLOT);
  let fake: FakeSlack;
  let fakeNow = Date.now();
  let poster: ChannelPoster;
  let log: ReturnType<typeof captureLogger>;
  let database: ReturnType<typeof tempDatabase>;
  let source: MemorySource;

  beforeAll(async () => {
    // Timestamps from a clock, as on Slack, so the lookup's `oldest` bound means something.
    fake = await FakeSlack.start({ botToken: BOT_TOKEN, now: () => fakeNow });
  });
  afterAll(() => fake?.close());
  beforeEach(() => {
    fake.reset();
    fakeNow = Date.now();
    log = captureLogger();
    poster = createSlackPoster({
      token: BOT_TOKEN,
      apiUrl: fake.apiUrl.replace(/\/$/, ""),
      logger: log.logger,
      timeoutMs: 800,
      now: () => fakeNow,
    });
    database = tempDatabase();
    source = new MemorySource();
    source.add(
      "russia-china",
      "2026-11-28T06:00:00.000Z",
      makeBrief("d1", "Summit in Beijing", {
        points: ["Leaders met in Beijing on Friday."],
        quotes: [["We will deepen our partnership", "Wang Yi"]],
      }),
    );
  });
  afterEach(() => database.dispose());

  const subscribe = async (channelId: string) => {
    const subscription: NewSubscription = {
      platform: "slack",
      channelId,
      topic: "russia-china",
      cron: "0 8 * * *",
      timeZone: "Europe/Berlin",
      style: "thread",
      whenEmpty: "silent",
      createdBy: null,
    };
    await database.digests.subscribe(subscription, "2026-11-20T00:00:00.000Z");
  };

  const runner = (withPoster: ChannelPoster, sleep: (ms: number) => Promise<void> = async () => {}) =>
    createDigestRunner({
      digests: database.digests,
      source,
      topicTitle: async () => "Russia and China",
      posters: { slack: withPoster },
      clock: settableClock("2026-11-28T07:02:00.000Z").clock,
      logger: memoryLogger().logger,
      firstWindowMs: DAY,
      catchupMs: 6 * 3_600_000,
      retry: { attempts: 3, baseMs: 10, maxMs: 100 },
      sleep,
    });

  /** A process claimed the slot, posted the digest, and died before the ledger said `sent`. */
  const crashAfterPost = async (channelId: string): Promise<string> => {
    await database.digests.claim({
      subscriptionId: 1,
      slot: SLOT,
      owner: "elsewhere:1:dead",
      leaseUntil: "2026-11-28T06:59:00.000Z", // ran out
      firstWindowFrom: "2026-11-27T07:00:00.000Z",
      now: SLOT,
    });
    await database.digests.startAttempt(1, SLOT, "elsewhere:1:dead", "2026-11-28T06:59:00.000Z");
    const posted = await poster.post(channelId, headline, {
      thread: sampleReply({ points: 1, actors: 0, quotes: 0 }),
      idempotencyKey: KEY,
    });
    return posted.messageId;
  };
  const headlinesIn = (channel: string) =>
    fake.posts().filter((post) => post.body.channel === channel && post.body.thread_ts === undefined);

  it("carries the key as message metadata and finds the message by it in the channel's history", async () => {
    const posted = await poster.post("C_KEY", headline, {
      thread: sampleReply({ points: 1, actors: 0, quotes: 0 }),
      idempotencyKey: KEY,
    });
    const [first, inThread] = fake.posts();
    expect(first?.body.metadata).toEqual({ event_type: "briefbot_digest", event_payload: { key: KEY } });
    expect(inThread?.body.thread_ts).toBe(posted.messageId);
    expect(inThread?.body.metadata).toBeUndefined();

    expect(await poster.findPosted?.("C_KEY", KEY)).toEqual({ messageId: posted.messageId });
    const lookup = fake.calls.find((call) => call.method === "conversations.history");
    expect(lookup?.token).toBe(BOT_TOKEN);
    expect(lookup?.body).toMatchObject({ channel: "C_KEY", limit: "200", include_all_metadata: "true" });
    expect(Number(lookup?.body.oldest)).toBeCloseTo((fakeNow - 2 * DAY) / 1000, 0);
    expect(await poster.findPosted?.("C_KEY", deliveryKey(1, "2026-11-29T07:00:00.000Z"))).toBeNull();
    expect(await poster.findPosted?.("C_ELSEWHERE", KEY)).toBeNull();
  });

  it("does not take a message older than two days for this slot's digest", async () => {
    const now = fakeNow;
    fakeNow = now - 3 * DAY;
    await poster.post("C_OLD", headline, { idempotencyKey: KEY });
    fakeNow = now;
    expect(headlinesIn("C_OLD")).toHaveLength(1);
    expect(await poster.findPosted?.("C_OLD", KEY)).toBeNull();
  });

  it("looks past a page of newer messages, within a bounded number of calls", async () => {
    await poster.post("C_BUSY", headline, { idempotencyKey: KEY });
    for (let index = 0; index < 250; index++) await poster.post("C_BUSY", headline);
    const before = fake.calls.length;
    const found = await poster.findPosted?.("C_BUSY", KEY);
    expect(found?.messageId).toBe(headlinesIn("C_BUSY")[0]?.result.ts);
    expect(fake.calls.slice(before).filter((call) => call.method === "conversations.history")).toHaveLength(
      2,
    );
  });

  it("after a crash between the post and the ledger, the runner finds the digest and posts nothing again", async () => {
    await subscribe("C_CRASH");
    const messageId = await crashAfterPost("C_CRASH");
    const postsBefore = fake.posts().length;
    const summary = await runner(poster).runDue();
    expect(summary).toMatchObject({ recovered: 1, sent: 0, failed: 0 });
    expect(fake.posts().length).toBe(postsBefore);
    expect(headlinesIn("C_CRASH")).toHaveLength(1);
    expect(await database.digests.entry(1, SLOT)).toMatchObject({ status: "sent", messageId });
    expect((await runner(poster).runDue()).sent).toBe(0);
    expect(fake.posts().length).toBe(postsBefore);
  });

  it("(control) without the lookup, the same crash would post the digest twice", async () => {
    await subscribe("C_CONTROL");
    await crashAfterPost("C_CONTROL");
    const blind: ChannelPoster = { platform: "slack", post: poster.post.bind(poster) };
    expect((await runner(blind).runDue()).sent).toBe(1);
    expect(headlinesIn("C_CONTROL")).toHaveLength(2);
  });

  it("a timed-out post that Slack accepted all the same is found on the retry, not posted again", async () => {
    await subscribe("C_SLOW");
    // The first post is answered after the client gave up (800 ms); Slack keeps it all the same.
    fake.failNext("chat.postMessage", { delayMs: 1_200 });
    const retryWait = () => fake.waitFor(() => headlinesIn("C_SLOW").length === 1);
    const summary = await runner(poster, retryWait).runDue({ now: new Date("2026-11-28T07:00:00.000Z") });
    expect(summary).toMatchObject({ sent: 1, failed: 0 });
    const headlines = headlinesIn("C_SLOW");
    expect(headlines).toHaveLength(1);
    expect(await database.digests.entry(1, SLOT)).toMatchObject({
      status: "sent",
      messageId: headlines[0]?.result.ts,
    });
    // The details, lost with the first answer, are posted under the message that was found.
    const thread = fake.posts().filter((post) => post.body.thread_ts === headlines[0]?.result.ts);
    expect(JSON.stringify(thread.map((post) => post.body))).toContain("We will deepen our partnership");
  });

  it("a lookup Slack cannot answer now is a retry; one it refuses for good is logged and answered null", async () => {
    fake.failNext("conversations.history", { status: 503 });
    const error = await failure(poster.findPosted?.("C_KEY", KEY) ?? Promise.resolve());
    expect(error.kind).toBe("retry");
    fake.failNext("conversations.history", { error: "missing_scope" });
    expect(await poster.findPosted?.("C_KEY", KEY)).toBeNull();
    expect(log.lines.join("\n")).toMatch(/channels:history and groups:history/);
    fake.setChannel("C_NOT_IN", "not_in_channel");
    expect(await poster.findPosted?.("C_NOT_IN", KEY)).toBeNull();
    expect(log.lines.join("\n")).toContain("/invite @briefbot");
    expect(log.lines.join("\n")).not.toContain(BOT_TOKEN);
  });

  it("is asked for by both manifests: channels:history and groups:history", () => {
    for (const file of ["manifest.json", "manifest-socket-mode.json"]) {
      const manifest = JSON.parse(
        readFileSync(new URL(`../../../slack/${file}`, import.meta.url), "utf8"),
      ) as {
        oauth_config: { scopes: { bot: string[] } };
      };
      expect(manifest.oauth_config.scopes.bot).toEqual(
        expect.arrayContaining(["channels:history", "groups:history"]),
      );
    }
  });
});

describe("briefbot digest run-due on Slack", () => {
  let fake: FakeSlack;
  let dir: string;
  const saved = { ...process.env };
  beforeAll(async () => {
    fake = await FakeSlack.start({ botToken: BOT_TOKEN, now: () => Date.now() });
    dir = mkdtempSync(join(tmpdir(), "briefbot-slack-run-due-"));
    Object.assign(process.env, {
      BRIEFBOT_DB: join(dir, "briefbot.db"),
      BRIEFBOT_BRIEFS_DIR: resolve("briefs"),
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: fake.apiUrl,
      LOG_LEVEL: "silent",
    });
    delete process.env.DISCORD_TOKEN;
  });
  afterAll(async () => {
    process.env = saved;
    await fake?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("posts a due Slack digest once, with its key, without starting Bolt", async () => {
    const subscribed = await cli(
      ...["digest", "subscribe", "--platform", "slack", "--channel", "CRUNDUE01", "--topic", "russia-china"],
      ...["--at", "08:00", "--tz", "UTC"],
    );
    expect(subscribed.code).toBe(0);
    // The next 08:00 UTC: the bundled documents, just loaded, are within its first window.
    const slot = new Date();
    slot.setUTCHours(8, 0, 0, 0);
    if (slot.getTime() <= Date.now()) slot.setUTCDate(slot.getUTCDate() + 1);
    const first = await cli("digest", "run-due", "--now", slot.toISOString());
    const second = await cli("digest", "run-due", "--now", slot.toISOString());
    expect(first.stdout).toContain("1 sent");
    expect(second.stdout).toContain("0 sent");
    expect([first.code, second.code]).toEqual([0, 0]);
    const headlines = fake.posts().filter((post) => post.body.thread_ts === undefined);
    expect(headlines).toHaveLength(1);
    expect(headlines[0]?.body.channel).toBe("CRUNDUE01");
    expect(headlines[0]?.token).toBe(BOT_TOKEN);
    expect(headlines[0]?.body.metadata).toMatchObject({
      event_type: "briefbot_digest",
      event_payload: { key: expect.stringMatching(/^briefbot-digest:\d+:/) },
    });
  });
});
