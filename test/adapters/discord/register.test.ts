// `briefbot discord register` against the fake Discord: the PUT body built from commands/, the
// changes it reports, guild and global scope, and clear errors.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { COMMANDS } from "../../../commands/index.ts";
import { buildApplicationCommands } from "../../../src/adapters/discord/command-json.ts";
import { registerCommands } from "../../../src/adapters/discord/register.ts";
import { run } from "../../../src/cli/discord.ts";
import type { CliIo } from "../../../src/cli/io.ts";
import { FakeDiscord } from "../../fakes/discord-api.ts";
import { TOKEN } from "./harness.ts";
import { adminCommand } from "./test-commands.ts";

let fake: FakeDiscord;
beforeAll(async () => {
  fake = await FakeDiscord.start();
});
afterAll(async () => {
  await fake?.close();
});

function captureIo(): CliIo & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, isTTY: false, stdout: (text) => out.push(text), stderr: (text) => err.push(text) };
}

describe("application command JSON", () => {
  it("types options, orders required ones first, flags autocomplete and admin permissions", () => {
    const body = buildApplicationCommands([...COMMANDS, adminCommand]);
    const brief = body.find((command) => command.name === "brief") as unknown as Record<string, unknown>;
    expect(brief).toMatchObject({
      type: 1,
      description: expect.any(String),
      default_member_permissions: null,
      options: [
        { name: "topic", type: 3, required: true, autocomplete: true },
        { name: "since", type: 3, required: false, autocomplete: false },
        { name: "story", type: 3, required: false, autocomplete: false },
        { name: "page", type: 4, required: false, autocomplete: false },
        { name: "chart", type: 5, required: false },
      ],
    });
    // /digest is admin-only: hidden from members without Manage Channels unless a server grants it;
    // its actions are Discord subcommands (type 1) with typed options, the shell-only ones left out.
    const digest = body.find((command) => command.name === "digest") as unknown as {
      default_member_permissions: string;
      options: Array<{ name: string; type: number; options: Array<{ name: string; type: number }> }>;
    };
    expect(digest.default_member_permissions).toBe("16");
    expect(digest.options.map((option) => [option.name, option.type])).toEqual([
      ["subscribe", 1],
      ["unsubscribe", 1],
      ["list", 1],
      ["now", 1],
    ]);
    const subscribe = digest.options[0]?.options.map((option) => `${option.name}:${option.type}`);
    expect(subscribe).toEqual(["topic:3", "at:3", "tz:3", "days:3", "cron:3", "thread:5", "notice:5"]);
    const admin = body.find((command) => command.name === "admin-thing");
    expect(admin).toMatchObject({
      default_member_permissions: "16",
      options: [{ name: "count", type: 4, required: false }],
    });
    // brief-message is a slash command and, once, the message context-menu command.
    expect(body.filter((command) => command.name === "brief-message").map((command) => command.type)).toEqual(
      [1],
    );
    expect(body.filter((command) => command.type === 3)).toEqual([
      { type: 3, name: "Brief this message", default_member_permissions: null },
    ]);
    for (const command of body) {
      if (command.type === 1) {
        expect(command.name).toMatch(/^[-_a-z0-9]{1,32}$/);
        expect((command as { description: string }).description.length).toBeLessThanOrEqual(100);
      }
    }
  });

  it("refuses a name Discord would refuse", () => {
    expect(() => buildApplicationCommands([{ ...adminCommand, name: "Bad Name" }])).toThrow(
      /not a valid Discord name/,
    );
  });
});

describe("registration", () => {
  it("PUTs the commands to a guild and reports them added, then unchanged, then updated and removed", async () => {
    const options = {
      token: TOKEN,
      applicationId: fake.applicationId,
      apiUrl: fake.apiUrl,
      guildId: fake.guildId,
    };
    const first = await registerCommands({ ...options, commands: [...COMMANDS, adminCommand] });
    expect(first.scope).toBe(`guild ${fake.guildId}`);
    expect(first.added).toContain("/brief");
    expect(first.added).toContain("/admin-thing");
    const put = fake.requests.find((request) => request.method === "PUT");
    expect(put?.path).toBe(`/applications/${fake.applicationId}/guilds/${fake.guildId}/commands`);
    expect(put?.headers.authorization).toBe(`Bot ${TOKEN}`);
    expect(put?.body).toEqual(first.body);

    const again = await registerCommands({ ...options, commands: [...COMMANDS, adminCommand] });
    expect(again.added).toEqual([]);
    expect(again.updated).toEqual([]);
    expect(again.removed).toEqual([]);
    expect(again.unchanged).toContain("/brief");

    const changed = await registerCommands({
      ...options,
      commands: [...COMMANDS, { ...adminCommand, description: "Changed" }].filter(
        (command) => command.name !== "topics",
      ),
    });
    expect(changed.updated).toEqual(["/admin-thing"]);
    expect(changed.removed).toEqual(["/topics"]);
    expect(fake.commands.get(fake.guildId)?.map((command) => command.name)).not.toContain("topics");
  });

  it("registers globally through the CLI and prints what changed", async () => {
    const io = captureIo();
    const env = {
      DISCORD_TOKEN: TOKEN,
      DISCORD_APPLICATION_ID: fake.applicationId,
      DISCORD_API_URL: fake.apiUrl,
    };
    expect(await run(["register"], io, env)).toBe(0);
    const out = io.out.join("");
    expect(out).toMatch(/registered \d+ commands \(global\)/);
    expect(out).toContain("added      /brief");
    expect(fake.commands.get("global")?.map((command) => command.name)).toContain("brief");

    const dry = captureIo();
    const puts = fake.requests.filter((request) => request.method === "PUT").length;
    expect(await run(["register", "--dry-run"], dry, env)).toBe(0);
    expect(dry.out.join("")).toContain("no changes");
    expect(fake.requests.filter((request) => request.method === "PUT").length).toBe(puts);
  });

  it("explains a refused token and bad arguments", async () => {
    fake.fail({
      method: "GET",
      path: /\/commands$/,
      status: 401,
      body: { message: "401: Unauthorized", code: 0 },
    });
    const env = {
      DISCORD_TOKEN: TOKEN,
      DISCORD_APPLICATION_ID: fake.applicationId,
      DISCORD_API_URL: fake.apiUrl,
    };
    await expect(run(["register"], captureIo(), env)).rejects.toMatchObject({
      code: "PLATFORM_FAILED",
      hints: [expect.stringContaining("DISCORD_TOKEN was refused")],
    });
    await expect(run(["register", "--guild", "abc"], captureIo(), env)).rejects.toMatchObject({
      code: "INPUT_INVALID",
    });
    await expect(run(["register"], captureIo(), {})).rejects.toMatchObject({ code: "CONFIG_INVALID" });
    await expect(run(["launch"], captureIo(), env)).rejects.toMatchObject({ code: "INPUT_INVALID" });
  });
});
