// DISCORD_SHARDS with the real discord.js against the fake gateway: a process given "1,3/4" opens
// one gateway session per shard it runs, each IDENTIFY naming its shard and the total, and answers
// once an interaction of a server on one of its shards (the fake's guild is on shard 3 of 4: the
// gateway routes a guild's events to shard (guild_id >> 22) % 4); replicas given shards 0 and 2
// would take the other servers.
import { afterAll, beforeAll, expect, it } from "vitest";
import { COMMANDS } from "../../../commands/index.ts";
import { type DiscordAdapter, startDiscord } from "../../../src/adapters/discord/start.ts";
import { parseShards } from "../../../src/config.ts";
import { createLogger } from "../../../src/logger.ts";
import type { SqliteStore } from "../../../src/store/sqlite/store.ts";
import { FakeDiscord } from "../../fakes/discord-api.ts";
import { chatInput } from "../../fakes/discord-interactions.ts";
import { seededStore, TOKEN } from "./harness.ts";

let fake: FakeDiscord;
let adapter: DiscordAdapter;
let store: SqliteStore;
const logs: string[] = [];

beforeAll(async () => {
  fake = await FakeDiscord.start();
  store = await seededStore();
  const plan = parseShards("1,3/4");
  if (typeof plan === "string") throw new Error(plan);
  adapter = await startDiscord({
    config: {
      DISCORD_TOKEN: TOKEN,
      DISCORD_APPLICATION_ID: fake.applicationId,
      DISCORD_API_URL: fake.apiUrl,
      DISCORD_SHARDS: plan,
    },
    deps: { store, clock: () => new Date("2026-11-25T12:00:00Z") },
    commands: COMMANDS,
    logger: createLogger(
      { DISCORD_TOKEN: TOKEN },
      { level: "info", destination: { write: (line: string) => logs.push(line) } },
    ),
    readyTimeoutMs: 20_000,
  });
}, 30_000);

afterAll(async () => {
  await adapter?.stop();
  await fake?.close();
  await store?.close();
});

it("identifies once per shard of DISCORD_SHARDS, each with the total", () => {
  const identifies = fake.gateway.received.filter((frame) => frame.op === 2);
  const shards = identifies.map((frame) => (frame.d as { shard?: number[] }).shard);
  expect(shards.sort()).toEqual([
    [1, 4],
    [3, 4],
  ]);
  expect(adapter.connected).toBe(true);
  expect(logs.join("\n")).toMatch(/"shards":\[1,3\],"shardCount":4/);
});

it("serves a command that arrives on a shard", async () => {
  const sent = fake.push(chatInput(fake, "brief", { topic: "russia-china" }));
  const [first] = await fake.waitForAnswer(sent);
  expect(JSON.stringify(first?.embeds)).toContain("Russia and China");
  // One session got it, so one answer.
  await new Promise((resolve) => setTimeout(resolve, 200));
  expect(fake.answersTo(sent).filter((request) => request.path.endsWith("/callback"))).toHaveLength(1);
});
