// Starts the Slack adapter: Bolt in HTTP mode (HTTPReceiver at /slack/events) or, when
// SLACK_APP_TOKEN is set, in Socket Mode. Checks the bot token with auth.test before serving, so a
// bad token fails `npm start` at once with a clear error instead of on the first command. With
// SLACK_CLIENT_ID (OAuth, many workspaces) there is no fixed token: the same HTTP server serves the
// install flow (oauth.ts) and each request is answered with its workspace's installed token.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { App, ErrorCode, HTTPReceiver, SocketModeReceiver } from "@slack/bolt";
import type { CommandDefinition, CommandDeps } from "../../../commands/command.ts";
import type { Config } from "../../config.ts";
import { BriefbotError } from "../../core/errors.ts";
import type { ChannelPoster, Clock, InstallationStore } from "../../core/ports.ts";
import type { Logger } from "../../logger.ts";
import { closeGently, listen } from "../http-listen.ts";
import { registerAppHome } from "./app-home.ts";
import { registerBlockActions } from "./block-actions.ts";
import { createSlackPoster, slackApiBase } from "./channel-poster.ts";
import { registerMessageShortcut } from "./message-shortcut.ts";
import {
  answerNotInstalled,
  boltInstallationStore,
  registerWorkspaceEvents,
  SLACK_BOT_SCOPES,
  SLACK_INSTALL_PATH,
  SLACK_REDIRECT_PATH,
} from "./oauth.ts";
import { isFutureTimestamp, RecentKeys, requestKey } from "./request-guard.ts";
import { slackLogger } from "./slack-logger.ts";
import { registerSlashCommands } from "./slash-commands.ts";
import { createWorkspacePoster } from "./workspace-poster.ts";

/** Where Slack posts events, commands and interactions in HTTP mode. */
export const SLACK_EVENTS_PATH = "/slack/events";

/** Options of startSlack. */
export interface StartSlackOptions {
  config: Pick<
    Config,
    | "SLACK_BOT_TOKEN"
    | "SLACK_SIGNING_SECRET"
    | "SLACK_APP_TOKEN"
    | "SLACK_PORT"
    | "SLACK_API_URL"
    | "SLACK_DIGEST_ADMINS"
  > &
    Partial<Pick<Config, "SLACK_CLIENT_ID" | "SLACK_CLIENT_SECRET" | "SLACK_STATE_SECRET" | "SLACK_SCOPES">>;
  /** Where OAuth mode keeps each workspace's installation (required with SLACK_CLIENT_ID). */
  installations?: InstallationStore;
  deps: CommandDeps;
  commands: readonly CommandDefinition[];
  logger: Logger;
  /** Interface to listen on in HTTP mode (default 0.0.0.0; tests use 127.0.0.1). */
  host?: string;
  /** Clock for the request guard (tests of stale/future timestamps); default Date.now. */
  now?: () => number;
  /** Timeout of each Web API request in ms (default 10,000). */
  requestTimeoutMs?: number;
}

/** The running Slack adapter (also a `Running` for src/main.ts: name and close). */
export interface SlackAdapter {
  name: "slack";
  /** Posts digests to channels. */
  poster: ChannelPoster;
  /** The bound port in HTTP mode (useful with SLACK_PORT=0), null in Socket Mode. */
  port: number | null;
  mode: "http" | "socket";
  /** True in OAuth mode (many workspaces, tokens from the installation store). */
  oauth: boolean;
  stop(): Promise<void>;
  /** The same as stop. */
  close(): Promise<void>;
}

/** Web API retries for commands: a few quick tries, not Bolt's default of ten over ~30 minutes. */
const COMMAND_RETRY = { retries: 3, factor: 2, minTimeout: 500, maxTimeout: 5_000, randomize: true };
const REQUEST_TIMEOUT_MS = 10_000;
/** Slack's own payloads are small; a message shortcut on a 40,000-character message is ~150 kB form-encoded. */
const BODY_LIMIT = 512 * 1024;

function describeStartError(error: unknown, apiUrl: string | undefined): BriefbotError {
  const data = (error as { data?: { error?: unknown } } | null)?.data;
  if (typeof data?.error === "string") {
    return new BriefbotError(
      "PLATFORM_FAILED",
      `Slack did not accept the bot token (auth.test: ${data.error})`,
      {
        cause: error,
        hints: ["check SLACK_BOT_TOKEN (xoxb-…)"],
      },
    );
  }
  const reason = error instanceof Error ? error.message : String(error);
  return new BriefbotError(
    "PLATFORM_FAILED",
    `could not reach Slack at ${apiUrl ?? "its Web API"} (${reason})`,
    {
      cause: error,
      hints: ["check the network and, when set, SLACK_API_URL"],
    },
  );
}

/** OAuth's settings when all three are set, null in env-token mode. */
function oauthOf(config: StartSlackOptions["config"]) {
  const {
    SLACK_CLIENT_ID: clientId,
    SLACK_CLIENT_SECRET: clientSecret,
    SLACK_STATE_SECRET: stateSecret,
  } = config;
  if (!clientId && !clientSecret && !stateSecret) return null;
  if (!clientId || !clientSecret || !stateSecret) {
    throw new BriefbotError(
      "CONFIG_INVALID",
      "Slack OAuth needs SLACK_CLIENT_ID, SLACK_CLIENT_SECRET and SLACK_STATE_SECRET together",
    );
  }
  if (config.SLACK_BOT_TOKEN || config.SLACK_APP_TOKEN) {
    throw new BriefbotError(
      "CONFIG_INVALID",
      "Slack OAuth runs in HTTP mode without a fixed token: unset SLACK_BOT_TOKEN and SLACK_APP_TOKEN",
    );
  }
  return { clientId, clientSecret, stateSecret, scopes: [...(config.SLACK_SCOPES ?? SLACK_BOT_SCOPES)] };
}

/** Starts Slack; resolves once it serves (HTTP listening, or the socket connected). */
export async function startSlack(options: StartSlackOptions): Promise<SlackAdapter> {
  const { config, deps, commands } = options;
  const oauth = oauthOf(config);
  const token = config.SLACK_BOT_TOKEN;
  if (!token && !oauth) {
    throw new BriefbotError(
      "CONFIG_INVALID",
      "SLACK_BOT_TOKEN is not set (or SLACK_CLIENT_ID, SLACK_CLIENT_SECRET and SLACK_STATE_SECRET for OAuth)",
    );
  }
  const installations = options.installations;
  if (oauth && !installations)
    throw new BriefbotError("INTERNAL", "Slack OAuth mode needs the installation store");
  const clock: Clock = () => new Date((options.now ?? Date.now)());
  const logger = options.logger.child({ adapter: "slack" });
  const boltLogger = slackLogger(logger);
  const now = options.now ?? Date.now;
  const slackApiUrl = slackApiBase(config.SLACK_API_URL);
  const timeout = options.requestTimeoutMs ?? REQUEST_TIMEOUT_MS;
  const clientOptions = {
    ...(slackApiUrl === undefined ? {} : { slackApiUrl }),
    retryConfig: COMMAND_RETRY,
    timeout,
  };
  const socketMode = Boolean(config.SLACK_APP_TOKEN);

  let receiver: HTTPReceiver | SocketModeReceiver;
  if (socketMode) {
    receiver = new SocketModeReceiver({
      appToken: config.SLACK_APP_TOKEN as string,
      logger: boltLogger,
      installerOptions: { clientOptions },
    });
  } else {
    if (!config.SLACK_SIGNING_SECRET) {
      throw new BriefbotError(
        "CONFIG_INVALID",
        "SLACK_SIGNING_SECRET is required in HTTP mode (or set SLACK_APP_TOKEN)",
      );
    }
    receiver = new HTTPReceiver({
      signingSecret: config.SLACK_SIGNING_SECRET,
      endpoints: SLACK_EVENTS_PATH,
      logger: boltLogger,
      bodyLimit: BODY_LIMIT,
      ...(oauth && installations
        ? {
            ...oauth,
            installationStore: boltInstallationStore(installations, clock, logger),
            installerOptions: {
              installPath: SLACK_INSTALL_PATH,
              redirectUriPath: SLACK_REDIRECT_PATH,
              // /slack/install sends the browser straight to Slack's consent page, with the state
              // in a cookie that the redirect must bring back (CSRF).
              directInstall: true,
              stateVerification: true,
              clientOptions,
            },
          }
        : {}),
    });
  }
  const app = new App({
    ...(oauth ? {} : { token }),
    receiver,
    logger: boltLogger,
    clientOptions,
    deferInitialization: true,
    // The error handler gets the request body too: OAuth mode answers a workspace without an
    // installation through its response_url (oauth.ts).
    extendedErrorHandler: true,
  });
  try {
    await app.init();
  } catch (error) {
    throw describeStartError(error, slackApiUrl);
  }

  // Slack retries a request it thinks went unanswered; a replayed body must not act twice.
  const recent = new RecentKeys();
  app.use(async (args) => {
    const key = requestKey(args.body);
    if (recent.firstTime(key, now())) {
      await args.next();
      return;
    }
    logger.info({ key: key.slice(0, 24) }, "slack: repeated request ignored");
    if ("ack" in args && typeof args.ack === "function") await (args.ack as () => Promise<void>)();
  });
  app.error(
    async ({ error, body }: { error: { code: string; name: string; message: string }; body: unknown }) => {
      // OAuth mode: a request from a workspace without an installation (never installed, or just
      // uninstalled) is expected, not a fault: Bolt acks it and no listener runs; a command is told why.
      if (error.code === ErrorCode.AuthorizationError) {
        logger.warn(
          { code: "PLATFORM_FAILED", err: error.message },
          "slack: request from a workspace without an installation ignored",
        );
        await answerNotInstalled(body, logger);
        return;
      }
      logger.error(
        { code: "INTERNAL", err: `${error.name}: ${error.message}` },
        "slack: unhandled listener error",
      );
    },
  );
  if (oauth && installations) registerWorkspaceEvents(app, { installations, clock, logger });
  registerSlashCommands(app, { deps, commands, logger, digestAdmins: config.SLACK_DIGEST_ADMINS });
  registerMessageShortcut(app, { deps, commands, logger });
  registerBlockActions(app, { deps, commands, logger, digestAdmins: config.SLACK_DIGEST_ADMINS });
  registerAppHome(app, { deps, commands, logger, installations: oauth ? installations : undefined });

  // Digests do their own retries and bookkeeping: this client answers every failure at once.
  const poster =
    oauth && installations
      ? createWorkspacePoster({
          installations,
          apiUrl: config.SLACK_API_URL,
          logger: options.logger,
          timeoutMs: timeout,
        })
      : createSlackPoster({
          token: token as string,
          apiUrl: config.SLACK_API_URL,
          logger: options.logger,
          timeoutMs: timeout,
        });

  if (receiver instanceof SocketModeReceiver) {
    logger.info({ mode: "socket" }, "slack: connecting");
    try {
      await app.start();
    } catch (error) {
      const data = (error as { data?: { error?: unknown } } | null)?.data;
      const reason =
        typeof data?.error === "string" ? data.error : error instanceof Error ? error.message : String(error);
      throw new BriefbotError("PLATFORM_FAILED", `Socket Mode could not connect (${reason})`, {
        cause: error,
        hints: ["check SLACK_APP_TOKEN (xapp-…, with the connections:write scope)"],
      });
    }
    logger.info({ mode: "socket" }, "slack: connected");
    const stop = async () => {
      await app.stop();
    };
    return { name: "slack", poster, port: null, mode: "socket", oauth: false, stop, close: stop };
  }

  const http = receiver;
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    // Bolt checks the signature and rejects stale timestamps; future ones are ours to refuse.
    if (isFutureTimestamp(request, now())) {
      logger.warn("slack: request with a timestamp in the future refused");
      response.writeHead(401).end();
      return;
    }
    try {
      http.requestListener(request, response);
    } catch {
      // Bolt throws for paths and methods it does not serve.
      response.writeHead(404).end();
    }
  });
  server.requestTimeout = 30_000;
  server.headersTimeout = 10_000;
  const host = options.host ?? "0.0.0.0";
  const port = await listen(server, config.SLACK_PORT, host, "SLACK_PORT");
  logger.info(
    { mode: "http", port, path: SLACK_EVENTS_PATH, ...(oauth ? { install: SLACK_INSTALL_PATH } : {}) },
    "slack: listening",
  );
  const stop = () => closeGently(server);
  return { name: "slack", poster, port, mode: "http", oauth: Boolean(oauth), stop, close: stop };
}
