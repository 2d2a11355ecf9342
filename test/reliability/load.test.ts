// A bounded version of `npm run load`: 100 signed Slack slash commands and 100 Discord interactions
// against the real adapters and a store of 500 documents. No time assertions: every command is
// acknowledged and answered, nothing fails, and memory growth stays loosely bounded.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FakeDiscord } from "../fakes/discord-api.ts";
import { FakeSlack } from "../fakes/slack-api.ts";
import {
  commandOutcomes,
  LOAD_SLACK_TOKEN,
  type LoadBot,
  runDiscordLoad,
  runSlackLoad,
  startLoadBot,
} from "./load-harness.ts";
import { buildLoadStore } from "./load-store.ts";

const COMMANDS_EACH = 100;
const DOCUMENTS = 200;

let dir: string;
let slack: FakeSlack;
let discord: FakeDiscord;
let bot: LoadBot;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "briefbot-load-"));
  const storePath = join(dir, "load.db");
  const build = await buildLoadStore(storePath, DOCUMENTS);
  expect(build.added + build.nearDuplicates).toBe(DOCUMENTS);
  slack = await FakeSlack.start({ botToken: LOAD_SLACK_TOKEN });
  discord = await FakeDiscord.start();
  bot = await startLoadBot({
    storePath,
    slackApiUrl: slack.apiUrl,
    discordApiUrl: discord.apiUrl,
    discordApplicationId: discord.applicationId,
  });
}, 60_000);

afterAll(async () => {
  await bot?.stop();
  await slack?.close();
  await discord?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("load (bounded)", () => {
  it("answers every Slack and Discord command without errors, with bounded memory", async () => {
    global.gc?.();
    const rssBefore = process.memoryUsage().rss;
    const slackStats = await runSlackLoad({ bot, fake: slack, count: COMMANDS_EACH, perSecond: 100 });
    const discordStats = await runDiscordLoad({ bot, fake: discord, count: COMMANDS_EACH, perSecond: 100 });
    global.gc?.();
    const rssAfter = process.memoryUsage().rss;

    expect(slackStats).toMatchObject({
      sent: COMMANDS_EACH,
      ackErrors: 0,
      answered: COMMANDS_EACH,
      errorAnswers: 0,
    });
    expect(discordStats).toMatchObject({
      sent: COMMANDS_EACH,
      ackErrors: 0,
      answered: COMMANDS_EACH,
      errorAnswers: 0,
    });
    expect(slack.violations).toEqual([]);
    const outcomes = commandOutcomes(await bot.metrics.text());
    expect(outcomes).toEqual({ ok: 2 * COMMANDS_EACH });
    expect(bot.errorLogs()).toEqual([]);
    // Loose: the point is to catch a leak of whole replies per command, not to measure.
    expect(rssAfter - rssBefore).toBeLessThan(150 * 1024 * 1024);
    const health = await fetch(`${bot.health.url}/healthz`);
    expect(health.status).toBe(200);
  });
});
