// The Discord adapter in HTTP mode (DISCORD_PUBLIC_KEY set): no gateway connection; interactions
// arrive at the signed HTTP endpoint, so any number of replicas behind a load balancer can answer
// them. DISCORD_TOKEN still posts digests (REST) and registers commands.
import { REST } from "discord.js";
import { BriefbotError } from "../../core/errors.ts";
import { createDiscordPoster } from "./channel-poster.ts";
import { createHttpCommandHandler } from "./http-commands.ts";
import { startInteractionsEndpoint } from "./http-endpoint.ts";
import type { DiscordAdapter, StartDiscordOptions } from "./start.ts";
import { discordPublicKey } from "./verify-signature.ts";

/** Serves interactions over HTTP until stopped. */
export async function startDiscordHttp(options: StartDiscordOptions): Promise<DiscordAdapter> {
  const { config, logger } = options;
  const token = config.DISCORD_TOKEN;
  const applicationId = config.DISCORD_APPLICATION_ID;
  if (!token || !applicationId || !config.DISCORD_PUBLIC_KEY) {
    throw new BriefbotError(
      "CONFIG_INVALID",
      "the Discord interactions endpoint needs DISCORD_TOKEN, DISCORD_APPLICATION_ID and DISCORD_PUBLIC_KEY",
    );
  }
  let publicKey: ReturnType<typeof discordPublicKey>;
  try {
    publicKey = discordPublicKey(config.DISCORD_PUBLIC_KEY);
  } catch (error) {
    throw new BriefbotError("CONFIG_INVALID", `DISCORD_PUBLIC_KEY is not an Ed25519 public key`, {
      cause: error,
    });
  }
  const apiUrl = config.DISCORD_API_URL;
  // Webhook calls only (auth: false on each): this client never sends the bot token.
  const rest = new REST({ version: "10", ...(apiUrl ? { api: apiUrl } : {}) });
  const handle = createHttpCommandHandler({
    deps: options.deps,
    commands: options.commands,
    logger,
    applicationId,
    rest,
    ...(options.deferAfterMs === undefined ? {} : { deferAfterMs: options.deferAfterMs }),
    ...(options.commandTimeoutMs === undefined ? {} : { commandTimeoutMs: options.commandTimeoutMs }),
  });
  const endpoint = await startInteractionsEndpoint({
    port: config.DISCORD_INTERACTIONS_PORT ?? 3001,
    ...(options.host === undefined ? {} : { host: options.host }),
    publicKey,
    handle,
    logger,
    ...(options.now === undefined ? {} : { now: options.now }),
  });
  let stopped: Promise<void> | null = null;
  const stop = () => {
    stopped ??= endpoint.close();
    return stopped;
  };
  return {
    name: "discord",
    poster: createDiscordPoster({ token, apiUrl, logger }),
    // A bot application's user id is its application id.
    userId: applicationId,
    port: endpoint.port,
    get connected() {
      return stopped === null;
    },
    stop,
    close: stop,
  };
}
