// The one pipeline (commands/execute.ts) on the bundled topic: every example that help and the
// README show answers with results; the same bad input gets the same plain message on every
// surface; `since` takes any sane window and "all"; the CLI's flags come from the same fields.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CommandContext } from "../../commands/command.ts";
import { execute, prepare } from "../../commands/execute.ts";
import { helpData } from "../../commands/help.ts";
import { COMMANDS } from "../../commands/index.ts";
import { type App, createApp } from "../../src/app.ts";
import { loadConfig } from "../../src/config.ts";
import { BriefbotError } from "../../src/core/errors.ts";
import type { CommandSource } from "../../src/core/platforms.ts";
import type { Reply } from "../../src/core/reply.ts";
import { createLogger } from "../../src/logger.ts";

let dir: string;
let app: App;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "briefbot-pipeline-"));
  const config = loadConfig({ BRIEFBOT_DB: join(dir, "briefbot.db") });
  app = await createApp(config, { logger: createLogger({}, { level: "silent" }) });
}, 30_000);
afterAll(async () => {
  await app?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const contextOn = (platform: CommandSource): CommandContext => ({
  platform,
  channelId: platform === "slack" ? "C0EXAMPLE" : "terminal",
  userId: "U1",
  canManageChannel: true,
});

/** Runs a chat line ("/brief russia-china 7d") where it can be typed: Slack, else the terminal. */
async function say(line: string, platform: CommandSource = "slack"): Promise<Reply> {
  const [, name = "", text = ""] = /^\/(\S+)\s*(.*)$/s.exec(line) ?? [];
  const typedOnSlack = prepareOk(name, text, "slack");
  const surface = platform === "slack" && !typedOnSlack ? "terminal" : platform;
  return (await execute(name, { text }, contextOn(surface), { deps: app.deps })).reply;
}

const prepareOk = (name: string, text: string, surface: CommandSource): boolean => {
  try {
    prepare(name, { text }, surface);
    return true;
  } catch {
    return false;
  }
};

const failure = async (promise: Promise<unknown>): Promise<BriefbotError> => {
  try {
    await promise;
  } catch (error) {
    if (error instanceof BriefbotError) return error;
    throw error;
  }
  throw new Error("expected a BriefbotError");
};

const EMPTY = /No quotes found|No documents|Nothing yet|None yet|Nothing found/;

/** A reply with results: no error, at least one item, none of the "nothing here" answers. */
function expectResults(reply: Reply, line: string): void {
  expect(reply.errorCode, line).toBeUndefined();
  expect(reply.sections.flatMap((section) => section.items).length, line).toBeGreaterThan(0);
  expect(JSON.stringify(reply), line).not.toMatch(EMPTY);
}

describe("examples", () => {
  const examples = COMMANDS.flatMap((definition) => helpData(definition, "terminal").examples);

  it("every command shows at least one example in its help", () => {
    for (const definition of COMMANDS) {
      expect(helpData(definition, "terminal").examples.length, definition.name).toBeGreaterThan(0);
    }
  });

  it.each(examples)("%s answers with results on the bundled topic", async (line) => {
    expectResults(await say(line), line);
  });

  it("the README's examples answer with results too", async () => {
    const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
    const names = COMMANDS.map((definition) => definition.name).join("|");
    const lines = [...readme.matchAll(new RegExp(`\`(/(?:${names})(?: [^\`<>\\[\\]|]*)?)\``, "g"))]
      .map((match) => (match[1] ?? "").trim())
      // A bare "/brief" names the command in prose; examples have arguments or take none.
      .filter((line) => !line.includes("...") && (line.includes(" ") || ["/topics", "/help"].includes(line)));
    expect(lines).toEqual(expect.arrayContaining(["/brief russia-china", "/topics"]));
    for (const line of new Set(lines)) {
      // `/brief help` and `/help` answer with help, which is a result too.
      expectResults(await say(line, "terminal"), line);
    }
  });
});

describe("since", () => {
  it.each(["36500d", "100y", "all", "ALL", "5200w", "2022-01-01"])(
    "accepts %s and finds the bundled document",
    async (since) => {
      const { data } = await execute("brief", { text: `russia-china ${since}` }, contextOn("terminal"), {
        deps: app.deps,
      });
      expect((data as { documentCount: number }).documentCount).toBe(1);
    },
  );

  it("refuses a window over 100 years, saying what it takes", async () => {
    const error = await failure(say("/brief russia-china 36600d"));
    expect(error.code).toBe("INPUT_INVALID");
    expect(error.message).toMatch(/at most 100 years/);
    expect(error.message).toMatch(/"all"/);
  });
});

describe("one pipeline, one message", () => {
  it("/quote help shows usage on every surface, and never searches for the word help", async () => {
    for (const surface of ["slack", "discord", "terminal"] as const) {
      const { reply } = await execute("quote", { text: "help" }, contextOn(surface), { deps: app.deps });
      expect(reply.title).toBe("/quote");
      expect(JSON.stringify(reply)).toContain("/quote <words>");
    }
  });

  it("a bad value reads the same from chat text and from typed options", async () => {
    const fromText = await failure(say("/quote mirror limit:0", "terminal"));
    const fromOptions = await failure(
      execute("quote", { values: { words: "mirror", limit: 0 } }, contextOn("discord"), { deps: app.deps }),
    );
    expect(fromText.message).toBe("/quote: limit must be at least 1");
    expect(fromOptions.message).toBe(fromText.message);
  });

  it("an empty option, an unclosed quote and a bad number get plain words and the usage, not zod's", async () => {
    for (const line of ["/quote mirror speaker:", '/quote closer ties speaker:"Bonny Lin']) {
      const error = await failure(say(line));
      expect(error.code, line).toBe("INPUT_INVALID");
      expect(error.message, line).not.toMatch(/Too small|expected string|>=/);
      expect(error.hints, line).toEqual([expect.stringMatching(/^usage: \/quote <words>/)]);
    }
    expect((await failure(say("/quote mirror speaker:"))).message).toMatch(/speaker: has no value/);
    expect((await failure(say('/quote x speaker:"Bonny Lin'))).message).toMatch(/never closed/);
    const cli = (() => {
      try {
        prepare("quote", { argv: ["x", "--limit", "-1"] }, "cli");
      } catch (error) {
        return error as BriefbotError;
      }
      throw new Error("expected an error");
    })();
    expect(cli.message).toBe("quote: limit must be at least 1");
    expect(cli.hints[0]).toMatch(/^usage: briefbot quote <words> .*--limit <n>/);
  });

  it("says how many quotes matched when it shows fewer: 2 of 4", async () => {
    const { data, reply } = await execute("quote", { argv: ["m*", "--limit", "2"] }, contextOn("cli"), {
      deps: app.deps,
    });
    const { total, hits } = data as { total: number; hits: unknown[] };
    expect(hits).toHaveLength(2);
    expect(total).toBeGreaterThan(2);
    expect(reply.sections[0]?.heading).toBe(`2 of ${total} found`);
  });

  it("the CLI's flags are the command's fields: --speaker, --topic, --limit, --json", () => {
    const prepared = prepare(
      "quote",
      {
        argv: ["closer", "ties", "--speaker", "Bonny Lin", "--topic=russia-china", "--limit", "3", "--json"],
      },
      "cli",
    );
    expect(prepared).toMatchObject({
      kind: "run",
      format: "json",
      input: { words: "closer ties", speaker: "Bonny Lin", topic: "russia-china", limit: 3 },
    });
    expect(() => prepare("quote", { argv: ["x", "--speakr", "Lin"] }, "cli")).toThrow(
      /did you mean --speaker/,
    );
  });

  it("digest subcommands: shells name the channel, chat uses its own, and a member may not subscribe", async () => {
    const member = { ...contextOn("slack"), canManageChannel: false };
    const denied = await failure(
      execute("digest", { text: "subscribe russia-china" }, member, { deps: app.deps }),
    );
    expect(denied.code).toBe("PERMISSION_DENIED");
    const { data } = await execute(
      "digest",
      {
        argv: [
          "subscribe",
          "russia-china",
          "--platform",
          "discord",
          "--channel",
          "123456789012345678",
          "--at",
          "07:00",
        ],
      },
      contextOn("cli"),
      { deps: app.deps },
    );
    expect(data).toMatchObject({ platform: "discord", channelId: "123456789012345678", cron: "0 7 * * *" });
    const shell = await failure(
      execute("digest", { text: "subscribe russia-china" }, contextOn("terminal"), { deps: app.deps }),
    );
    expect(shell.message).toMatch(/name one/);
  });
});

describe("brief-message in the terminal", () => {
  it("says that it stores the message", async () => {
    const reply = await say(
      "/brief-message The mayor said on Monday that the old bridge would reopen next week after repairs to its deck.",
      "terminal",
    );
    expect(reply.subtitle).toMatch(/^Stored in briefbot's database/);
  });
});
