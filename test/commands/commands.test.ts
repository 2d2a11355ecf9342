import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { briefCommand } from "../../commands/brief.ts";
import type { Command, CommandContext } from "../../commands/command.ts";
import { documentReply } from "../../commands/document-reply.ts";
import { errorReply } from "../../commands/error-reply.ts";
import { execute } from "../../commands/execute.ts";
import { COMMANDS } from "../../commands/index.ts";
import { quoteCommand } from "../../commands/quote.ts";
import { topicsCommand } from "../../commands/topics.ts";
import { whoCommand } from "../../commands/who.ts";
import { BriefbotError } from "../../src/core/errors.ts";
import type { Reply } from "../../src/core/reply.ts";
import { seedDocument, seededStore } from "./seed-store.ts";

const context: CommandContext = { platform: "terminal", channelId: "t", userId: "u", canManageChannel: true };
let seeded: Awaited<ReturnType<typeof seededStore>>;
beforeAll(async () => {
  seeded = await seededStore();
});
afterAll(() => seeded.cleanup());

/** A command's Reply, run directly with an already valid input. */
const replyOf = async (command: Command, input: unknown) =>
  (await command.run(seeded.deps, input, context)).reply;
/** The Reply of a command line typed in the terminal, through the whole pipeline. */
const say = async (name: string, text: string) =>
  (await execute(name, { text }, context, { deps: seeded.deps })).reply;

const section = (reply: Reply, heading: string) => reply.sections.find((entry) => entry.heading === heading);
const rejects = async (promise: Promise<unknown>): Promise<BriefbotError> => {
  try {
    await promise;
  } catch (error) {
    if (error instanceof BriefbotError) return error;
    throw error;
  }
  throw new Error("expected a BriefbotError");
};

describe("/brief", () => {
  it("answers with key points, actors and quotes, each citing its document and sentence", async () => {
    const reply = await replyOf(briefCommand, { topic: "russia-china" });
    expect(reply.title).toBe("Russia and China");
    expect(reply.subtitle).toMatch(/^2 documents/);
    // A story's headline is shown under Stories and not repeated under Key points.
    const stories = section(reply, "Stories")?.items ?? [];
    expect(stories.map((item) => item.detail)).toEqual([
      expect.stringMatching(/1 document · .*story:[a-z0-9]+$/),
      expect.stringMatching(/1 document · .*story:[a-z0-9]+$/),
    ]);
    const points = [...stories, ...(section(reply, "Key points")?.items ?? [])];
    expect(new Set(points.map((item) => item.text)).size).toBe(points.length);
    expect(points.map((item) => item.text)).toContain(
      "Russia is hosting the “Vostok-2022” military exercise involving 15 countries in the east of the country.",
    );
    for (const item of points) expect(item.citation?.title).toBeTruthy();
    expect(section(reply, "Actors")?.items.map((item) => item.text)).toEqual(
      expect.arrayContaining(["Russia", "China", "Bonny Lin"]),
    );
    const quotes = section(reply, "Quotes")?.items ?? [];
    expect(quotes.some((item) => item.speaker === "Bonny Lin" && item.text.includes("mirror"))).toBe(true);
    expect(quotes.some((item) => item.speaker === "Russian Ministry of Defense")).toBe(true);
    // The licensed document's attribution is shown because its text is.
    expect(reply.footer).toMatch(/CC BY 2\.5 \(https:\/\/en\.wikinews\.org\/wiki\/Leaders_meet\)/);
    expect(reply.ephemeral).toBe(false);
  });

  it("opens one story in full by the id the brief shows, and names a wrong id", async () => {
    const reply = await replyOf(briefCommand, { topic: "russia-china" });
    const detail = section(reply, "Stories")?.items[0]?.detail ?? "";
    const id = /story:([a-z0-9-]+)$/.exec(detail)?.[1];
    expect(id).toBeTruthy();
    const story = await say("brief", `russia-china story:${id}`);
    expect(story.title).toBe(`Russia and China: story ${id}`);
    expect(story.subtitle).toMatch(/1 document · 1 source/);
    expect(section(story, "Headline")?.items[0]?.text).toBe(section(reply, "Stories")?.items[0]?.text);
    expect(section(story, "Documents")?.items).toHaveLength(1);
    const missing = await rejects(say("brief", "russia-china story:0000"));
    expect(missing.code).toBe("STORY_NOT_FOUND");
    const bad = await rejects(say("brief", "russia-china story:<!channel>"));
    expect(bad.code).toBe("INPUT_INVALID");
  });

  it("narrows to a window with since", async () => {
    const recent = await say("brief", "russia-china 30d");
    expect(recent.subtitle).toMatch(/^1 document · since 2026-01-30/);
    const all = await say("brief", "russia-china 2020-01-01");
    expect(all.subtitle).toMatch(/^2 documents/);
  });

  it("says so when a topic has no documents", async () => {
    const reply = await replyOf(briefCommand, { topic: "empty-topic" });
    expect(reply.sections[0]?.items[0]?.text).toMatch(/No documents/);
  });

  it("answers an unknown topic with the known ones", async () => {
    const error = await rejects(briefCommand.run(seeded.deps, { topic: "russia" }, context));
    expect(error.code).toBe("TOPIC_NOT_FOUND");
    expect(error.hints.join("\n")).toMatch(/did you mean russia-china\?/);
    expect(error.hints.join("\n")).toMatch(/known topics: empty-topic, russia-china/);
    const typo = await rejects(briefCommand.run(seeded.deps, { topic: "rusia-china" }, context));
    expect(typo.hints[0]).toBe("did you mean russia-china?");
    const far = await rejects(briefCommand.run(seeded.deps, { topic: "x" }, context));
    expect(far.hints).toEqual(["known topics: empty-topic, russia-china"]);
  });

  it("/brief help explains the command", async () => {
    const reply = await say("brief", "help");
    expect(reply.ephemeral).toBe(true);
    expect(JSON.stringify(reply)).toMatch(/\/brief <topic> \[since\]/);
  });
});

describe("/quote", () => {
  it("finds a quote by words, with speaker and source", async () => {
    const reply = await replyOf(quoteCommand, { words: "mirror" });
    const items = reply.sections[0]?.items ?? [];
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ kind: "quote", speaker: "Bonny Lin" });
    expect(items[0]?.citation?.sentence).toBe(19);
  });
  it("filters by speaker by any alias and by topic; an unknown topic lists the known ones", async () => {
    const reply = await say("quote", "ties speaker:Lin topic:russia-china");
    expect(reply.sections[0]?.items.map((item) => item.text)).toEqual(["We agreed on closer ties,"]);
    expect(reply.footer).toMatch(/Wikinews, CC BY 2\.5/);
    const error = await rejects(say("quote", "ties topic:nowhere"));
    expect(error.code).toBe("TOPIC_NOT_FOUND");
  });
  it("answers no hits in words and survives search syntax", async () => {
    for (const text of ["AND OR NOT", "*", "NEAR(a b)", "col:umn", "speaker:Nobody"]) {
      const reply = await say("quote", text);
      expect(reply.errorCode).toBeUndefined();
    }
    const none = await replyOf(quoteCommand, { words: "zebra" });
    expect(none.sections[0]?.heading).toBe("No quotes found");
  });
});

describe("/who", () => {
  it("profiles an actor named by an alias", async () => {
    const reply = await replyOf(whoCommand, { name: "Lin" });
    expect(reply.title).toBe("Bonny Lin");
    expect(reply.subtitle).toBe("person");
    const text = JSON.stringify(reply);
    expect(text).toMatch(/2 documents/);
    expect(text).toMatch(/mirror/);
    expect(text).toMatch(/co-author/);
  });
  it("answers an unknown name with ACTOR_NOT_FOUND", async () => {
    const error = await rejects(whoCommand.run(seeded.deps, { name: "Nobody Atall" }, context));
    expect(error.code).toBe("ACTOR_NOT_FOUND");
  });
});

describe("/topics and /help", () => {
  it("/topics lists topics with their counts", async () => {
    const reply = await replyOf(topicsCommand, {});
    const texts = reply.sections[0]?.items.map((item) => `${item.text} | ${item.detail}`) ?? [];
    expect(texts.some((text) => /^russia-china: Russia and China \| 2 documents/.test(text))).toBe(true);
    expect(texts.some((text) => /^empty-topic: .*0 documents/.test(text))).toBe(true);
  });
  it("/help lists every command with its usage", async () => {
    const reply = await say("help", "");
    const text = JSON.stringify(reply);
    for (const command of COMMANDS) expect(text).toContain(`/${command.name}`);
  });
  it("an unknown command is COMMAND_NOT_FOUND listing the commands", async () => {
    const error = await rejects(say("breif", "x"));
    expect(error.code).toBe("COMMAND_NOT_FOUND");
    expect(error.hints[0]).toBe("did you mean /brief?");
    expect(error.hints.join(" ")).toMatch(/commands: \/brief, \/quote/);
  });
});

describe("documentReply and errorReply", () => {
  it("shows one document's brief with citations and its licence", () => {
    const { brief } = seedDocument();
    const reply = documentReply(brief, { license: "CC BY 2.5", source: "Wikinews", note: "Added" });
    expect(reply.title).toBe(brief.document.title);
    expect(reply.subtitle).toMatch(/^Added · 2022-09-07 · Wikinews/);
    expect(reply.sections.map((entry) => entry.heading)).toEqual(["Key points", "Actors", "Quotes"]);
    expect(reply.sections[2]?.items[1]?.citation).toMatchObject({
      documentId: brief.document.id,
      sentence: 19,
      license: "CC BY 2.5",
    });
    expect(reply.footer).toMatch(/Wikinews, CC BY 2\.5/);
  });
  it("shows a speaker the text does not name as unnamed, and a named one by its name", () => {
    const { brief } = seedDocument();
    const first = brief.quotes[0]!;
    const quotes = [
      { ...first, speaker: { name: "a ministry spokeswoman", type: "person" as const, named: false } },
      { ...first, speaker: { name: "Bonny Lin", type: "person" as const, named: true } },
    ];
    const reply = documentReply({ ...brief, quotes });
    expect(section(reply, "Quotes")?.items.map((item) => item.speaker)).toEqual([
      "a ministry spokeswoman (unnamed)",
      "Bonny Lin",
    ]);
  });
  it("turns errors into plain answers with their code, and hides internal ones", () => {
    const known = errorReply(
      new BriefbotError("TOPIC_NOT_FOUND", 'unknown topic "x"', { hints: ["known topics: a"] }),
    );
    expect(known).toMatchObject({
      title: 'unknown topic "x"',
      errorCode: "TOPIC_NOT_FOUND",
      ephemeral: true,
    });
    const internal = errorReply(new Error("SQLITE_CORRUPT at /secret/path"));
    expect(internal.errorCode).toBe("INTERNAL");
    expect(JSON.stringify(internal)).not.toMatch(/secret/);
  });
});
