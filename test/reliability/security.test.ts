// Security at the edges, against the real adapters: Slack's signature, timestamp and body-size
// checks, digest permissions checked on the server for both platforms, and no secret in the log.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chatInput, PERMISSIONS } from "../fakes/discord-interactions.ts";
import { nowSeconds, slashCommandBody } from "../fakes/slack-requests.ts";
import {
  type BotFixture,
  DISCORD_TOKEN,
  postSigned,
  SECRET,
  SLACK_TOKEN,
  startBotFixture,
} from "./bot-fixture.ts";

let bot: BotFixture;

beforeAll(async () => {
  bot = await startBotFixture("security");
}, 60_000);

afterAll(async () => {
  await bot?.close();
});

describe("security at the edges", () => {
  it("refuses unsigned, stale and oversized Slack requests, and still serves signed ones", async () => {
    const body = slashCommandBody({
      command: "/topics",
      text: "",
      responseUrl: bot.slack.responseUrl("sec"),
    });
    expect((await postSigned(bot.endpoint, SECRET, body, { signature: "v0=00" })).status).toBe(401);
    expect((await postSigned(bot.endpoint, "wrong-secret", body)).status).toBe(401);
    expect((await postSigned(bot.endpoint, SECRET, body, { timestamp: nowSeconds() - 600 })).status).toBe(
      401,
    );
    expect((await postSigned(bot.endpoint, SECRET, body, { timestamp: nowSeconds() + 600 })).status).toBe(
      401,
    );
    const huge = slashCommandBody({
      command: "/topics",
      text: "x".repeat(2_000_000),
      responseUrl: bot.slack.responseUrl("huge"),
    });
    const refused = await postSigned(bot.endpoint, SECRET, huge).catch(() => ({ status: 0 }));
    expect(refused.status === 0 || refused.status >= 400).toBe(true);
    const ok = await bot.slash("/topics", "");
    await bot.slack.waitFor(() => bot.answered(ok), 10_000);
    expect(bot.slack.responses.some((response) => response.id === "sec" || response.id === "huge")).toBe(
      false,
    );
  });

  it("checks digest permissions on the server, whatever the client shows", async () => {
    // Slack: a user who is not a workspace admin (users.info) is refused; an admin may subscribe.
    const refusedId = await bot.slash("/digest", "subscribe world", {
      userId: "U_NOBODY",
      channelId: "CSEC0001",
    });
    const allowedId = await bot.slash("/digest", "subscribe world at 08:00", {
      userId: "U_ADMIN",
      channelId: "CSEC0001",
    });
    await bot.slack.waitFor(() => bot.answered(refusedId) && bot.answered(allowedId), 10_000);
    const refused = JSON.stringify(bot.slack.responses.find((response) => response.id === refusedId)?.body);
    expect(refused).toMatch(/manage this channel/i);
    // Discord: a member without Manage Channels is refused even though the client sent the command.
    const denied = bot.discord.push(
      chatInput(
        bot.discord,
        "digest subscribe",
        { topic: "world" },
        { permissions: PERMISSIONS.sendMessages },
      ),
    );
    const answer = await bot.discord.waitForAnswer(denied, 10_000);
    expect(JSON.stringify(answer)).toMatch(/manage this channel/i);
    const subscriptions = (await bot.deps.digest?.digests.listSubscriptions()) ?? [];
    expect(subscriptions.map((subscription) => [subscription.platform, subscription.channelId])).toEqual([
      ["slack", "CSEC0001"],
    ]);
  });

  it("never wrote a token or the signing secret to the log", () => {
    expect(bot.logs.length).toBeGreaterThan(0);
    const joined = bot.logs.join("\n");
    for (const secret of [SLACK_TOKEN, SECRET, DISCORD_TOKEN]) expect(joined).not.toContain(secret);
  });
});
