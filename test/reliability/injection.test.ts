// Hostile text in documents and in chat, through the real commands, the real store and the real Slack
// (Bolt) and Discord (discord.js) adapters, to the fakes: every payload the fakes receive is checked
// (payload-checks.ts): no mention can fire, no link text disguises its target, no invisible or bidi
// character survives, and every platform limit holds. Nothing here asserts time.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { briefMessageCommand } from "../../commands/brief-message.ts";
import type { CommandDeps } from "../../commands/command.ts";
import { MESSAGE_COMMAND_NAME } from "../../src/adapters/discord/command-json.ts";
import { extractBrief } from "../../src/core/brief/extract-brief.ts";
import type { DocumentBrief, SourceDocument } from "../../src/core/schemas.ts";
import { parseDocument } from "../../src/ingest/document-file.ts";
import { createLogger } from "../../src/logger.ts";
import { openSqliteStore as openStore } from "../../src/store/sqlite/sqlite-ports.ts";
import type { SqliteStore } from "../../src/store/sqlite/store.ts";
import type { FakeDiscord, SentInteraction } from "../fakes/discord-api.ts";
import { autocomplete, chatInput, messageCommand } from "../fakes/discord-interactions.ts";
import type { FakeSlack } from "../fakes/slack-api.ts";
import {
  interactiveBody,
  messageShortcutPayload,
  postSigned,
  slashCommandBody,
} from "../fakes/slack-requests.ts";
import { DISCORD_TOKEN, SECRET, SLACK_TOKEN, startPlatforms } from "./bot-fixture.ts";
import { ALL_FRAGMENTS, INVISIBLES, longWord, MARKUP, MENTIONS, manyQuotes } from "./hostile-text.ts";
import { autocompleteProblems, discordMessageProblems, slackPayloadProblems } from "./payload-checks.ts";

const NOW = new Date("2026-11-25T12:00:00Z");
const HOSTILE = ALL_FRAGMENTS.join(" ");

/** A stored document with a hand-written brief, so every field carries exactly the text we choose. */
function handmade(
  id: string,
  fields: {
    title: string;
    url: string | null;
    points: string[];
    quotes: Array<[string, string | null]>;
    actors: string[];
  },
): { document: SourceDocument; brief: DocumentBrief } {
  const body = [...fields.points, ...fields.quotes.map(([text]) => `“${text},” officials said.`)].join(" ");
  const document: SourceDocument = {
    id,
    title: fields.title,
    date: "2026-11-20",
    source: "Hostile <!channel> Wire",
    url: fields.url,
    license: "CC BY 2.5 <@U123>",
    author: null,
    body,
  };
  const brief: DocumentBrief = {
    document: { id, title: document.title, date: document.date, source: document.source, url: document.url },
    keyPoints: fields.points.map((text, sentence) => ({ text, sentence, score: 1 - sentence / 100 })),
    actors: fields.actors.map((name, i) => ({
      name,
      type: i % 2 === 0 ? "person" : "org",
      aliases: [`${name} alias @here`],
      mentions: 5,
      roles: ["spokesperson <!here>"],
    })),
    quotes: fields.quotes.map(([text, speaker], i) => ({
      text,
      speaker: speaker ? { name: speaker, type: "person" } : null,
      sentence: fields.points.length + i,
      start: 0,
      end: text.length,
    })),
  };
  return { document, brief };
}

async function hostileStore(): Promise<SqliteStore> {
  const store = openStore(":memory:", { clock: () => NOW });
  await store.upsertTopic({
    slug: "hostile",
    title: "Hostile <!channel> @everyone [bank.example](https://evil.example) \u202Egnp.exe",
    description: "<@U123> <#C1> ```fence``` \u200B",
    match: { keywords: [], actors: [], minActors: 2 },
    feeds: [],
  });
  const documents = [
    handmade("h-mentions", {
      title: `Officials ${MENTIONS.slice(0, 8).join(" ")}`,
      url: "https://news.example/mentions?a=1&b=<2>|x",
      points: MENTIONS.map((mention) => `Officials reported ${mention} on Monday.`),
      quotes: MENTIONS.slice(0, 6).map((mention, i): [string, string | null] => [
        `officials ${mention} said`,
        i % 2 ? "<@U123>" : "@everyone",
      ]),
      actors: ["<!channel>", "@here", "[bank.example](https://evil.example)", "<@&456>"],
    }),
    handmade("h-markup", {
      title: "https://bank.example/login",
      url: "https://evil.example/phish",
      points: MARKUP.map((markup) => `Officials wrote ${markup} in the notice.`),
      quotes: [["officials ```js\nalert(1)\n``` and **bold** said", "[Bonny Lin](https://evil.example)"]],
      actors: ["Bonny Lin"],
    }),
    handmade("h-invisible", {
      title: `Invisible ${INVISIBLES.join("")} title www.bank.example`,
      url: "javascript:alert(1)",
      points: INVISIBLES.map((char) => `Officials hid${char}text here.`),
      quotes: [[`officials \u202Etxt.exe said`, `Na\u200Bme\u202E`]],
      actors: [`Zero\u200Bwidth\u2066Actor`],
    }),
    handmade("h-long", {
      title: longWord(10_000),
      url: `https://news.example/${longWord(3000)}`,
      points: [`Officials said ${longWord(10_000)} today.`, HOSTILE],
      quotes: [[`officials ${longWord(10_000)}`, longWord(500)]],
      actors: [longWord(300)],
    }),
  ];
  for (const { document, brief } of documents) await store.addDocument(document, brief, ["hostile"]);
  // The real loader and extraction over hostile bodies: 1,000 quotes in one paragraph, every fragment.
  for (const [name, body] of [
    ["thousand-quotes", manyQuotes(1000)],
    [
      "fragments",
      `Officials met in Beijing. ${ALL_FRAGMENTS.map((f) => `“${f} is here,” said Bonny Lin.`).join(" ")} ${HOSTILE}`,
    ],
  ] as const) {
    const document = parseDocument(`title: ${name} <!here>\nurl: https://news.example/${name}\n\n${body}`, {
      fallbackTitle: name,
    });
    await store.addDocument(document, extractBrief(document), ["hostile"]);
  }
  return store;
}

let store: SqliteStore;
let slack: FakeSlack;
let discord: FakeDiscord;
let stopPlatforms: (() => Promise<void>) | undefined;
let endpoint: string;
const logs: string[] = [];

beforeAll(async () => {
  store = await hostileStore();
  const logger = createLogger(
    { SLACK_BOT_TOKEN: SLACK_TOKEN, SLACK_SIGNING_SECRET: SECRET, DISCORD_TOKEN },
    { level: "debug", destination: { write: (line: string) => logs.push(line) } },
  );
  const deps: CommandDeps = {
    store,
    clock: () => NOW,
    ingest: { allowPrivateUrls: false, maxDocumentBytes: 1_000_000 },
  };
  ({ slack, discord, endpoint, stop: stopPlatforms } = await startPlatforms(deps, logger));
}, 60_000);

afterAll(async () => {
  await stopPlatforms?.();
  await store?.close();
});

/** What users type: chat input that tries every trick, for each command. */
const CHAT_INPUTS: Array<{ name: string; text: string; options: Record<string, string> }> = [
  { name: "brief", text: "hostile", options: { topic: "hostile" } },
  { name: "brief", text: "<!channel>", options: { topic: "<!channel>" } },
  { name: "brief", text: `hostile ${HOSTILE}`, options: { topic: "hostile", since: HOSTILE } },
  { name: "quote", text: "officials", options: { words: "officials" } },
  {
    name: "quote",
    text: 'officials speaker:"@everyone"',
    options: { words: "officials", speaker: "@everyone" },
  },
  { name: "quote", text: HOSTILE, options: { words: HOSTILE } },
  {
    name: "quote",
    text: `"<!here> [bank](https://evil.example)" \u202E ${"“".repeat(200)}`,
    options: { words: `<!here> [bank](https://evil.example) \u202E ${"“".repeat(200)}` },
  },
  { name: "quote", text: longWord(3900), options: { words: longWord(6000) } },
  { name: "who", text: '"<!channel>"', options: { name: "<!channel>" } },
  { name: "who", text: "Bonny Lin", options: { name: "Bonny Lin" } },
  { name: "who", text: `"${HOSTILE}"`, options: { name: HOSTILE.slice(0, 6000) } },
  { name: "topics", text: "", options: {} },
  { name: "digest", text: "list", options: { action: "list" } },
  {
    name: "digest",
    text: `now <!channel> ${HOSTILE}`,
    options: { action: "now", topic: `<!channel> ${HOSTILE}`.slice(0, 6000) },
  },
];

/** Every message payload the fake Slack received, with its problems. */
function slackProblems(): string[] {
  const bodies = [
    ...slack.responses.map((response) => ({ where: `response_url ${response.id}`, body: response.body })),
    ...slack.calls
      .filter((call) => call.method === "chat.postMessage")
      .map((call) => ({ where: `chat.postMessage ${String(call.body.channel)}`, body: call.body })),
  ];
  expect(bodies.length).toBeGreaterThan(0);
  return bodies.flatMap(({ where, body }) =>
    slackPayloadProblems(body).map((problem) => `${where}: ${problem}`),
  );
}

/** Every message-carrying request the fake Discord received, with its problems. */
function discordProblems(): string[] {
  let checked = 0;
  const problems: string[] = [];
  for (const request of discord.requests) {
    const body = request.body as Record<string, unknown> | null;
    if (!body || typeof body !== "object" || Array.isArray(body)) continue;
    const isCallback = request.path.endsWith("/callback");
    const data = (isCallback ? body.data : body) as Record<string, unknown> | undefined;
    if (!data) continue;
    if (isCallback && body.type === 8) {
      problems.push(...autocompleteProblems(data).map((problem) => `${request.path}: ${problem}`));
      continue;
    }
    if (!("embeds" in data) && !("content" in data)) continue;
    checked++;
    problems.push(
      ...discordMessageProblems(data, data.allowed_mentions).map(
        (problem) => `${request.method} ${request.path.slice(0, 40)}: ${problem}`,
      ),
    );
  }
  expect(checked).toBeGreaterThan(0);
  return problems;
}

describe("injection: hostile documents and chat input reach Slack inert", () => {
  it("answers every command with payloads that cannot ping, disguise a link or break a limit", async () => {
    let id = 0;
    for (const input of CHAT_INPUTS) {
      id++;
      const body = slashCommandBody({
        command: `/${input.name}`,
        text: input.text,
        responseUrl: slack.responseUrl(`cmd-${id}`),
      });
      const { status } = await postSigned(endpoint, SECRET, body);
      expect(status).toBe(200);
    }
    // "Brief this" on a hostile message: the chat text becomes a document and its brief comes back.
    const shortcut = messageShortcutPayload({
      messageText: `Officials met in Beijing on Monday. “We stand together <!channel>,” said Bonny Lin <@U123>. ${HOSTILE} ${manyQuotes(50)}`,
      responseUrl: slack.responseUrl("shortcut"),
    });
    shortcut.callback_id = briefMessageCommand.messageAction?.slackCallbackId ?? "";
    const posted = await postSigned(endpoint, SECRET, interactiveBody(shortcut));
    expect(posted.status).toBe(200);
    await slack.waitFor(
      () =>
        CHAT_INPUTS.every((_, i) => slack.responses.some((response) => response.id === `cmd-${i + 1}`)) &&
        (slack.responses.some((response) => response.id === "shortcut") ||
          slack.calls.some(
            (call) => call.method === "chat.postMessage" && call.body.thread_ts !== undefined,
          )),
      15_000,
    );
    expect(slackProblems()).toEqual([]);
    expect(slack.violations).toEqual([]);
  });

  it("shows the hostile brief's content, escaped rather than dropped", () => {
    const first = slack.responses.find((response) => response.id === "cmd-1");
    const text = JSON.stringify(first?.body ?? {});
    expect(text).toContain("&lt;!channel&gt;");
  });
});

describe("injection: hostile documents and chat input reach Discord inert", () => {
  it("answers every command, autocomplete and context menu with inert payloads within limits", async () => {
    await discord.gateway.ready();
    const sent: SentInteraction[] = [];
    for (const input of CHAT_INPUTS) sent.push(discord.push(chatInput(discord, input.name, input.options)));
    sent.push(
      discord.push(
        messageCommand(
          discord,
          MESSAGE_COMMAND_NAME,
          `Officials met in Beijing on Monday. “We stand together @everyone,” said Bonny Lin <@123456789012345678>. ${HOSTILE} ${manyQuotes(50)}`,
        ),
      ),
    );
    for (const interaction of sent) await discord.waitForAnswer(interaction, 15_000);
    discord.push(autocomplete(discord, "quote", "speaker", "", { topic: "hostile" }));
    discord.push(autocomplete(discord, "who", "name", "<", {}));
    discord.push(autocomplete(discord, "brief", "topic", "", {}));
    await discord.waitFor(
      (request) => request.path.endsWith("/callback") && (request.body as { type?: number }).type === 8,
      5000,
    );
    expect(discordProblems()).toEqual([]);
  });
});

describe("injection: secrets", () => {
  it("never writes a token or the signing secret to the log", () => {
    expect(logs.length).toBeGreaterThan(0);
    const joined = logs.join("\n");
    for (const secret of [SLACK_TOKEN, SECRET, DISCORD_TOKEN]) expect(joined).not.toContain(secret);
  });
});
