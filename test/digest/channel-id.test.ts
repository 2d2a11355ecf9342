// Channel ids are checked per platform at subscribe (issue 15, item 7): `digest subscribe --platform
// slack --channel ../../etc` used to be stored, and run-due then posted to "../../etc"; a Discord id
// like "../../applications/..." was only refused at posting.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CommandContext } from "../../commands/command.ts";
import { execute } from "../../commands/execute.ts";
import { type App, createApp } from "../../src/app.ts";
import { loadConfig } from "../../src/config.ts";
import { channelIdProblem, isChannelId } from "../../src/core/channel-id.ts";
import { createLogger } from "../../src/logger.ts";
import { runCliInProcess as cli } from "../support/capture-io.ts";

describe("channel ids per platform", () => {
  it("takes Slack C/G/D ids and Discord snowflakes, and nothing that could step into a path", () => {
    for (const id of ["C0123456", "G01ABCDEF", "D024BE91L", "CNEWS0001"])
      expect(isChannelId("slack", id)).toBe(true);
    for (const id of ["112233445566778899", "3001", "18446744073709551615"])
      expect(isChannelId("discord", id)).toBe(true);
    const hostile = [
      "../../etc",
      "C0123/../x",
      "c0123456",
      "C",
      "",
      "C012 3456",
      "U0123456",
      "C%2F..",
      "C0123456\n",
    ];
    for (const id of hostile) expect(isChannelId("slack", id)).toBe(false);
    for (const id of [
      "../../applications/1/commands",
      "18446744073709551616",
      "123456789012345678901",
      "12a",
      "",
      " 1",
    ])
      expect(isChannelId("discord", id)).toBe(false);
    expect(channelIdProblem("slack", "../../etc")).toMatch(
      /"\.\.\/\.\.\/etc" is not a Slack channel id: C, G or D/,
    );
    expect(channelIdProblem("discord", "x".repeat(500))?.length).toBeLessThan(200);
  });
});

describe("digest subscribe refuses a malformed channel id", () => {
  let dir: string;
  let app: App;
  const saved = { ...process.env };
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "briefbot-channel-id-"));
    Object.assign(process.env, {
      BRIEFBOT_DB: join(dir, "briefbot.db"),
      BRIEFBOT_BRIEFS_DIR: resolve("briefs"),
      LOG_LEVEL: "silent",
    });
    app = await createApp(loadConfig(), { logger: createLogger({}, { level: "silent" }) });
  });
  afterAll(async () => {
    await app.close();
    process.env = saved;
    rmSync(dir, { recursive: true, force: true });
  });

  const subscribe = (platform: string, channel: string) =>
    cli("digest", "subscribe", "--platform", platform, "--channel", channel, "--topic", "russia-china");

  it("from the shell: exit 2, the id and what was expected named, nothing stored", async () => {
    const slack = await subscribe("slack", "../../etc");
    expect(slack.code).toBe(2);
    expect(slack.stderr).toMatch(/"\.\.\/\.\.\/etc" is not a Slack channel id.*\[INPUT_INVALID\]/);
    const discord = await subscribe("discord", "../../applications/1/commands");
    expect(discord.code).toBe(2);
    expect(discord.stderr).toMatch(/is not a Discord channel id: a snowflake/);
    const listed = await cli("digest", "list", "--json");
    expect(JSON.parse(listed.stdout)).toEqual([]);
    // Well-formed ids still subscribe.
    expect((await subscribe("slack", "C0123456")).code).toBe(0);
    expect((await subscribe("discord", "112233445566778899")).code).toBe(0);
    const rows = JSON.parse((await cli("digest", "list", "--json")).stdout) as Array<{ channelId: string }>;
    expect(rows.map((row) => row.channelId).sort()).toEqual(["112233445566778899", "C0123456"]);
  });

  it("from chat: a payload's channel id is checked the same way", async () => {
    const context: CommandContext = {
      platform: "discord",
      channelId: "../../applications/1/commands",
      userId: "U1",
      canManageChannel: true,
    };
    await expect(
      execute("digest", { text: "subscribe russia-china" }, context, { deps: app.deps }),
    ).rejects.toMatchObject({
      code: "INPUT_INVALID",
      message: expect.stringMatching(/not a Discord channel id/),
    });
  });
});
