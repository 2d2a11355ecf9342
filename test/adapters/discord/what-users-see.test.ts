// What a Discord user sees of briefbot's embeds, through the real discord.js against the fake
// Discord: no empty bold heading in errors and confirmations, /help written for Discord's option
// fields, /digest list naming channels as channel links, and a document's brief with its title
// linked, its source as author and its date as timestamp.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { COMMANDS } from "../../../commands/index.ts";
import { openSqlitePorts, type SqlitePorts } from "../../../src/store/sqlite/sqlite-ports.ts";
import { chatInput, messageCommand, PERMISSIONS } from "../../fakes/discord-interactions.ts";
import { type Harness, startHarness } from "./harness.ts";

interface Embed {
  title?: string;
  url?: string;
  description?: string;
  timestamp?: string;
  author?: { name: string };
  footer?: { text: string };
}

let h: Harness;
/** Subscriptions and ledger, in a database of their own (the harness's store has the topics). */
let digestPorts: SqlitePorts;

beforeAll(async () => {
  h = await startHarness(COMMANDS, { serveArticle: true });
  digestPorts = await openSqlitePorts(":memory:");
  h.deps.digest = {
    digests: digestPorts.digests,
    source: digestPorts.digestSource,
    defaultTimeZone: "UTC",
    firstWindowMs: 86_400_000,
  };
});
afterAll(async () => {
  await h?.close();
  await digestPorts?.close();
});

/** The embeds of the first answer to `name` with `options`, sent by a channel manager. */
async function ask(name: string, options: Record<string, string> = {}): Promise<Embed[]> {
  const sent = h.fake.push(chatInput(h.fake, name, options, { permissions: PERMISSIONS.manageChannels }));
  const [answer] = await h.fake.waitForAnswer(sent, 10_000);
  return (answer?.embeds ?? []) as Embed[];
}

const described = (embeds: Embed[]): string => embeds.map((embed) => embed.description ?? "").join("\n");

describe("Discord embeds as a user reads them", () => {
  it("shows an error's hints without an empty bold heading", async () => {
    const embeds = await ask("brief", { topic: "atlantis" });
    expect(embeds[0]?.title).toContain("atlantis");
    const text = described(embeds);
    expect(text).toContain("russia-china");
    expect(text).not.toContain("****");
    expect(text.split("\n")[0]?.trim()).not.toBe("");
  });

  it("confirms a subscription without an empty bold heading, and lists it with a channel link", async () => {
    const confirmed = await ask("digest subscribe", { topic: "russia-china", at: "08:00" });
    expect(confirmed[0]?.title).toContain("Subscribed");
    expect(described(confirmed)).toContain("Next digest");
    expect(described(confirmed)).not.toContain("****");

    const listed = described(await ask("digest list"));
    expect(listed).toContain(`russia-china → <#${h.fake.channelId}>`);
    expect(listed).not.toContain(`discord ${h.fake.channelId}`);
  });

  it("writes /help for Discord: one command a line, its options as the fields Discord asks for", async () => {
    const [embed] = await ask("help");
    const lines = (embed?.description ?? "").split("\n");
    const quote = lines.find((line) => line.startsWith("**/quote**"));
    expect(quote).toMatch(/^\*\*\/quote\*\* `words` `\[speaker\]` `\[topic\]` `\[limit\]` `\[page\]` — \S/);
    // brief-message is the message menu; action-only commands (context) are reached from buttons.
    for (const command of COMMANDS.filter(
      (c) => c.name !== "brief-message" && !(c.kind === "command" && c.actionOnly),
    )) {
      // One line a command; a command of subcommands has one line a subcommand (/digest subscribe, ...).
      const mine = lines.filter(
        (line) => line.startsWith(`**/${command.name}**`) || line.startsWith(`**/${command.name} `),
      );
      expect(mine.length, command.name).toBe(command.kind === "group" ? command.subcommands.length : 1);
    }
    expect(lines.some((line) => line.startsWith("**/context**"))).toBe(false);
    // No text syntax Discord's option fields do not use.
    expect(embed?.description).not.toMatch(/speaker:|<\w+>|\be\.g\./);
    expect(embed?.footer?.text).toContain("field");
    expect(embed?.footer?.text).not.toContain('speaker:"');
  });

  it("shows a document brief's source as author and its date as timestamp", async () => {
    const message = [
      "title: Pipeline talks resume in Beijing",
      "date: 2026-11-20",
      "source: Example News",
      "",
      "Russia and China resumed talks on the Power of Siberia 2 pipeline on Thursday in Beijing.",
      "“We are close to an agreement,” said Alexei Miller, the head of Gazprom.",
    ].join("\n");
    const sent = h.fake.push(messageCommand(h.fake, "Brief this message", message));
    const [answer] = await h.fake.waitForAnswer(sent, 10_000);
    const [first] = (answer?.embeds ?? []) as Embed[];
    expect(first?.title).toBe("Pipeline talks resume in Beijing");
    expect(first?.author?.name).toBe("Example News");
    expect(first?.timestamp).toBe("2026-11-20T00:00:00.000Z");
    // A message has no page of its own: no title link.
    expect(first?.url).toBeUndefined();
  });

  it("links a briefed article's title to the article", async () => {
    const sent = h.fake.push(messageCommand(h.fake, "Brief this message", `Worth reading: ${h.articleUrl}`));
    const [answer] = await h.fake.waitForAnswer(sent, 10_000);
    const [first] = (answer?.embeds ?? []) as Embed[];
    expect(first?.title).toBe("Arctic shipping route opens early");
    expect(first?.url).toBe(h.articleUrl);
  });
});
