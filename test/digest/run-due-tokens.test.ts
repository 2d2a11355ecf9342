// `briefbot digest run-due` and the platform tokens (issue 15, item 3): due slots of a platform it
// cannot post to are named with the reason and make the run fail; posting to Slack needs the bot
// token (and SLACK_API_URL here, the fake), never the signing secret that only serving events needs.
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.ts";
import { runCli } from "../cli/run-cli.ts";
import { FakeSlack } from "../fakes/slack-api.ts";
import { runCliInProcess as cli } from "../support/capture-io.ts";

const BOT_TOKEN = "xoxb-run-due-test";
let slack: FakeSlack;
let dir: string;
let run = 0;
const saved = { ...process.env };

/** The next 08:00 UTC: the bundled document, loaded at the first command, falls in its first window. */
function nextSlot(): string {
  const slot = new Date();
  slot.setUTCHours(8, 0, 0, 0);
  if (slot.getTime() <= Date.now()) slot.setUTCDate(slot.getUTCDate() + 1);
  return slot.toISOString();
}

const subscribe = (platform: string, channel: string) =>
  cli("digest", "subscribe", "--platform", platform, "--channel", channel, "--topic", "russia-china");

beforeAll(async () => {
  slack = await FakeSlack.start({ botToken: BOT_TOKEN });
  dir = mkdtempSync(join(tmpdir(), "briefbot-run-due-"));
});

beforeEach(() => {
  // A fresh database each test, no platform variables unless the test sets them.
  for (const key of Object.keys(process.env)) {
    if (/^(SLACK_|DISCORD_)/.test(key)) delete process.env[key];
  }
  Object.assign(process.env, {
    BRIEFBOT_DB: join(dir, `briefbot-${run++}.db`),
    BRIEFBOT_BRIEFS_DIR: resolve("briefs"),
    LOG_LEVEL: "silent",
  });
  slack.reset();
});

afterAll(async () => {
  process.env = saved;
  await slack.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("digest run-due without a platform's token", () => {
  it("names each due subscription it could not run, says why, and exits 1", async () => {
    expect((await subscribe("slack", "C0123456")).code).toBe(0);
    expect((await subscribe("discord", "112233445566778899")).code).toBe(0);
    const result = await cli("digest", "run-due", "--now", nextSlot());
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("2 not run");
    expect(result.stdout).toMatch(
      /not run: slack channel C0123456, topic russia-china, .*SLACK_BOT_TOKEN is not set/,
    );
    expect(result.stdout).toMatch(
      /not run: discord channel 112233445566778899, topic russia-china, .*DISCORD_TOKEN is not set/,
    );
    const json = await cli("digest", "run-due", "--now", nextSlot(), "--json");
    expect(json.code).toBe(1);
    const summary = JSON.parse(json.stdout) as { waiting: Array<{ platform: string; channelId: string }> };
    expect(summary.waiting.map((slot) => slot.channelId).sort()).toEqual(["112233445566778899", "C0123456"]);
  });

  it("with nothing due exits 0", async () => {
    expect((await subscribe("slack", "C0123456")).code).toBe(0);
    // Just after subscribing, at the subscription's own time: its first slot is still ahead.
    const result = await cli("digest", "run-due");
    expect(result.stdout).toContain("0 not run");
    expect(result.code).toBe(0);
  });

  it("--platform runs only that platform's subscriptions", async () => {
    expect((await subscribe("slack", "C0123456")).code).toBe(0);
    expect((await subscribe("discord", "112233445566778899")).code).toBe(0);
    Object.assign(process.env, { SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_API_URL: slack.apiUrl });
    const result = await cli("digest", "run-due", "--platform", "slack", "--now", nextSlot());
    expect(result.stdout).toContain("1 sent");
    expect(result.stdout).toContain("0 not run");
    expect(result.code).toBe(0);
  });
});

describe("digest run-due with SLACK_BOT_TOKEN and SLACK_API_URL, no signing secret", () => {
  it("posts the due digest through the Web API", async () => {
    expect((await subscribe("slack", "C0123456")).code).toBe(0);
    Object.assign(process.env, { SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_API_URL: slack.apiUrl });
    const result = await cli("digest", "run-due", "--now", nextSlot());
    expect(result.stderr).toBe("");
    expect(result.stdout).toContain("1 sent");
    expect(result.code).toBe(0);
    const posts = slack.posts();
    expect(posts).toHaveLength(1);
    expect(posts[0]!.body.channel).toBe("C0123456");
    expect(posts[0]!.token).toBe(BOT_TOKEN);
    expect(JSON.stringify(posts[0]!.body)).toContain("Russia and China");
    // The digest as a reader sees it (issue 15, item 11): each new story once, and the topic's own
    // defining actors (topic.yaml's Russia and China) not offered as "newly prominent".
    const texts = (
      posts[0]!.body.blocks as Array<{ text?: { text: string }; elements?: Array<{ text: string }> }>
    ).map((block) => block.text?.text ?? block.elements?.map((element) => element.text).join(" ") ?? "");
    // Made of stories: each new one once, its headline verbatim, said to be new, with its counts.
    const stories = texts.find((text) => text.startsWith("*Stories*")) ?? "";
    expect(stories.match(/Vostok-2022/g)).toHaveLength(1);
    expect(stories).toMatch(/new story · 1 document · 1 source/);
    const prominent = texts.find((text) => text.startsWith("*Newly prominent:*")) ?? "";
    expect(prominent).toMatch(/Bonny Lin/);
    expect(prominent).not.toMatch(/(^|· |\* )(Russia|China) \(/);
  });

  it("the configuration accepts it; serving Slack's events still refuses without the secret", async () => {
    expect(() => loadConfig({ SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_API_URL: slack.apiUrl })).not.toThrow();
    const noBriefs = join(dir, "no-briefs");
    mkdirSync(noBriefs, { recursive: true });
    const started = await runCli(["start"], {
      env: { SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_API_URL: slack.apiUrl, BRIEFBOT_BRIEFS_DIR: noBriefs },
      timeoutMs: 120_000,
    });
    expect(started.code).toBe(2);
    expect(started.stderr).toMatch(/SLACK_SIGNING_SECRET is required in HTTP mode.*\[CONFIG_INVALID\]/);
  }, 130_000);
});
