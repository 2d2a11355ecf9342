// Starts the real Discord adapter (real discord.js) against the fake Discord, with a real SQLite
// store seeded with a small topic, and captures the log lines so tests can read them.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import type { CommandDefinition, CommandDeps } from "../../../commands/command.ts";
import { type DiscordAdapter, startDiscord } from "../../../src/adapters/discord/start.ts";
import type { DocumentBrief, SourceDocument } from "../../../src/core/schemas.ts";
import { createLogger, type Logger } from "../../../src/logger.ts";
import { openSqliteStore as openStore } from "../../../src/store/sqlite/sqlite-ports.ts";
import type { SqliteStore } from "../../../src/store/sqlite/store.ts";
import { FakeDiscord } from "../../fakes/discord-api.ts";

/** A bot token shaped like Discord's, so the log scrubber has something real to find. */
export const TOKEN = "MTEwMDAwMDAwMDAwMDAwMDAwMQ.GfakeA.fake-token-for-tests-0123456789abcdef";

/** What a test gets. */
export interface Harness {
  fake: FakeDiscord;
  adapter: DiscordAdapter;
  store: SqliteStore;
  deps: CommandDeps;
  logger: Logger;
  logs: string[];
  /** With `serveArticle`: the URL of an HTML article on 127.0.0.1, and how often it was fetched. */
  articleUrl: string;
  articleHits(): number;
  close(): Promise<void>;
}

const ARTICLE_HTML = `<!doctype html><html><head><title>Arctic shipping route opens early</title></head><body>
<article><h1>Arctic shipping route opens early</h1>
<p>Russia opened the Arctic shipping route two weeks earlier than usual this year, officials said on Monday.</p>
<p>Chinese container lines plan forty voyages along the Northern Sea Route before the ice returns.</p>
<p>“The route is now a real alternative to Suez,” said Vladimir Panov, a special envoy of Rosatom.</p>
</article></body></html>`;

async function serveArticle(): Promise<{ url: string; hits(): number; close(): Promise<void> }> {
  let hits = 0;
  const server = createServer((_request, response) => {
    hits += 1;
    response.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(ARTICLE_HTML);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/news/arctic-route`,
    hits: () => hits,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A document with a brief, written by hand so the test does not depend on the extraction engine. */
export function seedDocument(
  id: string,
  options: {
    title?: string;
    url?: string | null;
    points?: string[];
    quotes?: Array<[string, string | null]>;
    actors?: string[];
  } = {},
): { document: SourceDocument; brief: DocumentBrief } {
  const points = options.points ?? [
    "Russia and China signed a new gas supply agreement on Tuesday.",
    "Analysts said the deal deepens an economic partnership between Moscow and Beijing.",
  ];
  const quotes = options.quotes ?? [["This partnership has no limits", "Xi Jinping"]];
  const actors = options.actors ?? ["Xi Jinping", "Vladimir Putin", "Russia", "China"];
  const body = [...points, ...quotes.map(([text]) => `“${text},” he said.`)].join(" ");
  const document: SourceDocument = {
    id,
    title: options.title ?? "Russia and China sign gas deal",
    date: "2026-11-20",
    source: "Wikinews",
    url: options.url === undefined ? `https://en.wikinews.org/wiki/${id}` : options.url,
    license: "CC BY 2.5",
    author: null,
    body,
  };
  const brief: DocumentBrief = {
    document: { id, title: document.title, date: document.date, source: document.source, url: document.url },
    keyPoints: points.map((text, sentence) => ({ text, sentence, score: 1 - sentence / 10 })),
    actors: actors.map((name, index) => ({
      name,
      type: index < 2 ? "person" : "place",
      aliases: [],
      mentions: 3 - Math.min(index, 2),
      roles: [],
    })),
    quotes: quotes.map(([text, speaker], index) => ({
      text,
      speaker: speaker ? { name: speaker, type: "person" } : null,
      sentence: points.length + index,
      start: 0,
      end: text.length,
    })),
  };
  return { document, brief };
}

/** Opens an in-memory store with the russia-china topic and one document. */
export async function seededStore(): Promise<SqliteStore> {
  const store = openStore(":memory:", { clock: () => new Date("2026-11-25T12:00:00Z") });
  await store.upsertTopic({
    slug: "russia-china",
    title: "Russia and China",
    description: "Relations between Russia and China",
    match: { keywords: ["russia", "china"], actors: [], minActors: 2 },
    feeds: [],
  });
  await store.upsertTopic({
    slug: "eu-energy",
    title: "EU energy",
    description: "",
    match: { keywords: ["energy"], actors: [], minActors: 2 },
    feeds: [],
  });
  const { document, brief } = seedDocument("doc-1");
  await store.addDocument(document, brief, ["russia-china"]);
  return store;
}

/** Starts fake Discord + adapter with `commands`. */
export async function startHarness(
  commands: readonly CommandDefinition[],
  options: {
    store?: SqliteStore;
    deferAfterMs?: number;
    commandTimeoutMs?: number;
    serveArticle?: boolean;
  } = {},
): Promise<Harness> {
  const article = options.serveArticle ? await serveArticle() : null;
  const fake = await FakeDiscord.start();
  const logs: string[] = [];
  const logger = createLogger(
    { DISCORD_TOKEN: TOKEN },
    { level: "debug", destination: { write: (line: string) => logs.push(line) } },
  );
  const store = options.store ?? (await seededStore());
  // Links are fetched from 127.0.0.1 here, which the default ingest policy refuses.
  const deps: CommandDeps = {
    store,
    clock: () => new Date("2026-11-25T12:00:00Z"),
    ingest: { allowPrivateUrls: true, maxDocumentBytes: 1_000_000 },
  };
  const adapter = await startDiscord({
    config: {
      DISCORD_TOKEN: TOKEN,
      DISCORD_APPLICATION_ID: fake.applicationId,
      DISCORD_API_URL: fake.apiUrl,
    },
    deps,
    commands,
    logger,
    readyTimeoutMs: 10_000,
    ...(options.deferAfterMs === undefined ? {} : { deferAfterMs: options.deferAfterMs }),
    ...(options.commandTimeoutMs === undefined ? {} : { commandTimeoutMs: options.commandTimeoutMs }),
  });
  return {
    fake,
    adapter,
    store,
    deps,
    logger,
    logs,
    articleUrl: article?.url ?? "",
    articleHits: () => article?.hits() ?? 0,
    async close() {
      await article?.close();
      await adapter.stop();
      await fake.close();
      await store.close();
    },
  };
}
