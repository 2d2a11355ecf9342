// Starts the Discord adapter: a discord.js gateway client that serves interactions, and the
// ChannelPoster the scheduler posts digests through. DISCORD_API_URL, when set, is the REST base;
// the gateway is discovered through it (GET /gateway/bot), as discord.js always does.
import { Client, Events, GatewayIntentBits, Status } from "discord.js";
import type { Config } from "../../config.ts";
import { BriefbotError } from "../../core/errors.ts";
import type { ChannelPoster } from "../../core/ports.ts";
import { createDiscordPoster } from "./channel-poster.ts";
import { createInteractionHandler, type InteractionHandlerOptions, NO_MENTIONS } from "./interactions.ts";
import { describeError } from "./log-error.ts";

/** What startDiscord needs: the interaction handler's options, and the configuration. */
export interface StartDiscordOptions extends InteractionHandlerOptions {
  config: Pick<Config, "DISCORD_TOKEN" | "DISCORD_APPLICATION_ID" | "DISCORD_API_URL"> &
    Partial<Pick<Config, "DISCORD_PUBLIC_KEY" | "DISCORD_INTERACTIONS_PORT" | "DISCORD_SHARDS">>;
  /** Give up starting when the gateway is not ready after this long. Default 30 s. */
  readyTimeoutMs?: number;
  /** HTTP mode: the interface the endpoint listens on (default 0.0.0.0; tests use 127.0.0.1). */
  host?: string;
  /** HTTP mode: the clock of the signature timestamp check (ms). */
  now?: () => number;
}

/** The running adapter; `close` is `stop`, so it can join main.ts's list of running things. */
export interface DiscordAdapter {
  name: "discord";
  poster: ChannelPoster;
  /** The bot's user id, as READY gave it. */
  userId: string;
  /** Whether the gateway session is up (false while reconnecting and after stop), for /healthz. */
  readonly connected: boolean;
  /** HTTP mode: the interactions endpoint's bound port. */
  port?: number;
  stop(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Logs in, waits for READY and serves interactions until stopped; with DISCORD_PUBLIC_KEY, serves
 * them over HTTP instead (start-http.ts) and opens no gateway connection.
 */
export async function startDiscord(options: StartDiscordOptions): Promise<DiscordAdapter> {
  const { config, logger } = options;
  if (config.DISCORD_PUBLIC_KEY) return (await import("./start-http.ts")).startDiscordHttp(options);
  const shards = config.DISCORD_SHARDS;
  const token = config.DISCORD_TOKEN;
  if (!token || !config.DISCORD_APPLICATION_ID) {
    throw new BriefbotError(
      "CONFIG_INVALID",
      "DISCORD_TOKEN and DISCORD_APPLICATION_ID are both needed for Discord",
    );
  }
  const apiUrl = config.DISCORD_API_URL;
  const client = new Client({
    // Interactions arrive without any intent; Guilds keeps channels cached for context menus.
    intents: [GatewayIntentBits.Guilds],
    allowedMentions: NO_MENTIONS,
    // Guilds listed in READY as unavailable do not hold up readiness for long.
    waitGuildTimeout: 5000,
    ...(apiUrl ? { rest: { api: apiUrl } } : {}),
    // DISCORD_SHARDS: this process runs these shards of the total; other replicas run the rest.
    ...(shards ? { shards: shards.shards, shardCount: shards.count } : {}),
  });

  const handler = createInteractionHandler({
    deps: options.deps,
    commands: options.commands,
    logger,
    ...(options.deferAfterMs === undefined ? {} : { deferAfterMs: options.deferAfterMs }),
    ...(options.commandTimeoutMs === undefined ? {} : { commandTimeoutMs: options.commandTimeoutMs }),
  });
  client.on(Events.InteractionCreate, (interaction) => {
    void handler(interaction);
  });
  client.on(Events.Error, (error) => logger.error(describeError(error), "discord: client error"));
  // discord.js reconnects and resumes by itself; these lines say so, except while stopping.
  let stopping: Promise<void> | null = null;
  client.on(Events.ShardDisconnect, (event, shard) => {
    if (!stopping) logger.warn({ shard, closeCode: event.code }, "discord: gateway disconnected");
  });
  client.on(Events.ShardReconnecting, (shard) => {
    if (!stopping) logger.info({ shard }, "discord: gateway reconnecting");
  });
  client.on(Events.ShardResume, (shard, replayed) =>
    logger.info({ shard, replayed }, "discord: gateway resumed"),
  );

  const ready = new Promise<Client<true>>((resolve) => client.once(Events.ClientReady, resolve));
  const timeoutMs = options.readyTimeoutMs ?? 30_000;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new BriefbotError(
            "PLATFORM_FAILED",
            `Discord was not ready after ${Math.round(timeoutMs / 1000)} s`,
          ),
        ),
      timeoutMs,
    );
  });
  let readyClient: Client<true>;
  try {
    await Promise.race([client.login(token), timeout]);
    readyClient = await Promise.race([ready, timeout]);
  } catch (error) {
    await client.destroy().catch(() => undefined);
    if (error instanceof BriefbotError) throw error;
    const record = describeError(error);
    throw new BriefbotError("PLATFORM_FAILED", `could not connect to Discord: ${record.message}`, {
      cause: error,
    });
  } finally {
    clearTimeout(timer);
  }

  const userId = readyClient.user.id;
  logger.info(
    {
      user: readyClient.user.tag,
      guilds: readyClient.guilds.cache.size,
      ...(shards ? { shards: shards.shards, shardCount: shards.count } : {}),
    },
    "discord: connected",
  );
  const stop = () => {
    stopping ??= client.destroy();
    return stopping;
  };
  return {
    name: "discord",
    poster: createDiscordPoster({ token, apiUrl, logger }),
    userId,
    get connected() {
      return !stopping && client.ws.status === Status.Ready;
    },
    stop,
    close: stop,
  };
}
