// `briefbot digest` end to end: subscribe from the shell, then `run-due --now <slot>` twice against
// the Discord fake posts one digest.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { FakeDiscord } from "../fakes/discord-api.ts";
import { runCliInProcess as cli } from "../support/capture-io.ts";

let discord: FakeDiscord;
let dir: string;
const saved = { ...process.env };

beforeAll(async () => {
  discord = await FakeDiscord.start();
  dir = mkdtempSync(join(tmpdir(), "briefbot-cli-digest-"));
  Object.assign(process.env, {
    BRIEFBOT_DB: join(dir, "briefbot.db"),
    BRIEFBOT_BRIEFS_DIR: resolve("briefs"),
    DISCORD_TOKEN: "discord-test-token",
    DISCORD_APPLICATION_ID: discord.applicationId,
    DISCORD_API_URL: discord.apiUrl,
    LOG_LEVEL: "silent",
  });
  delete process.env.SLACK_BOT_TOKEN;
});

afterAll(async () => {
  process.env = saved;
  await discord.close();
  rmSync(dir, { recursive: true, force: true });
});

it("run-due twice for the same slot posts once", async () => {
  const subscribed = await cli(
    "digest",
    "subscribe",
    "--platform",
    "discord",
    "--channel",
    "5001",
    "--topic",
    "russia-china",
    "--at",
    "08:00",
    "--tz",
    "UTC",
  );
  expect(subscribed.stderr).toBe("");
  expect(subscribed.code).toBe(0);
  expect(subscribed.stdout).toContain("Subscribed: Russia and China");
  // The next 08:00 UTC: the bundled document, just loaded, is within its first window.
  const slot = new Date();
  slot.setUTCHours(8, 0, 0, 0);
  if (slot.getTime() <= Date.now()) slot.setUTCDate(slot.getUTCDate() + 1);
  const first = await cli("digest", "run-due", "--now", slot.toISOString());
  const second = await cli("digest", "run-due", "--now", slot.toISOString());
  expect(first.stdout).toContain("1 sent");
  expect(second.stdout).toContain("0 sent");
  expect([first.code, second.code]).toEqual([0, 0]);
  const posts = discord.requests.filter(
    (request) =>
      request.method === "POST" && request.path === "/channels/5001/messages" && request.status === 200,
  );
  expect(posts).toHaveLength(1);
  const body = JSON.stringify(posts[0]!.body);
  expect(body).toContain("Russia and China");
  expect(body).toContain("allowed_mentions");
  const listed = await cli("digest", "list", "--json");
  const rows = JSON.parse(listed.stdout) as Array<{ lastDelivered: { status: string; slot: string } }>;
  expect(rows[0]!.lastDelivered).toMatchObject({ status: "sent", slot: slot.toISOString() });
});

it("explains bad use with the usage and exit code 2", async () => {
  const unknown = await cli("digest", "explode");
  expect(unknown.code).toBe(2);
  expect(unknown.stderr).toContain("usage: briefbot digest subscribe");
  const badTime = await cli("digest", "run-due", "--now", "yesterday");
  expect(badTime.code).toBe(2);
  const badZone = await cli(
    "digest",
    "subscribe",
    "--platform",
    "discord",
    "--channel",
    "1",
    "--topic",
    "russia-china",
    "--tz",
    "Nowhere/Land",
  );
  expect(badZone.stderr).toContain("TIMEZONE_INVALID");
});
