// The Home tab's content with many workspaces (OAuth mode): each workspace sees the digests of its
// own channels only; with one bot token, every Slack digest. Real SQLite store and installations.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { COMMANDS } from "../../../commands/index.ts";
import { homeBlocks } from "../../../src/adapters/slack/app-home.ts";
import { refOf } from "../../../src/adapters/slack/oauth.ts";
import { type App, createApp } from "../../../src/app.ts";
import { loadConfig } from "../../../src/config.ts";
import { blockTexts, captureLogger } from "./support.ts";

let app: App;
let dir: string;
const { logger } = captureLogger();

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "briefbot-app-home-"));
  app = await createApp(loadConfig({ BRIEFBOT_DB: join(dir, "briefbot.db") }), { logger });
  const now = new Date().toISOString();
  for (const [channel, team] of [
    ["C0TEAMONE1", "T_ONE"],
    ["C0TEAMTWO2", "T_TWO"],
  ] as const) {
    await app.deps.digest?.digests.subscribe(
      {
        platform: "slack",
        channelId: channel,
        topic: "russia-china",
        cron: "0 8 * * *",
        timeZone: "Europe/Berlin",
        style: "single",
        whenEmpty: "silent",
        createdBy: "U_ADMIN",
      },
      now,
    );
    await app.installations.rememberChannel(channel, refOf({ teamId: team }), now);
  }
}, 30_000);

afterAll(() => {
  app?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const home = async (installations: boolean, team: string) =>
  blockTexts({
    blocks: await homeBlocks(
      {
        deps: app.deps,
        commands: COMMANDS,
        logger,
        installations: installations ? app.installations : undefined,
      },
      "U_READER",
      refOf({ teamId: team }),
    ),
  });

describe("the Home tab's digests", () => {
  it("in OAuth mode shows each workspace its own channels' digests only", async () => {
    const one = await home(true, "T_ONE");
    expect(one).toContain("<#C0TEAMONE1>");
    expect(one).not.toContain("C0TEAMTWO2");
    const two = await home(true, "T_TWO");
    expect(two).toContain("<#C0TEAMTWO2>");
    expect(two).not.toContain("C0TEAMONE1");
    expect(await home(true, "T_OTHER")).toContain("None yet");
  });

  it("with one bot token shows every Slack digest, after the topics", async () => {
    const text = await home(false, "T_ONE");
    expect(text.indexOf("russia-china: Russia and China")).toBeLessThan(
      text.indexOf("Digests in this workspace"),
    );
    expect(text).toContain("<#C0TEAMONE1>");
    expect(text).toContain("<#C0TEAMTWO2>");
  });
});
