// The real Bolt in Socket Mode: apps.connections.open on the fake returns its local websocket, the
// fake sends a slash command envelope, Bolt acks it over the socket and answers on response_url.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type SlackAdapter, startSlack } from "../../../src/adapters/slack/start-slack.ts";
import { FakeSlack } from "../../fakes/slack-api.ts";
import { slashCommandPayload } from "../../fakes/slack-requests.ts";
import {
  APP_TOKEN,
  BOT_TOKEN,
  blockTexts,
  type Calls,
  captureLogger,
  testCommands,
  unusedStore,
} from "./support.ts";

let slack: FakeSlack;
let adapter: SlackAdapter;
const calls: Calls = { brief: [], briefMessage: [], digest: [] };
const { logger, lines } = captureLogger();

beforeAll(async () => {
  slack = await FakeSlack.start({ botToken: BOT_TOKEN, appToken: APP_TOKEN });
  adapter = await startSlack({
    config: {
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: undefined,
      SLACK_APP_TOKEN: APP_TOKEN,
      SLACK_PORT: 0,
      SLACK_API_URL: slack.apiUrl,
      SLACK_DIGEST_ADMINS: [],
    },
    deps: { store: unusedStore, clock: () => new Date() },
    commands: testCommands(calls),
    logger,
  });
});

afterAll(async () => {
  await adapter?.stop();
  await slack?.close();
});

describe("Slack Socket Mode with the real Bolt", () => {
  it("connects with the app token through apps.connections.open", () => {
    expect(adapter.mode).toBe("socket");
    expect(adapter.port).toBeNull();
    const open = slack.calls.find((call) => call.method === "apps.connections.open");
    expect(open?.token).toBe(APP_TOKEN);
    expect(slack.socketConnected).toBe(true);
  });

  it("serves /brief end to end: ack over the socket, brief on response_url", async () => {
    const payload = slashCommandPayload({
      command: "/brief",
      text: "russia-china",
      responseUrl: slack.responseUrl("socket-1"),
    });
    const ack = await slack.sendSocketEvent("slash_commands", payload);
    expect(ack).toEqual({});
    await slack.waitFor(() => slack.responses.some((response) => response.id === "socket-1"));
    const message = slack.responses.find((response) => response.id === "socket-1")?.body ?? {};
    expect(message.response_type).toBe("in_channel");
    expect(blockTexts(message)).toContain("Key point 1");
    expect(blockTexts(message)).toContain("*Bonny Lin*");
    expect(calls.brief).toHaveLength(1);
  });

  it("acks a redelivered envelope without running the command again", async () => {
    const payload = slashCommandPayload({
      command: "/brief",
      text: "russia-china",
      responseUrl: slack.responseUrl("socket-2"),
    });
    await slack.sendSocketEvent("slash_commands", payload);
    const second = await slack.sendSocketEvent("slash_commands", payload, { retryAttempt: 1 });
    expect(second).toEqual({});
    await slack.waitFor(() => slack.responses.some((response) => response.id === "socket-2"));
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(slack.responses.filter((response) => response.id === "socket-2")).toHaveLength(1);
    expect(calls.brief).toHaveLength(2);
  });

  it("never logs the app or bot token", () => {
    const logged = lines.join("");
    expect(logged).not.toContain(APP_TOKEN);
    expect(logged).not.toContain(BOT_TOKEN);
  });
});

describe("Slack start failures", () => {
  it("refuses to start with a bot token Slack does not accept, saying so", async () => {
    const fake = await FakeSlack.start({ botToken: "xoxb-the-right-one" });
    try {
      const starting = startSlack({
        config: {
          SLACK_BOT_TOKEN: BOT_TOKEN,
          SLACK_SIGNING_SECRET: undefined,
          SLACK_APP_TOKEN: APP_TOKEN,
          SLACK_PORT: 0,
          SLACK_API_URL: fake.apiUrl,
          SLACK_DIGEST_ADMINS: [],
        },
        deps: { store: unusedStore, clock: () => new Date() },
        commands: [],
        logger,
      });
      await expect(starting).rejects.toMatchObject({
        code: "PLATFORM_FAILED",
        message: "Slack did not accept the bot token (auth.test: invalid_auth)",
      });
    } finally {
      await fake.close();
    }
  });

  it("refuses to start with an app token Slack does not accept, saying so", async () => {
    const fake = await FakeSlack.start({ botToken: BOT_TOKEN, appToken: "xapp-the-right-one" });
    try {
      const starting = startSlack({
        config: {
          SLACK_BOT_TOKEN: BOT_TOKEN,
          SLACK_SIGNING_SECRET: undefined,
          SLACK_APP_TOKEN: APP_TOKEN,
          SLACK_PORT: 0,
          SLACK_API_URL: fake.apiUrl,
          SLACK_DIGEST_ADMINS: [],
        },
        deps: { store: unusedStore, clock: () => new Date() },
        commands: [],
        logger,
      });
      await expect(starting).rejects.toMatchObject({
        code: "PLATFORM_FAILED",
        message: expect.stringContaining("invalid_auth"),
      });
    } finally {
      await fake.close();
    }
  });
});
