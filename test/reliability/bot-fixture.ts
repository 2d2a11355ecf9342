// The bot as `npm start` runs it, for the fault and security tests: a small real store (with digest
// services), the real Slack (HTTP) and Discord adapters against the fakes, a captured log, and a
// signed-request helper that uses a connection of its own.
import { mkdtempSync, rmSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { CommandDeps } from "../../commands/command.ts";
import { COMMANDS } from "../../commands/index.ts";
import { type DiscordAdapter, startDiscord } from "../../src/adapters/discord/start.ts";
import { type SlackAdapter, startSlack } from "../../src/adapters/slack/start-slack.ts";
import { createLogger, type Logger } from "../../src/logger.ts";
import { createMetrics } from "../../src/ops/metrics.ts";
import { openSqlitePorts } from "../../src/store/sqlite/sqlite-ports.ts";
import type { SqliteStore } from "../../src/store/sqlite/store.ts";
import { FakeDiscord } from "../fakes/discord-api.ts";
import { FakeSlack } from "../fakes/slack-api.ts";
import { signedHeaders, slashCommandBody } from "../fakes/slack-requests.ts";
import { buildLoadStore } from "./load-store.ts";

export const SLACK_TOKEN = "xoxb-fault-0000-faulttesttoken";
export const SECRET = "fault-signing-secret-0123456789abcdef";
export const DISCORD_TOKEN = "MTEwMDAwMDAwMDAwMDAwMDAwMQ.GfaulT.fault-token-for-tests-0123456789abcdef";

/** The running bot and its fakes. */
export interface BotFixture {
  storePath: string;
  store: SqliteStore;
  deps: CommandDeps;
  slack: FakeSlack;
  discord: FakeDiscord;
  /** The Slack receiver's events URL. */
  endpoint: string;
  /** Every log line, as written. */
  logs: string[];
  /** Sends a signed slash command; resolves with the response_url id its answer goes to. */
  slash(
    command: string,
    text: string,
    options?: { responseUrl?: string; userId?: string; channelId?: string },
  ): Promise<string>;
  /** Whether the response_url `id` received a successful post. */
  answered(id: string): boolean;
  close(): Promise<void>;
}

/**
 * A signed POST on a connection of its own: fetch's keep-alive pool can hand a request a socket the
 * server is closing (ECONNRESET), which is the test's problem, not the bot's.
 */
export function postSigned(
  url: string,
  secret: string,
  body: string,
  options: { timestamp?: number; signature?: string } = {},
): Promise<{ status: number }> {
  const headers = signedHeaders(secret, body, options);
  if (options.signature !== undefined) headers["x-slack-signature"] = options.signature;
  return new Promise((resolve, reject) => {
    const req = request(url, { method: "POST", headers, agent: false }, (res) => {
      res.resume();
      res.on("end", () => resolve({ status: res.statusCode ?? 0 }));
    });
    req.on("error", reject);
    req.end(body);
  });
}

/** The real Slack (HTTP mode) and Discord adapters started against fresh fakes. */
export interface Platforms {
  slack: FakeSlack;
  discord: FakeDiscord;
  /** The Slack receiver's events URL. */
  endpoint: string;
  /** Stops both adapters and both fakes. */
  stop(): Promise<void>;
}

/** Starts both fakes and both adapters on `deps`; `slackAdmins` may manage digests in Slack. */
export async function startPlatforms(
  deps: CommandDeps,
  logger: Logger,
  slackAdmins: string[] = [],
): Promise<Platforms> {
  const slack = await FakeSlack.start({ botToken: SLACK_TOKEN, admins: slackAdmins });
  const discord = await FakeDiscord.start();
  const slackAdapter: SlackAdapter = await startSlack({
    config: {
      SLACK_BOT_TOKEN: SLACK_TOKEN,
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_APP_TOKEN: undefined,
      SLACK_PORT: 0,
      SLACK_API_URL: slack.apiUrl,
      SLACK_DIGEST_ADMINS: [],
    },
    deps,
    commands: COMMANDS,
    logger,
    host: "127.0.0.1",
  });
  const discordAdapter: DiscordAdapter = await startDiscord({
    config: { DISCORD_TOKEN, DISCORD_APPLICATION_ID: discord.applicationId, DISCORD_API_URL: discord.apiUrl },
    deps,
    commands: COMMANDS,
    logger,
    readyTimeoutMs: 10_000,
  });
  return {
    slack,
    discord,
    endpoint: `http://127.0.0.1:${slackAdapter.port}/slack/events`,
    async stop() {
      await discordAdapter.stop();
      await slackAdapter.stop();
      await slack.close();
      await discord.close();
    },
  };
}

/** Starts the fixture: a store of `documents` load documents, both adapters, both fakes. */
export async function startBotFixture(name: string, documents = 40): Promise<BotFixture> {
  const dir = mkdtempSync(join(tmpdir(), `briefbot-${name}-`));
  const storePath = join(dir, "store.db");
  await buildLoadStore(storePath, documents);
  const ports = await openSqlitePorts(storePath, { clock: () => new Date("2026-11-25T12:00:00Z") });
  const { store } = ports;
  const deps: CommandDeps = {
    store,
    clock: () => new Date("2026-11-25T12:00:00Z"),
    metrics: createMetrics({ defaultMetrics: false }),
    ingest: { allowPrivateUrls: false, maxDocumentBytes: 2_000_000 },
    digest: {
      digests: ports.digests,
      source: ports.digestSource,
      defaultTimeZone: "UTC",
      firstWindowMs: 86_400_000,
    },
  };
  const logs: string[] = [];
  const logger = createLogger(
    { SLACK_BOT_TOKEN: SLACK_TOKEN, SLACK_SIGNING_SECRET: SECRET, DISCORD_TOKEN },
    { level: "debug", destination: { write: (line: string) => logs.push(line) } },
  );
  const { slack, discord, endpoint, stop } = await startPlatforms(deps, logger, ["U_ADMIN"]);
  let nextId = 0;
  return {
    storePath,
    store,
    deps,
    slack,
    discord,
    endpoint,
    logs,
    async slash(command, text, options = {}) {
      const id = `${name}-${++nextId}`;
      const body = slashCommandBody({
        command,
        text,
        responseUrl: options.responseUrl ?? slack.responseUrl(id),
        channelId: options.channelId ?? `C${id}`,
        ...(options.userId === undefined ? {} : { userId: options.userId }),
      });
      const { status } = await postSigned(endpoint, SECRET, body);
      if (status !== 200) throw new Error(`the Slack receiver answered ${status} to ${command}`);
      return id;
    },
    answered: (id) => slack.responses.some((response) => response.id === id && response.status === 200),
    async close() {
      await stop();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
