// A digest reaches a Discord channel once, even when the process dies between Discord accepting it
// and the ledger recording it: the message carries a nonce Discord dedupes on (enforce_nonce) and an
// invisible marker in its title that `findPosted` reads back. Real discord.js REST, fake Discord.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  createDiscordPoster,
  digestMarker,
  digestNonce,
} from "../../../src/adapters/discord/channel-poster.ts";
import type { NewSubscription } from "../../../src/core/digest/digest-store.ts";
import type { ChannelPoster } from "../../../src/core/ports.ts";
import type { Reply } from "../../../src/core/reply.ts";
import { createLogger } from "../../../src/logger.ts";
import { createDigestRunner, deliveryKey } from "../../../src/scheduler/digest-runner.ts";
import { FakeDiscord, type RecordedRequest } from "../../fakes/discord-api.ts";
import {
  MemorySource,
  makeBrief,
  memoryLogger,
  settableClock,
  tempDatabase,
} from "../../scheduler/digest-fixtures.ts";
import { deliveryError } from "../../support/delivery-error.ts";
import { TOKEN } from "./harness.ts";

const SLOT = "2026-11-28T07:00:00.000Z";
const KEY = deliveryKey(1, SLOT);
const INVISIBLE = /[\u200B-\u200D\u2060]/g;
let fake: FakeDiscord;
let poster: ChannelPoster;
let logs: string[];
let database: ReturnType<typeof tempDatabase>;
let source: MemorySource;
let channelSeq = 3300000000000000000n;

beforeAll(async () => {
  fake = await FakeDiscord.start();
});
afterAll(async () => {
  await fake?.close();
});
beforeEach(() => {
  logs = [];
  const logger = createLogger(
    { DISCORD_TOKEN: TOKEN },
    { level: "debug", destination: { write: (line: string) => logs.push(line) } },
  );
  poster = createDiscordPoster({ token: TOKEN, apiUrl: fake.apiUrl, logger, timeoutMs: 2000 });
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

/** A channel no other test uses. */
const newChannel = (): string => (++channelSeq).toString();

const headline: Reply = { title: "Russia and China: 1 new document", sections: [], ephemeral: false };
const details: Reply = {
  title: "Details",
  sections: [{ heading: "Quotes", items: [{ kind: "quote", text: "No limits", speaker: "Xi Jinping" }] }],
  ephemeral: false,
};

const creates = (channel: string): RecordedRequest[] =>
  fake.requests.filter(
    (request) => request.method === "POST" && request.path === `/channels/${channel}/messages`,
  );
const bodyOf = (request: RecordedRequest | undefined) =>
  (request?.body ?? {}) as { nonce?: string; enforce_nonce?: boolean; embeds?: Array<{ title?: string }> };

async function subscribe(channelId: string): Promise<void> {
  const subscription: NewSubscription = {
    platform: "discord",
    channelId,
    topic: "russia-china",
    cron: "0 8 * * *",
    timeZone: "Europe/Berlin",
    style: "thread",
    whenEmpty: "silent",
    createdBy: null,
  };
  await database.digests.subscribe(subscription, "2026-11-20T00:00:00.000Z");
}

function runner(withPoster: ChannelPoster) {
  return createDigestRunner({
    digests: database.digests,
    source,
    topicTitle: async () => "Russia and China",
    posters: { discord: withPoster },
    clock: settableClock("2026-11-28T07:02:00.000Z").clock,
    logger: memoryLogger().logger,
    firstWindowMs: 86_400_000,
    catchupMs: 6 * 3_600_000,
    retry: { attempts: 3, baseMs: 10, maxMs: 100 },
    sleep: async () => {},
  });
}

/** A process claimed the slot, posted the digest, and died before the ledger said `sent`. */
async function crashAfterPost(channelId: string): Promise<string> {
  await database.digests.claim({
    subscriptionId: 1,
    slot: SLOT,
    owner: "elsewhere:1:dead",
    leaseUntil: "2026-11-28T06:59:00.000Z", // ran out
    firstWindowFrom: "2026-11-27T07:00:00.000Z",
    now: SLOT,
  });
  await database.digests.startAttempt(1, SLOT, "elsewhere:1:dead", "2026-11-28T06:59:00.000Z");
  return (await poster.post(channelId, headline, { thread: details, idempotencyKey: KEY })).messageId;
}

describe("discord digests are posted once", () => {
  it("sends a nonce of at most 25 characters with enforce_nonce, and an invisible marker after the title", async () => {
    const channel = newChannel();
    await poster.post(channel, headline, { idempotencyKey: KEY });
    const body = bodyOf(creates(channel)[0]);
    expect(body.nonce).toBe(digestNonce(KEY));
    expect(body.nonce?.length).toBeLessThanOrEqual(25);
    expect(body.enforce_nonce).toBe(true);
    const title = body.embeds?.[0]?.title ?? "";
    expect(title.endsWith(digestMarker(KEY))).toBe(true);
    expect(title.replace(INVISIBLE, "")).toBe(headline.title);
    expect(digestMarker(KEY)).not.toBe(digestMarker(deliveryKey(1, "2026-11-29T07:00:00.000Z")));
    expect(digestNonce(KEY)).not.toBe(digestNonce(deliveryKey(2, SLOT)));
  });

  it("keeps a long title within 256 characters, and gives every page its own nonce", async () => {
    const channel = newChannel();
    const items = Array.from({ length: 120 }, (_, index) => ({
      kind: "point" as const,
      text: `Point ${index}: ${"a long sentence about the summit ".repeat(6)}`,
    }));
    const long: Reply = {
      title: "Russia and China ".repeat(20),
      sections: [{ heading: "Key points", items }],
      ephemeral: false,
    };
    await poster.post(channel, long, { idempotencyKey: KEY });
    const pages = creates(channel);
    expect(pages.length).toBeGreaterThan(1);
    expect(pages.every((page) => page.status === 200)).toBe(true);
    expect(bodyOf(pages[0]).embeds?.[0]?.title?.length).toBeLessThanOrEqual(256);
    const nonces = pages.map((page) => bodyOf(page).nonce);
    expect(new Set(nonces).size).toBe(pages.length);
    expect(nonces.every((nonce) => (nonce?.length ?? 99) <= 25)).toBe(true);
  });

  it("a repeated create with the same key gets the earlier message back from Discord, thread and all", async () => {
    const channel = newChannel();
    const first = await poster.post(channel, headline, { thread: details, idempotencyKey: KEY });
    const again = await poster.post(channel, headline, { thread: details, idempotencyKey: KEY });
    expect(again.messageId).toBe(first.messageId);
    expect(fake.messagesIn(channel)).toHaveLength(1);
    const threadMessages = fake
      .messagePayloads()
      .filter((payload) => JSON.stringify(payload.body).includes("Xi Jinping"));
    expect(threadMessages.filter((payload) => payload.path !== `/channels/${channel}/messages`)).toHaveLength(
      1,
    );
    expect(logs.join("")).toContain("already posted, with its thread");
  });

  it("findPosted reads the digest back by its marker (Discord returns no nonce on GET)", async () => {
    const channel = newChannel();
    const posted = await poster.post(channel, headline, { idempotencyKey: KEY });
    for (let index = 0; index < 30; index++) fake.addMessage(channel, { content: `chatter ${index}` });
    expect(await poster.findPosted?.(channel, KEY)).toEqual({ messageId: posted.messageId });
    const read = fake.requests.filter(
      (request) => request.method === "GET" && request.path === `/channels/${channel}/messages`,
    );
    expect(read.at(-1)?.query.get("limit")).toBe("100");
    expect(await poster.findPosted?.(channel, deliveryKey(1, "2026-11-29T07:00:00.000Z"))).toBeNull();
  });

  it("findPosted does not take another author's message that copies the title and marker", async () => {
    const channel = newChannel();
    fake.addMessage(channel, {
      embeds: [{ title: `${headline.title}${digestMarker(KEY)}` }],
      bot: true,
    });
    expect(await poster.findPosted?.(channel, KEY)).toBeNull();
  });

  it("after a crash between the post and the ledger, the runner finds the digest and posts nothing again", async () => {
    const channel = newChannel();
    await subscribe(channel);
    const messageId = await crashAfterPost(channel);
    const createsBefore = creates(channel).length;
    const summary = await runner(poster).runDue();
    expect(summary).toMatchObject({ recovered: 1, sent: 0, failed: 0 });
    expect(creates(channel)).toHaveLength(createsBefore);
    expect(fake.messagesIn(channel)).toHaveLength(1);
    expect(await database.digests.entry(1, SLOT)).toMatchObject({ status: "sent", messageId });
    expect((await runner(poster).runDue()).sent).toBe(0);
  });

  it("without the lookup, the nonce still makes Discord return the earlier message", async () => {
    const channel = newChannel();
    await subscribe(channel);
    const messageId = await crashAfterPost(channel);
    const blind: ChannelPoster = { platform: "discord", post: poster.post.bind(poster) };
    expect((await runner(blind).runDue()).sent).toBe(1);
    expect(fake.messagesIn(channel)).toHaveLength(1);
    expect(await database.digests.entry(1, SLOT)).toMatchObject({ status: "sent", messageId });
  });

  it("(control) with neither lookup nor key, the same crash would post the digest twice", async () => {
    const channel = newChannel();
    await subscribe(channel);
    await crashAfterPost(channel);
    const keyless: ChannelPoster = {
      platform: "discord",
      post: (channelId, reply, options = {}) =>
        poster.post(channelId, reply, options.thread ? { thread: options.thread } : {}),
    };
    expect((await runner(keyless).runDue()).sent).toBe(1);
    expect(fake.messagesIn(channel)).toHaveLength(2);
  });

  it("a lookup Discord cannot answer now is a retry; no access is logged and answered null", async () => {
    const channel = newChannel();
    fake.fail({ method: "GET", path: new RegExp(`^/channels/${channel}/messages$`), status: 500, times: 2 });
    expect((await deliveryError(poster.findPosted?.(channel, KEY) ?? Promise.resolve())).kind).toBe("retry");
    fake.loseChannel(channel, 50001);
    expect(await poster.findPosted?.(channel, KEY)).toBeNull();
    expect(logs.join("")).toContain("Read Message History");
    expect(logs.join("")).not.toContain(TOKEN);
    expect(await poster.findPosted?.("general", KEY)).toBeNull();
  });
});
