// The load harness behind `npm run load` (scripts/load.ts) and its bounded CI version
// (test/reliability/load.test.ts): a store of many documents built from the Wikinews corpus, the real
// Slack and Discord adapters on 127.0.0.1 against the fakes, and drivers that send signed slash
// commands and gateway interactions at a fixed rate and time every ack and answer.
import type { CommandDeps } from "../../commands/command.ts";
import { COMMANDS } from "../../commands/index.ts";
import { startDiscord } from "../../src/adapters/discord/start.ts";
import { startSlack } from "../../src/adapters/slack/start-slack.ts";
import type { Platform } from "../../src/core/platforms.ts";
import { createLogger } from "../../src/logger.ts";
import { type HealthServer, startHealthServer } from "../../src/ops/health-server.ts";
import { createMetrics, type Metrics } from "../../src/ops/metrics.ts";
import { openSqliteStore as openStore } from "../../src/store/sqlite/sqlite-ports.ts";
import type { SqliteStore } from "../../src/store/sqlite/store.ts";
import type { FakeDiscord, RecordedRequest, SentInteraction } from "../fakes/discord-api.ts";
import { chatInput } from "../fakes/discord-interactions.ts";
import type { FakeSlack, RecordedCall, RecordedResponse } from "../fakes/slack-api.ts";
import { signedHeaders, slashCommandBody } from "../fakes/slack-requests.ts";
import { type Vocabulary, vocabulary, type WorkloadMix, workload } from "./load-store.ts";

export const LOAD_SLACK_TOKEN = "xoxb-load-0000-loadtesttoken";
export const LOAD_SIGNING_SECRET = "load-signing-secret-0123456789abcdef";
export const LOAD_DISCORD_TOKEN = "MTEwMDAwMDAwMDAwMDAwMDAwMQ.GloadA.load-token-for-tests-0123456789abcdef";

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
    checks: { store: () => store.ping() },
  });
  return {
    slackEndpoint: `http://127.0.0.1:${slack.port}/slack/events`,
    health,
    metrics,
    store,
    vocab: await vocabulary(store),
    errorLogs: () => errors,
    async stop() {
      await health.close();
      await discord.stop();
      await slack.stop();
      await store.close();
    },
  };
}

/** Timings of one platform's run. */
export interface RunStats {
  platform: Platform;
  sent: number;
  /** Acks that were not a success (HTTP status other than 200, or a failed callback). */
  ackErrors: number;
  answered: number;
  /** Answers that were an apology for an internal failure ("…on our side"), counted in `answered` too. */
  errorAnswers: number;
  /** Milliseconds from send to ack, and to the first visible answer, for every answered command. */
  ackMs: number[];
  answerMs: number[];
  /** How long sending and answering took, in seconds. */
  seconds: number;
  /** How long sending alone took, in seconds: above count / perSecond, the driver fell behind the pace. */
  sendSeconds: number;
}

/** The p-th percentile (0-100) of `values`, nearest rank; NaN when empty. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1] as number;
}

/** Whether a message body is the adapters' apology for an internal failure. */
const isApology = (body: unknown): boolean => /on our side/.test(JSON.stringify(body ?? {}));

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
  mix?: WorkloadMix;
  /**
   * Receivers to spread the commands over, round-robin as a load balancer would (several
   * replicas); default: the bot's own endpoint.
   */
  endpoints?: readonly string[];
  /** The i-th command (offset included) instead of workload()'s, e.g. a workload that never repeats. */
  command?: (i: number) => { name: string; text: string };
}): Promise<RunStats> {
  const { bot, fake, count } = options;
  const endpoints = options.endpoints ?? [bot.slackEndpoint];
  if (endpoints.length === 0) throw new Error("runSlackLoad: endpoints is empty");
  const prefix = `load-${options.offset ?? 0}-`;
  const responseTimes = stampArrivals<RecordedResponse>(fake.responses);
  const callTimes = stampArrivals<RecordedCall>(fake.calls);
  const sentAt = new Map<number, number>();
  const ackMs: number[] = [];
  let ackErrors = 0;
  const pending: Promise<void>[] = [];
  const started = performance.now();
  await paced(count, options.perSecond, (i) => {
    const n = i + (options.offset ?? 0);
    const command = options.command ? options.command(n) : workload(n, bot.vocab, options.mix);
    const body = slashCommandBody({
      command: `/${command.name}`,
      text: command.text,
      responseUrl: fake.responseUrl(`${prefix}${i}`),
      channelId: `C${prefix}${i}`,
    });
    const at = performance.now();
    sentAt.set(i, at);
    pending.push(
      fetch(endpoints[i % endpoints.length] as string, {
        method: "POST",
        headers: signedHeaders(LOAD_SIGNING_SECRET, body),
        body,
      })
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
  const sendSeconds = (performance.now() - started) / 1000;
  await Promise.all(pending);
  // An answer is the first response_url post for the command, or its first message in its channel.
  const answers = new Map<number, number>();
  const apologies = new Set<number>();
  const collect = () => {
    for (const response of fake.responses) {
      if (!response.id.startsWith(prefix)) continue;
      const i = Number(response.id.slice(prefix.length));
      if (!answers.has(i)) {
        answers.set(i, responseTimes.get(response) ?? performance.now());
        if (isApology(response.body)) apologies.add(i);
      }
    }
    for (const call of fake.calls) {
      const channel = String(call.body.channel ?? "");
      if (call.method !== "chat.postMessage" || !channel.startsWith(`C${prefix}`)) continue;
      const i = Number(channel.slice(prefix.length + 1));
      if (!answers.has(i)) {
        answers.set(i, callTimes.get(call) ?? performance.now());
        if (isApology(call.body)) apologies.add(i);
      }
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
    errorAnswers: apologies.size,
    ackMs,
    answerMs,
    seconds: (performance.now() - started) / 1000,
    sendSeconds,
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
  mix?: WorkloadMix;
}): Promise<RunStats> {
  const { bot, fake, count } = options;
  const arrivals = stampArrivals<RecordedRequest>(fake.requests);
  const byToken = new Map<
    string,
    { i: number; at: number; ack?: number; answer?: number; failed?: boolean; apology?: boolean }
  >();
  const started = performance.now();
  const firstRequest = fake.requests.length;
  await paced(count, options.perSecond, (i) => {
    const command = workload(i + (options.offset ?? 0), bot.vocab, options.mix);
    const interaction: SentInteraction = chatInput(fake, command.name, command.options);
    byToken.set(interaction.token, { i, at: performance.now() });
    fake.push(interaction);
  });
  const sendSeconds = (performance.now() - started) / 1000;
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
      if (final && request.status < 300 && entry.answer === undefined) {
        entry.answer = at;
        entry.apology = isApology(request.body);
      }
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
    errorAnswers: entries.filter((entry) => entry.apology).length,
    ackMs: entries.flatMap((entry) => (entry.ack === undefined ? [] : [entry.ack - entry.at])),
    answerMs: entries.flatMap((entry) => (entry.answer === undefined ? [] : [entry.answer - entry.at])),
    seconds: (performance.now() - started) / 1000,
    sendSeconds,
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
