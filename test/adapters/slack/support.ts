// A tiny command list for the Slack adapter tests: real Command objects (zod input, usage, run)
// that record what they were asked, so tests count side effects. The store is never touched.
import { z } from "zod";
import { type CommandDefinition, defineCommand, defineGroup, field } from "../../../commands/command.ts";
import { BriefbotError } from "../../../src/core/errors.ts";
import type { Store } from "../../../src/core/ports.ts";
import type { Reply, ReplyItem } from "../../../src/core/reply.ts";
import { createLogger, type Logger } from "../../../src/logger.ts";

export const BOT_TOKEN = "xoxb-111-222-testtokenvalue";
export const APP_TOKEN = "xapp-1-A111-222-testapptoken";
export const SIGNING_SECRET = "8f742231b10e8888abcd99yyyzzz85a5";

/** What the test commands saw. */
export interface Calls {
  brief: { topic: string; channelId: string; userId: string }[];
  briefMessage: Record<string, unknown>[];
  digest: { canManage: boolean }[];
}

const citation = (n: number, url: string | null = `https://news.example/story-${n}?a=1&b=2`) => ({
  documentId: `doc-${n}`,
  title: `Story ${n}: Moscow & Beijing`,
  url,
  date: "2022-09-07",
  sentence: n,
});

/** A brief-like Reply with `points` key points, `actors` actors and `quotes` quotes. */
export function sampleReply(size: {
  points: number;
  actors: number;
  quotes: number;
  wordLength?: number;
}): Reply {
  const long = size.wordLength ? "x".repeat(size.wordLength) : "";
  const points: ReplyItem[] = Array.from({ length: size.points }, (_, i) => ({
    kind: "point",
    text: `Key point ${i + 1}: China and Russia held joint exercises ${long}`,
    citation: citation(i),
  }));
  const actors: ReplyItem[] = Array.from({ length: size.actors }, (_, i) => ({
    kind: "actor",
    text: i === 0 ? "Bonny Lin" : `Actor ${i + 1}`,
    detail: "person, 3 mentions",
  }));
  const quotes: ReplyItem[] = Array.from({ length: size.quotes }, (_, i) => ({
    kind: "quote",
    text: `Quote ${i + 1}: the partnership has limits ${long}`,
    speaker: i % 2 === 0 ? "Bonny Lin" : null,
    citation: citation(i),
  }));
  return {
    title: "Russia and China",
    subtitle: "3 documents, 2022-09-01 to 2022-09-07",
    sections: [
      { heading: "Key points", items: points },
      { heading: "Actors", items: actors },
      { heading: "Quotes", items: quotes },
    ],
    footer: "Sources: Wikinews (CC BY 2.5)",
    ephemeral: false,
  };
}

/** A Reply whose document text tries to ping, link and disguise. */
export function hostileReply(): Reply {
  return {
    title: "Alert <!channel> & friends",
    sections: [
      {
        heading: "Key points",
        items: [
          {
            kind: "point",
            text: "Hello <!channel> and <@U123> and <!here>, see <https://evil.example|your bank> \u202Egnp.exe",
            citation: {
              documentId: "d1",
              title: "<https://evil.example|Bank>",
              url: "javascript:alert(1)",
              date: null,
              sentence: 0,
            },
          },
        ],
      },
      { heading: "Actors", items: [{ kind: "actor", text: "<@U999>", detail: "<#C1>" }] },
      {
        heading: "Quotes",
        items: [
          {
            kind: "quote",
            text: "<!everyone> look",
            speaker: "<@U123>",
            citation: {
              documentId: "d2",
              title: "T",
              url: "https://ok.example/a|b>c",
              date: null,
              sentence: 1,
            },
          },
        ],
      },
    ],
    ephemeral: false,
  };
}

/** The test commands: brief (topics "russia-china", "huge", "hostile"), topics, digest, brief-message. */
export function testCommands(calls: Calls): CommandDefinition[] {
  const brief = defineCommand({
    name: "brief",
    description: "Brief a topic",
    input: z.object({
      topic: field(z.string(), { description: "a topic", positional: "word" }),
      since: field(z.string().optional(), { description: "a window", positional: "word" }),
    }),
    output: z.null(),
    async run(_deps, input, context) {
      calls.brief.push({ topic: input.topic, channelId: context.channelId, userId: context.userId });
      const answer = (reply: Reply) => ({ data: null, reply });
      if (input.topic === "huge")
        return answer(sampleReply({ points: 300, actors: 200, quotes: 150, wordLength: 2000 }));
      if (input.topic === "hostile") return answer(hostileReply());
      if (input.topic === "crash") throw new Error(`database exploded with ${BOT_TOKEN}`);
      if (input.topic !== "russia-china") {
        throw new BriefbotError("TOPIC_NOT_FOUND", `no topic "${input.topic}"`, {
          hints: ["known topics: russia-china"],
        });
      }
      return answer(sampleReply({ points: 5, actors: 4, quotes: 3 }));
    },
  });
  const topics = defineCommand({
    name: "topics",
    description: "List topics",
    input: z.object({}),
    output: z.null(),
    async run() {
      return {
        data: null,
        reply: {
          title: "Topics",
          sections: [{ heading: "", items: [{ kind: "text", text: "russia-china" }] }],
          ephemeral: true,
        },
      };
    },
  });
  const subscribe = defineCommand({
    name: "subscribe",
    description: "Subscribe",
    permission: "manage-channel",
    input: z.object({ topic: field(z.string().optional(), { description: "a topic", positional: "word" }) }),
    output: z.null(),
    async run(_deps, _input, context) {
      const may = context.canManageChannel;
      calls.digest.push({ canManage: typeof may === "function" ? await may() : may });
      return { data: null, reply: { title: "Subscribed", sections: [], ephemeral: true } };
    },
  });
  const digest = defineGroup({ name: "digest", description: "Digests", subcommands: [subscribe] });
  const briefMessage = defineCommand({
    name: "brief-message",
    description: "Brief a chat message",
    messageAction: { title: "Brief this", description: "Brief it", slackCallbackId: "brief_this" },
    input: z.object({ text: field(z.string().min(1), { description: "the text", positional: "rest" }) }),
    output: z.null(),
    async run(_deps, input) {
      calls.briefMessage.push(input);
      return { data: null, reply: sampleReply({ points: 2, actors: 1, quotes: 1 }) };
    },
  });
  return [brief, topics, digest, briefMessage];
}

/** CommandDeps for commands that never touch the store. */
export const unusedStore = new Proxy({} as Store, {
  get(_target, property) {
    throw new Error(`the Slack tests' commands do not use the store (Store.${String(property)})`);
  },
});

/** A logger whose lines the test can read. */
export function captureLogger(): { logger: Logger; lines: string[] } {
  const lines: string[] = [];
  const logger = createLogger(
    { LOG_LEVEL: "debug", SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET },
    {
      level: "debug",
      destination: { write: (line: string) => lines.push(line) },
    },
  );
  return { logger, lines };
}

/** Every text in a message's blocks, joined: what a reader would see (before Slack decodes entities). */
export function blockTexts(message: Record<string, unknown>): string {
  const blocks = (message.blocks ?? []) as Array<Record<string, unknown>>;
  const texts: string[] = [];
  for (const block of blocks) {
    const text = (block.text as { text?: string } | undefined)?.text;
    if (text) texts.push(text);
    for (const element of (block.elements ?? []) as Array<{ text?: string }>)
      if (element.text) texts.push(element.text);
  }
  return texts.join("\n");
}
