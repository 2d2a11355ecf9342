// The ChannelPoster digests go through: a message (and a thread under it for the details), with
// failures mapped to DeliveryError kinds the digest ledger acts on.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDiscordPoster } from "../../../src/adapters/discord/channel-poster.ts";
import type { Reply } from "../../../src/core/reply.ts";
import { createLogger } from "../../../src/logger.ts";
import { FakeDiscord } from "../../fakes/discord-api.ts";
import { deliveryError } from "../../support/delivery-error.ts";
import { TOKEN } from "./harness.ts";

let fake: FakeDiscord;
const logs: string[] = [];
const logger = createLogger(
  { DISCORD_TOKEN: TOKEN },
  { level: "debug", destination: { write: (line: string) => logs.push(line) } },
);

beforeAll(async () => {
  fake = await FakeDiscord.start();
});
afterAll(async () => {
  await fake?.close();
});

const headline: Reply = {
  title: "Russia and China: 3 new documents",
  sections: [
    { heading: "New key points", items: [{ kind: "point", text: "A gas deal was signed @everyone." }] },
  ],
  ephemeral: false,
};
const details: Reply = {
  title: "Details",
  sections: [{ heading: "Quotes", items: [{ kind: "quote", text: "No limits", speaker: "Xi Jinping" }] }],
  ephemeral: false,
};

const poster = (options: { maxRateLimitWaitMs?: number } = {}) =>
  createDiscordPoster({ token: TOKEN, apiUrl: fake.apiUrl, logger, timeoutMs: 2000, ...options });

describe("discord ChannelPoster", () => {
  it("posts the headline, then the details in a thread started from it", async () => {
    const channel = "2200000000000000001";
    const posted = await poster().post(channel, headline, { thread: details });
    const message = fake.requests.find(
      (request) => request.method === "POST" && request.path === `/channels/${channel}/messages`,
    );
    expect(message?.body).toMatchObject({ allowed_mentions: { parse: [] } });
    expect(JSON.stringify(message?.body)).toContain("@\u200beveryone");
    const thread = fake.requests.find(
      (request) => request.path === `/channels/${channel}/messages/${posted.messageId}/threads`,
    );
    expect(thread?.body).toMatchObject({ name: "Russia and China: 3 new documents" });
    const threadId = fake.requests.indexOf(thread as NonNullable<typeof thread>);
    const inThread = fake.requests.slice(threadId + 1).find((request) => request.path.endsWith("/messages"));
    expect(inThread?.path).not.toBe(`/channels/${channel}/messages`);
    expect(JSON.stringify(inThread?.body)).toContain("Xi Jinping");
    expect(posted.messageId).toMatch(/^\d+$/);
  });

  it("waits out a short 429 and delivers", async () => {
    const channel = "2200000000000000002";
    fake.fail({
      path: new RegExp(`^/channels/${channel}/messages$`),
      status: 429,
      headers: { "retry-after": "0.1" },
      body: { message: "rate limited", retry_after: 0.1, global: false },
    });
    await poster().post(channel, headline);
    const statuses = fake.requests
      .filter((request) => request.path === `/channels/${channel}/messages`)
      .map((r) => r.status);
    expect(statuses).toEqual([429, 200]);
  });

  it("returns a long 429 as retry with its wait", async () => {
    const channel = "2200000000000000003";
    fake.fail({
      path: new RegExp(`^/channels/${channel}/messages$`),
      status: 429,
      headers: { "retry-after": "30" },
      body: { message: "rate limited", retry_after: 30, global: false },
    });
    const error = await deliveryError(poster({ maxRateLimitWaitMs: 1000 }).post(channel, headline));
    expect(error.kind).toBe("retry");
    expect(error.retryAfterMs).toBeGreaterThanOrEqual(30_000);
  });

  it("returns repeated 500s as retry", async () => {
    const channel = "2200000000000000004";
    fake.fail({ path: new RegExp(`^/channels/${channel}/messages$`), status: 500, times: 5 });
    const error = await deliveryError(poster().post(channel, headline));
    expect(error.kind).toBe("retry");
  });

  it("returns Missing Access and Unknown Channel as gone, other refusals as failed", async () => {
    fake.loseChannel("2200000000000000005", 50001);
    fake.loseChannel("2200000000000000006", 10003);
    expect((await deliveryError(poster().post("2200000000000000005", headline))).kind).toBe("gone");
    expect((await deliveryError(poster().post("2200000000000000006", headline))).kind).toBe("gone");
    fake.fail({
      path: /^\/channels\/2200000000000000007\//,
      status: 400,
      body: { code: 50035, message: "Invalid Form Body" },
    });
    expect((await deliveryError(poster().post("2200000000000000007", headline))).kind).toBe("failed");
    expect((await deliveryError(poster().post("general", headline))).kind).toBe("gone");
  });

  it("returns a timeout as retry", async () => {
    const channel = "2200000000000000008";
    fake.fail({ path: new RegExp(`^/channels/${channel}/messages$`), status: 200, delayMs: 3000, times: 2 });
    const error = await deliveryError(
      createDiscordPoster({ token: TOKEN, apiUrl: fake.apiUrl, logger, timeoutMs: 200 }).post(
        channel,
        headline,
      ),
    );
    expect(error.kind).toBe("retry");
  });

  it("counts the headline as delivered when only its thread fails, so it is not posted twice", async () => {
    const channel = "2200000000000000009";
    fake.fail({ path: /\/threads$/, status: 403, body: { code: 50013, message: "Missing Permissions" } });
    const posted = await poster().post(channel, headline, { thread: details });
    expect(posted.messageId).toMatch(/^\d+$/);
    expect(logs.some((line) => line.includes("its thread could not be written"))).toBe(true);
    expect(logs.join("")).not.toContain(TOKEN);
  });
});
