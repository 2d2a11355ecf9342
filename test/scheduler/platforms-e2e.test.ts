// "Done when", in one process: /digest subscribe through the real Bolt (Slack fake) and the real
// discord.js (Discord fake), on the real store with the bundled topic; then the scheduler's runner
// at the next slot posts one digest to each subscribing channel, with key points and quotes.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { COMMANDS } from "../../commands/index.ts";
import { type DiscordAdapter, startDiscord } from "../../src/adapters/discord/start.ts";
import { type SlackAdapter, startSlack } from "../../src/adapters/slack/start-slack.ts";
import { type App, createApp } from "../../src/app.ts";
import { loadConfig } from "../../src/config.ts";
import { createLogger } from "../../src/logger.ts";
import { type RunningScheduler, startScheduler } from "../../src/scheduler/start-scheduler.ts";
import { FakeDiscord } from "../fakes/discord-api.ts";
import { chatInput, PERMISSIONS } from "../fakes/discord-interactions.ts";
import { FakeSlack } from "../fakes/slack-api.ts";
import { postSigned, slashCommandBody } from "../fakes/slack-requests.ts";

const BOT_TOKEN = "xoxb-111-222-digesttesttoken";
const SECRET = "digest-signing-secret-0123456789";
const DISCORD_TOKEN = "MTEwMDAwMDAwMDAwMDAwMDAwMQ.GfakeA.fake-token-for-tests-0123456789abcdef";
const logger = createLogger({}, { level: "silent" });

let dir: string;
let slackFake: FakeSlack;
let discordFake: FakeDiscord;
let app: App;
let slack: SlackAdapter;
let discord: DiscordAdapter;
let scheduler: RunningScheduler;
let responses = 0;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "briefbot-digest-e2e-"));
  slackFake = await FakeSlack.start({ botToken: BOT_TOKEN, admins: ["U_ADMIN"] });
  discordFake = await FakeDiscord.start();
  const config = loadConfig({
    BRIEFBOT_DB: join(dir, "briefbot.db"),
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_PORT: "0",
    SLACK_API_URL: slackFake.apiUrl,
    DISCORD_TOKEN,
    DISCORD_APPLICATION_ID: discordFake.applicationId,
    DISCORD_API_URL: discordFake.apiUrl,
  });
  app = await createApp(config, { logger });
  slack = await startSlack({ config, deps: app.deps, commands: COMMANDS, logger, host: "127.0.0.1" });
  discord = await startDiscord({ config, deps: app.deps, commands: COMMANDS, logger });
  scheduler = startScheduler({ config, deps: app.deps, posters: [slack.poster, discord.poster], logger });
  await scheduler.ready;
}, 30_000);

afterAll(async () => {
  await scheduler?.stop();
  await slack?.stop();
  await discord?.close();
  await app?.close();
  await slackFake?.close();
  await discordFake?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function slash(text: string, userId: string): Promise<Record<string, unknown>> {
  const id = `digest-${++responses}`;
  const body = slashCommandBody({
    command: "/digest",
    text,
    responseUrl: slackFake.responseUrl(id),
    userId,
    channelId: "CNEWS0001",
  });
  const ack = await postSigned(`http://127.0.0.1:${slack.port}/slack/events`, SECRET, body);
  expect(ack.status).toBe(200);
  await slackFake.waitFor(() => slackFake.responses.some((response) => response.id === id), 10_000);
  return slackFake.responses.find((response) => response.id === id)?.body ?? {};
}

it("subscribes on Slack and Discord, refuses non-managers, and posts one digest per slot to each channel", async () => {
  const refused = JSON.stringify(await slash("subscribe russia-china at 08:00 tz UTC", "U_SOMEONE"));
  expect(refused).toMatch(/manage this channel|PERMISSION_DENIED/);
  const accepted = JSON.stringify(await slash("subscribe russia-china at 08:00 tz UTC", "U_ADMIN"));
  expect(accepted).toContain("Subscribed");

  const denied = discordFake.push(
    chatInput(discordFake, "digest subscribe", { topic: "russia-china" }, { channelId: "3001" }),
  );
  expect(JSON.stringify(await discordFake.waitForAnswer(denied))).toMatch(
    /Manage Channels|manage this channel/,
  );
  const sent = discordFake.push(
    chatInput(
      discordFake,
      "digest subscribe",
      { topic: "russia-china", at: "08:00", tz: "UTC", thread: true },
      { channelId: "3001", permissions: PERMISSIONS.manageChannels },
    ),
  );
  expect(JSON.stringify(await discordFake.waitForAnswer(sent))).toContain("Subscribed");

  const subscriptions = await app.deps.digest!.digests.listSubscriptions();
  expect(subscriptions.map((s) => `${s.platform} ${s.channelId} ${s.style}`).sort()).toEqual([
    "discord 3001 thread",
    "slack CNEWS0001 single",
  ]);

  // The next 08:00 UTC, when the bundled document (loaded at start) is within the first window.
  const slot = new Date();
  slot.setUTCHours(8, 0, 0, 0);
  if (slot.getTime() <= Date.now()) slot.setUTCDate(slot.getUTCDate() + 1);
  const summary = await scheduler.runner.runDue({ now: slot });
  expect(summary.sent).toBe(2);
  expect((await scheduler.runner.runDue({ now: new Date(slot.getTime() + 30_000) })).sent).toBe(0);

  const slackPosts = slackFake.posts().filter((call) => call.body.channel === "CNEWS0001");
  expect(slackPosts).toHaveLength(1);
  const slackText = JSON.stringify(slackPosts[0]!.body);
  expect(slackText).toContain("Digest: Russia and China");
  expect(slackText).toContain("Key points");
  expect(slackText).toContain("Quotes");

  const discordPosts = discordFake.requests.filter(
    (request) =>
      request.method === "POST" && request.path === "/channels/3001/messages" && request.status === 200,
  );
  expect(discordPosts).toHaveLength(1);
  // The details went to a thread under the headline.
  const everything = JSON.stringify(
    discordFake.requests.filter((r) => r.method === "POST").map((r) => r.body),
  );
  expect(everything).toContain("Quotes");
}, 30_000);
