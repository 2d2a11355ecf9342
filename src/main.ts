// The one place where everything is wired together (DESIGN.md): the app, then every adapter whose
// token is set, the scheduler, and the terminal chat when no platform is configured.
import { hostname } from "node:os";
import type { CommandDeps } from "../commands/command.ts";
import { runTerminal } from "./adapters/terminal/run-terminal.ts";
import { type App, createApp } from "./app.ts";
import type { Config } from "./config.ts";
import type { Platform } from "./core/platforms.ts";
import type { ChannelPoster, InstallationStore } from "./core/ports.ts";
import { closeHtmlWorker } from "./ingest/html-worker.ts";
import { rematchIfChanged } from "./ingest/rematch.ts";
import { createLogger, type Logger, terminalLogLevel } from "./logger.ts";
import { describeDatabase } from "./store/open-store.ts";

/** Something started by `start` that must be closed on shutdown. */
export interface Running {
  name: string;
  close(): Promise<void> | void;
}

/** Where the terminal adapter reads and writes (tests pass their own streams). */
export interface StartOptions {
  input?: NodeJS.ReadableStream & { isTTY?: boolean };
  output?: NodeJS.WritableStream & { isTTY?: boolean };
  /** Where plain notes for the person at the terminal go (default stderr). */
  errorOutput?: NodeJS.WritableStream;
  logger?: Logger;
  /** Register SIGINT/SIGTERM handlers (true when run as the program). */
  handleSignals?: boolean;
}

/** What startAdapters works with; it pushes what it starts onto `running`. */
export interface AdapterContext {
  config: Config;
  deps: CommandDeps;
  logger: Logger;
  running: Running[];
  /** Channel posters of the started platforms, for the scheduler's digests. */
  posters: ChannelPoster[];
  /** Slack installations (OAuth mode). */
  installations: InstallationStore;
}

/** The adapter of each chat platform (src/core/platforms.ts), started when its token is set. */
const PLATFORMS = [
  {
    name: "slack",
    // A bot token (one workspace) or OAuth (each workspace's token from its install).
    enabled: (config: Config) => Boolean(config.SLACK_BOT_TOKEN || config.SLACK_CLIENT_ID),
    load: async () => (await import("./adapters/slack/start-slack.ts")).startSlack,
  },
  {
    name: "discord",
    enabled: (config: Config) => Boolean(config.DISCORD_TOKEN),
    load: async () => (await import("./adapters/discord/start.ts")).startDiscord,
  },
] satisfies ReadonlyArray<{ name: Platform; enabled: unknown; load: unknown }>;

/** The platforms this configuration turns on. */
const enabledPlatforms = (config: Config) => PLATFORMS.filter((platform) => platform.enabled(config));

/** Starts every enabled platform, then the scheduler that posts digests through them. */
async function startAdapters(context: AdapterContext): Promise<void> {
  const { config, deps, logger, running, posters, installations } = context;
  for (const platform of enabledPlatforms(config)) {
    const [startPlatform, { COMMANDS }] = await Promise.all([
      platform.load(),
      import("../commands/index.ts"),
    ]);
    const adapter = await startPlatform({ config, deps, commands: COMMANDS, logger, installations });
    running.push(adapter);
    posters.push(adapter.poster);
  }
  // The scheduler (digests, feed polling) runs only when a platform can receive digests.
  if (posters.length > 0) {
    const { startScheduler } = await import("./scheduler/start-scheduler.ts");
    running.push(startScheduler({ config, deps, posters, logger, poll: "feeds" }));
  }
}

/** Whether any chat platform is configured. */
export function hasPlatform(config: Config): boolean {
  return enabledPlatforms(config).length > 0;
}

/**
 * A topic file added or edited since the documents were last matched: match them all again, so
 * the topic holds what its rules now say. A failure is logged and the bot starts anyway: the hash
 * is recorded only after a whole rematch, so the next start tries again.
 */
async function rematchOnChange(app: App, logger: Logger): Promise<void> {
  try {
    const summary = await rematchIfChanged(app.deps.store);
    if (summary) logger.info(summary, "topic definitions changed: stored documents matched again");
  } catch (error) {
    logger.warn(
      { err: error },
      "matching stored documents against the changed topics failed; run `briefbot topics rematch`",
    );
  }
}

/** Starts briefbot; resolves when it has shut down (terminal EOF or /quit, SIGINT, SIGTERM). */
export async function start(config: Config, options: StartOptions = {}): Promise<void> {
  const platform = hasPlatform(config);
  const level = platform ? (config.LOG_LEVEL ?? "info") : terminalLogLevel(config);
  const logger = options.logger ?? createLogger(config, { level });
  const app: App = await createApp(config, { logger });
  await rematchOnChange(app, logger);
  const running: Running[] = [];
  let stopping: Promise<void> | null = null;
  let signalled: (() => void) | null = null;
  const stopped = new Promise<void>((resolve) => {
    signalled = resolve;
  });

  // A signal during start must not close the store under an adapter that is still starting:
  // shutdown waits for the start to settle first.
  let startup: Promise<void> = Promise.resolve();
  const shutdown = (reason: string): Promise<void> => {
    stopping ??= (async () => {
      await startup.catch(() => undefined);
      logger.info({ reason }, "shutting down");
      for (const item of [...running].reverse()) {
        try {
          await item.close();
        } catch (error) {
          logger.error({ err: error, adapter: item.name }, "close failed");
        }
      }
      // The HTML reader's thread (started by a /brief-message link) goes with the store.
      await closeHtmlWorker().catch(() => undefined);
      await app.close();
      signalled?.();
    })();
    return stopping;
  };

  const terminal = new AbortController();
  const onSignal = (signal: NodeJS.Signals) => {
    terminal.abort();
    void shutdown(signal);
  };
  if (options.handleSignals) {
    process.once("SIGINT", onSignal);
    process.once("SIGTERM", onSignal);
  }

  startup = (async () => {
    // Ops first: /healthz answers 503 while the adapters start, and the adapters record into its metrics.
    if (config.BRIEFBOT_HEALTH_PORT !== undefined) {
      const { startOps } = await import("./ops/start-ops.ts");
      const expected: string[] = enabledPlatforms(config).map((enabled) => enabled.name);
      if (platform) expected.push("scheduler");
      running.push(
        await startOps({
          port: config.BRIEFBOT_HEALTH_PORT,
          deps: app.deps,
          components: () => running,
          expected,
          about: {
            replica: config.BRIEFBOT_REPLICA_ID ?? `${hostname()}:${process.pid}`,
            database: describeDatabase(config),
          },
          logger,
        }),
      );
    }
    await startAdapters({
      config,
      deps: app.deps,
      logger,
      running,
      posters: [],
      installations: app.installations,
    });
  })();
  try {
    await startup;
  } catch (error) {
    await shutdown("start failed");
    throw error;
  }

  if (running.length > 0) {
    logger.info({ adapters: running.map((item) => item.name) }, "briefbot is up");
  } else if (platform) {
    logger.warn("a platform token is set but no adapter started");
  }

  if (!platform && stopping === null) {
    logger.info("no platform token set: starting the terminal chat");
    const input = options.input ?? process.stdin;
    const output = options.output ?? process.stdout;
    const { answered, quit } = await runTerminal({
      deps: app.deps,
      input,
      output,
      logger,
      signal: terminal.signal,
      noColor: config.NO_COLOR,
    });
    // Empty piped input: a plain note (a person reads it, not a log collector); a /quit says nothing.
    if (answered === 0 && !quit && input.isTTY !== true && !terminal.signal.aborted) {
      (options.errorOutput ?? process.stderr).write(
        'briefbot: the input held no command and no SLACK_BOT_TOKEN or DISCORD_TOKEN is set; pipe commands in (echo "/brief russia-china" | npm start) or run it in a terminal\n',
      );
    }
    await shutdown("terminal closed");
  }
  await stopped;
  if (options.handleSignals) {
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
  }
}
