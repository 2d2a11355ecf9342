// "Done when", end to end: `node bin/briefbot.js start` with DISCORD_* pointing at the fake logs in,
// answers /brief russia-china from the bundled briefs with key points, actors and quotes with
// speakers, offers russia-china for `topic: rus`, and `briefbot discord register` PUTs the commands.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FakeDiscord } from "../../fakes/discord-api.ts";
import { autocomplete, chatInput } from "../../fakes/discord-interactions.ts";
import { TOKEN } from "./harness.ts";

const ROOT = join(import.meta.dirname, "../../..");
let fake: FakeDiscord;
let dir: string;
let env: NodeJS.ProcessEnv;
let bot: ChildProcess | null = null;
let stderr = "";

beforeAll(async () => {
  fake = await FakeDiscord.start();
  dir = mkdtempSync(join(tmpdir(), "briefbot-discord-"));
  env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    DISCORD_TOKEN: TOKEN,
    DISCORD_APPLICATION_ID: fake.applicationId,
    DISCORD_API_URL: fake.apiUrl,
    BRIEFBOT_DB: join(dir, "briefbot.db"),
    LOG_LEVEL: "info",
  };
});

afterAll(async () => {
  if (bot && bot.exitCode === null) bot.kill("SIGKILL");
  await fake?.close();
  rmSync(dir, { recursive: true, force: true });
});

function exitOf(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) resolve(child.exitCode);
    else child.once("exit", (code) => resolve(code));
  });
}

describe("briefbot start with Discord", () => {
  it("registers the commands with `briefbot discord register`", async () => {
    const child = spawn(
      process.execPath,
      ["bin/briefbot.js", "discord", "register", "--guild", fake.guildId],
      {
        cwd: ROOT,
        env,
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    let out = "";
    child.stdout?.on("data", (chunk) => {
      out += chunk;
    });
    expect(await exitOf(child)).toBe(0);
    expect(out).toContain(`(guild ${fake.guildId})`);
    const names = fake.commands.get(fake.guildId)?.map((command) => command.name) ?? [];
    expect(names).toEqual(expect.arrayContaining(["brief", "quote", "who", "topics", "Brief this message"]));
  });

  it("logs in, answers /brief russia-china with key points, actors and quoted speakers, and autocompletes", async () => {
    bot = spawn(process.execPath, ["bin/briefbot.js", "start"], {
      cwd: ROOT,
      env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    bot.stderr?.on("data", (chunk) => {
      stderr += chunk;
    });
    const exited = exitOf(bot).then((code) => {
      throw new Error(`briefbot exited early (${code}): ${stderr.slice(-2000)}`);
    });
    await Promise.race([fake.gateway.ready(), exited]);
    expect(fake.gateway.identifyCount).toBe(1);

    const sent = fake.push(chatInput(fake, "brief", { topic: "russia-china" }));
    const [answer] = await Promise.race([fake.waitForAnswer(sent, 20_000), exited]);
    expect(answer?.allowed_mentions).toEqual({ parse: [] });
    const embeds = (answer?.embeds ?? []) as Array<{ title?: string; description?: string }>;
    const description = embeds.map((embed) => embed.description ?? "").join("\n");
    expect(embeds[0]?.title).toBeTruthy();
    expect(description).toMatch(/\*\*Key points\*\*\n• \S/);
    expect(description).toMatch(/\*\*Actors\*\*\n• \*\*[^*]+\*\*/);
    // At least one quote with a named speaker.
    expect(description).toMatch(/• “[^”]+” — \*\*[^*]+\*\*/);

    const typed = fake.push(autocomplete(fake, "brief", "topic", "rus"));
    const callback = await fake.waitFor(
      (request) => request.path === `/interactions/${typed.id}/${typed.token}/callback`,
    );
    const choices = (callback.body as { data: { choices: Array<{ value: string }> } }).data.choices;
    expect(choices.map((choice) => choice.value)).toContain("russia-china");

    // Stop only once start() is done: a SIGTERM during start is a different test.
    for (let i = 0; i < 200 && !stderr.includes("briefbot is up"); i++)
      await new Promise((resolve) => setTimeout(resolve, 50));
    bot.kill("SIGTERM");
    const code = await exitOf(bot);
    if (code !== 0) console.log(stderr);
    expect(code).toBe(0);
    expect(stderr).toContain("discord: connected");
    expect(stderr).not.toContain(TOKEN);
    expect(stderr).not.toContain(sent.token);
  });
});
