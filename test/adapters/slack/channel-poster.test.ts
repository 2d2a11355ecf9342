// The ChannelPoster that digests use, through the real WebClient against the fake Slack: a post
// and its thread, and each failure mapped to what the digest job should do.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type SlackAdapter, startSlack } from "../../../src/adapters/slack/start-slack.ts";
import { DeliveryError } from "../../../src/core/ports.ts";
import { FakeSlack } from "../../fakes/slack-api.ts";
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

async function failure(promise: Promise<unknown>): Promise<DeliveryError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(DeliveryError);
  return error as DeliveryError;
}

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
