// The load harness behind `npm run load` (scripts/load.ts) and its bounded CI version
// (test/reliability/load.test.ts): a store of many documents built from the Wikinews corpus, the real
// Slack and Discord adapters on 127.0.0.1 against the fakes, and drivers that send signed slash
// commands and gateway interactions at a fixed rate and time every ack and answer.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { CommandDeps } from "../../commands/command.ts";
import { COMMANDS } from "../../commands/index.ts";
import { startDiscord } from "../../src/adapters/discord/start.ts";
import { startSlack } from "../../src/adapters/slack/start-slack.ts";
import { extractBrief } from "../../src/core/brief/extract-brief.ts";
import { parseDocument } from "../../src/ingest/document-file.ts";
import { createLogger } from "../../src/logger.ts";
import { sqliteWritableCheck } from "../../src/ops/health-checks.ts";
import { type HealthServer, startHealthServer } from "../../src/ops/health-server.ts";
import { createMetrics, type Metrics } from "../../src/ops/metrics.ts";
import { openStore, type SqliteStore } from "../../src/store/sqlite-store.ts";
import type { FakeDiscord, RecordedRequest, SentInteraction } from "../fakes/discord-api.ts";
import { chatInput } from "../fakes/discord-interactions.ts";
import type { FakeSlack, RecordedCall, RecordedResponse } from "../fakes/slack-api.ts";
import { signedHeaders, slashCommandBody } from "../fakes/slack-requests.ts";

/** The shared corpus of Wikinews articles (CC BY 2.5). */
export const CORPUS_DIR = new URL("../../../shared/corpus/wikinews/", import.meta.url).pathname;

export const LOAD_SLACK_TOKEN = "xoxb-load-0000-loadtesttoken";
export const LOAD_SIGNING_SECRET = "load-signing-secret-0123456789abcdef";
export const LOAD_DISCORD_TOKEN = "MTEwMDAwMDAwMDAwMDAwMDAwMQ.GloadA.load-token-for-tests-0123456789abcdef";

/** Topics of the load store: every document is in "world" and in one of ten "region-N". */
export const REGIONS = 10;
export const WORLD = "world";

/** A small deterministic PRNG (mulberry32), so a store of N documents is the same on every run. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** What buildLoadStore did. */
export interface StoreBuild {
  documents: number;
  added: number;
  nearDuplicates: number;
  ms: number;
}

/**
 * Fills the store at `path` with `count` documents: corpus articles whose bodies are varied (a random
 * half of an article's paragraphs plus two of another's, shuffled, with a numbered closing line), so
 * that they are not duplicates of each other.
 */
export function buildLoadStore(path: string, count: number, corpusDir = CORPUS_DIR): StoreBuild {
  const started = performance.now();
  const files = readdirSync(corpusDir)
    .filter((name) => name.endsWith(".txt"))
    .sort();
  const bases = files.map((name) =>
    parseDocument(readFileSync(join(corpusDir, name), "utf8"), { fallbackTitle: name }),
  );
  const paragraphs = bases.map((doc) => doc.body.split(/\n{2,}/).filter((part) => part.trim().length > 40));
  const store = openStore(path, { clock: () => new Date("2026-11-25T12:00:00Z") });
  try {
    store.upsertTopic({
      slug: WORLD,
      title: "World news",
      description: "Everything",
      match: { keywords: [], actors: [], minActors: 2 },
      feeds: [],
    });
    for (let r = 0; r < REGIONS; r++) {
      store.upsertTopic({
        slug: `region-${r}`,
        title: `Region ${r}`,
        description: "",
        match: { keywords: [], actors: [], minActors: 2 },
        feeds: [],
      });
    }
    const next = random(count);
    let added = 0;
    let nearDuplicates = 0;
    for (let i = 0; i < count; i++) {
      // Half of one article's paragraphs (a different half each time) and two of another's, shuffled:
      // article-sized, and not near-duplicates of the other copies of the same article.
      const base = bases[i % bases.length]!;
      const own = paragraphs[i % bases.length] ?? [];
      const mixed = own.filter(() => next() < 0.5);
      if (mixed.length === 0 && own[0] !== undefined) mixed.push(own[0]);
      const other = paragraphs[Math.floor(next() * paragraphs.length)] ?? [];
      for (let k = 0; k < 2 && other.length > 0; k++)
        mixed.push(other[Math.floor(next() * other.length)] as string);
      for (let j = mixed.length - 1; j > 0; j--) {
        const swap = Math.floor(next() * (j + 1));
        [mixed[j], mixed[swap]] = [mixed[swap] as string, mixed[j] as string];
      }
      const day = String(1 + (i % 28)).padStart(2, "0");
      const text = [
        `title: ${base.title} (${i})`,
        `date: 2026-10-${day}`,
        "source: Wikinews",
        `url: https://en.wikinews.org/wiki/load-${i}`,
        "license: CC BY 2.5",
        "",
        `${mixed.join("\n\n")}\n\nThis is load-test report number ${i}.`,
      ].join("\n");
      const doc = parseDocument(text, { fallbackTitle: `load-${i}` });
      const result = store.addDocument(doc, extractBrief(doc), [WORLD, `region-${i % REGIONS}`], {
        addedAt: new Date(Date.UTC(2026, 9, 1 + (i % 28))),
      });
      if (result.status === "added") added++;
      else if (result.status === "near-duplicate") nearDuplicates++;
    }
    return { documents: count, added, nearDuplicates, ms: performance.now() - started };
  } finally {
    store.close();
  }
}

/** Words and names the workload asks about, read from the store. */
export interface Vocabulary {
  names: string[];
  words: string[];
  topics: string[];
}

const QUOTE_WORDS = [
  "government",
  "police",
  "president",
  "minister",
  "people",
  "election",
  "officials",
  "war",
  "said",
  "report",
];

export function vocabulary(store: SqliteStore): Vocabulary {
  const names = store.listActors({ limit: 25 }).map((actor) => actor.name);
  return {
    names: names.length > 0 ? names : ["Russia"],
    words: QUOTE_WORDS,
    topics: store.listTopics().map((topic) => topic.slug),
  };
}

/** The i-th command of the workload: mostly topic briefs and searches, as a busy channel asks. */
export function workload(
  i: number,
  vocab: Vocabulary,
): { name: string; text: string; options: Record<string, string> } {
  const pick = <T>(list: readonly T[], k: number): T => list[k % list.length] as T;
  const region = `region-${i % REGIONS}`;
  switch (i % 10) {
    case 0:
      return { name: "brief", text: WORLD, options: { topic: WORLD } };
    case 1:
    case 2:
      return { name: "brief", text: region, options: { topic: region } };
    case 3:
    case 4:
    case 5: {
      const words = pick(vocab.words, i);
      return { name: "quote", text: words, options: { words } };
    }
    case 6:
    case 7: {
      const name = pick(vocab.names, i);
      return { name: "who", text: `"${name}"`, options: { name } };
    }
    case 8:
      return { name: "topics", text: "", options: {} };
    default:
      return { name: "brief", text: `${region} 7d`, options: { topic: region, since: "7d" } };
  }
}

/** Where the drivers send commands and what they ask about. */
export interface LoadTarget {
  slackEndpoint: string;
  vocab: Vocabulary;
}

/** The bot under load: both adapters, the store, metrics and the health server. */
export interface LoadBot extends LoadTarget {
  health: HealthServer;
  metrics: Metrics;
  store: SqliteStore;
  /** Log lines at error level or above, as counted so far. */
  errorLogs(): string[];
  stop(): Promise<void>;
}

/** Starts the real Slack (HTTP) and Discord adapters against the fakes, on a store file. */
export async function startLoadBot(options: {
  storePath: string;
  slackApiUrl: string;
  discordApiUrl: string;
  discordApplicationId: string;
}): Promise<LoadBot> {
  const errors: string[] = [];
  const logger = createLogger(
    {
      SLACK_BOT_TOKEN: LOAD_SLACK_TOKEN,
      SLACK_SIGNING_SECRET: LOAD_SIGNING_SECRET,
      DISCORD_TOKEN: LOAD_DISCORD_TOKEN,
    },
    {
      level: "warn",
      destination: {
        write: (line: string) => {
          if (/"level":(50|60)/.test(line)) errors.push(line);
          // Keep a few warnings visible: they explain an answer that did not come.
          else if (errors.length < 20 && /"level":40/.test(line)) errors.push(line);
        },
      },
    },
  );
  const store = openStore(options.storePath, { clock: () => new Date("2026-11-25T12:00:00Z") });
  const metrics = createMetrics({ commandNames: COMMANDS.map((command) => command.name) });
  const deps: CommandDeps = { store, clock: () => new Date("2026-11-25T12:00:00Z"), metrics };
  const slack = await startSlack({
    config: {
      SLACK_BOT_TOKEN: LOAD_SLACK_TOKEN,
      SLACK_SIGNING_SECRET: LOAD_SIGNING_SECRET,
      SLACK_APP_TOKEN: undefined,
      SLACK_PORT: 0,
      SLACK_API_URL: options.slackApiUrl,
      SLACK_DIGEST_ADMINS: [],
    },
    deps,
    commands: COMMANDS,
    logger,
    host: "127.0.0.1",
  });
  const discord = await startDiscord({
    config: {
      DISCORD_TOKEN: LOAD_DISCORD_TOKEN,
      DISCORD_APPLICATION_ID: options.discordApplicationId,
      DISCORD_API_URL: options.discordApiUrl,
    },
    deps,
    commands: COMMANDS,
    logger,
    readyTimeoutMs: 15_000,
  });
  const health = await startHealthServer({
    port: 0,
    host: "127.0.0.1",
    metrics,
    checks: { store: sqliteWritableCheck(() => store.db) },
  });
  return {
    slackEndpoint: `http://127.0.0.1:${slack.port}/slack/events`,
    health,
    metrics,
    store,
    vocab: vocabulary(store),
    errorLogs: () => errors,
    async stop() {
      await health.close();
      await discord.stop();
      await slack.stop();
      store.close();
    },
  };
}

/** Timings of one platform's run. */
export interface RunStats {
  platform: "slack" | "discord";
  sent: number;
  /** Acks that were not a success (HTTP status other than 200, or a failed callback). */
  ackErrors: number;
  answered: number;
  /** Milliseconds from send to ack, and to the first visible answer, for every answered command. */
  ackMs: number[];
  answerMs: number[];
  /** How long sending and answering took, in seconds. */
  seconds: number;
}

/** The p-th percentile (0-100) of `values`, nearest rank; NaN when empty. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1] as number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

/** Calls `send(i)` for i < count at `perSecond`, without waiting for one to finish before the next. */
async function paced(count: number, perSecond: number, send: (i: number) => void): Promise<void> {
  const started = performance.now();
  for (let i = 0; i < count; i++) {
    const due = started + (i * 1000) / perSecond;
    const wait = due - performance.now();
    if (wait > 1) await sleep(wait);
    send(i);
  }
}

const stamped = new WeakMap<object[], WeakMap<object, number>>();

/** Stamps every element pushed onto `list` from now on with the time it arrived. */
function stampArrivals<T extends object>(list: T[]): WeakMap<T, number> {
  const known = stamped.get(list);
  if (known) return known as WeakMap<T, number>;
  const arrivals = new WeakMap<T, number>();
  stamped.set(list, arrivals);
  const push = list.push.bind(list);
  list.push = (...items: T[]) => {
    const now = performance.now();
    for (const item of items) arrivals.set(item, now);
    return push(...items);
  };
  return arrivals;
}

/** Waits until `done()` or `timeoutMs`. */
async function until(done: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!done() && performance.now() < deadline) await sleep(20);
}

/** Sends `count` signed slash commands at `perSecond` to the Slack receiver; times acks and answers. */
export async function runSlackLoad(options: {
  bot: LoadTarget;
  fake: FakeSlack;
  count: number;
  perSecond: number;
  /** Offset of the workload index, so successive runs ask different things. */
  offset?: number;
  timeoutMs?: number;
}): Promise<RunStats> {
  const { bot, fake, count } = options;
  const prefix = `load-${options.offset ?? 0}-`;
  const responseTimes = stampArrivals<RecordedResponse>(fake.responses);
  const callTimes = stampArrivals<RecordedCall>(fake.calls);
  const sentAt = new Map<number, number>();
  const ackMs: number[] = [];
  let ackErrors = 0;
  const pending: Promise<void>[] = [];
  const started = performance.now();
  await paced(count, options.perSecond, (i) => {
    const command = workload(i + (options.offset ?? 0), bot.vocab);
    const body = slashCommandBody({
      command: `/${command.name}`,
      text: command.text,
      responseUrl: fake.responseUrl(`${prefix}${i}`),
      channelId: `C${prefix}${i}`,
    });
    const at = performance.now();
    sentAt.set(i, at);
    pending.push(
      fetch(bot.slackEndpoint, { method: "POST", headers: signedHeaders(LOAD_SIGNING_SECRET, body), body })
        .then(async (response) => {
          await response.arrayBuffer();
          if (response.status === 200) ackMs.push(performance.now() - at);
          else ackErrors++;
        })
        .catch(() => {
          ackErrors++;
        }),
    );
  });
  await Promise.all(pending);
  // An answer is the first response_url post for the command, or its first message in its channel.
  const answers = new Map<number, number>();
  const collect = () => {
    for (const response of fake.responses) {
      if (!response.id.startsWith(prefix)) continue;
      const i = Number(response.id.slice(prefix.length));
      if (!answers.has(i)) answers.set(i, responseTimes.get(response) ?? performance.now());
    }
    for (const call of fake.calls) {
      const channel = String(call.body.channel ?? "");
      if (call.method !== "chat.postMessage" || !channel.startsWith(`C${prefix}`)) continue;
      const i = Number(channel.slice(prefix.length + 1));
      if (!answers.has(i)) answers.set(i, callTimes.get(call) ?? performance.now());
    }
    return answers.size >= count;
  };
  await until(collect, options.timeoutMs ?? 60_000);
  const answerMs = [...answers].map(([i, at]) => at - (sentAt.get(i) ?? at));
  return {
    platform: "slack",
    sent: count,
    ackErrors,
    answered: answers.size,
    ackMs,
    answerMs,
    seconds: (performance.now() - started) / 1000,
  };
}

/** Sends `count` slash-command interactions at `perSecond` through the fake gateway; times acks and answers. */
export async function runDiscordLoad(options: {
  bot: LoadTarget;
  fake: FakeDiscord;
  count: number;
  perSecond: number;
  offset?: number;
  timeoutMs?: number;
}): Promise<RunStats> {
  const { bot, fake, count } = options;
  const arrivals = stampArrivals<RecordedRequest>(fake.requests);
  const byToken = new Map<
    string,
    { i: number; at: number; ack?: number; answer?: number; failed?: boolean }
  >();
  const started = performance.now();
  const firstRequest = fake.requests.length;
  await paced(count, options.perSecond, (i) => {
    const command = workload(i + (options.offset ?? 0), bot.vocab);
    const interaction: SentInteraction = chatInput(fake, command.name, command.options);
    byToken.set(interaction.token, { i, at: performance.now() });
    fake.push(interaction);
  });
  let scanned = firstRequest;
  const collect = () => {
    for (; scanned < fake.requests.length; scanned++) {
      const request = fake.requests[scanned] as RecordedRequest;
      const match = /^\/(?:interactions\/\d+|webhooks\/\d+)\/([^/]+)/.exec(request.path);
      const entry = match ? byToken.get(match[1] as string) : undefined;
      if (!entry) continue;
      const at = arrivals.get(request) ?? performance.now();
      const isCallback = request.path.endsWith("/callback");
      if (isCallback && entry.ack === undefined) {
        entry.ack = at;
        if (request.status >= 300) entry.failed = true;
      }
      const type = (request.body as { type?: number } | null)?.type;
      const final =
        (isCallback && type === 4) ||
        (request.method === "PATCH" && request.path.endsWith("/messages/@original")) ||
        (request.method === "POST" && request.path.startsWith("/webhooks/"));
      if (final && request.status < 300 && entry.answer === undefined) entry.answer = at;
    }
    return [...byToken.values()].every((entry) => entry.answer !== undefined);
  };
  await until(collect, options.timeoutMs ?? 60_000);
  const entries = [...byToken.values()];
  return {
    platform: "discord",
    sent: count,
    ackErrors: entries.filter((entry) => entry.failed).length,
    answered: entries.filter((entry) => entry.answer !== undefined).length,
    ackMs: entries.flatMap((entry) => (entry.ack === undefined ? [] : [entry.ack - entry.at])),
    answerMs: entries.flatMap((entry) => (entry.answer === undefined ? [] : [entry.answer - entry.at])),
    seconds: (performance.now() - started) / 1000,
  };
}

/** Commands by outcome ("ok" or an error code), read from the Prometheus text of /metrics. */
export function commandOutcomes(text: string): Record<string, number> {
  const outcomes: Record<string, number> = {};
  for (const match of text.matchAll(/^briefbot_commands_total\{[^}]*outcome="([^"]+)"\} (\d+)/gm)) {
    outcomes[match[1] as string] = (outcomes[match[1] as string] ?? 0) + Number(match[2]);
  }
  return outcomes;
}
