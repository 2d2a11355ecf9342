// Posts replies into channels outside an interaction: the scheduled digests (issue 7). It uses a
// REST client of its own, so `briefbot digest run-due` can post without a gateway connection, and
// it turns every failure into a DeliveryError the digest ledger understands: retry (429, 5xx,
// timeouts, dropped connections), gone (the bot lost the channel), failed (anything else).
import { DiscordAPIError, HTTPError, RateLimitError, REST, Routes } from "discord.js";
import { z } from "zod";
import { type ChannelPoster, DeliveryError, type PostedMessage } from "../../core/ports.ts";
import type { Reply } from "../../core/reply.ts";
import type { Logger } from "../../logger.ts";
import { cleanText, truncate } from "./escape.ts";
import { NO_MENTIONS } from "./interactions.ts";
import { describeError } from "./log-error.ts";
import { renderReply } from "./render.ts";

/** What createDiscordPoster needs. */
export interface DiscordPosterOptions {
  token: string;
  /** REST base (DISCORD_API_URL); Discord's when absent. */
  apiUrl?: string | undefined;
  logger: Logger;
  /** A 429 asking to wait longer than this is returned as DeliveryError('retry') instead of waited out. Default 5 s. */
  maxRateLimitWaitMs?: number;
  /** Per-request timeout. Default 15 s. */
  timeoutMs?: number;
}

/** Discord error codes that mean the bot can no longer post there. */
const GONE_CODES = new Set<number | string>([
  10003, // Unknown Channel
  50001, // Missing Access
  50013, // Missing Permissions
  10008, // Unknown Message (the thread's parent vanished)
  50083, // Operation on an archived thread
]);

const MessageResponse = z.looseObject({ id: z.string().min(1) });
const ThreadResponse = z.looseObject({ id: z.string().min(1) });

/** Maps a REST failure onto DeliveryError. */
export function toDeliveryError(error: unknown): DeliveryError {
  if (error instanceof DeliveryError) return error;
  if (error instanceof RateLimitError) {
    return new DeliveryError("retry", `Discord rate limit (${error.route})`, {
      retryAfterMs: Math.max(0, Math.ceil(error.retryAfter)),
      cause: error,
    });
  }
  if (error instanceof DiscordAPIError) {
    if (GONE_CODES.has(error.code) || error.status === 404) {
      return new DeliveryError("gone", `Discord refused the channel: ${error.message} (code ${error.code})`, {
        cause: error,
      });
    }
    if (error.status === 429 || error.status >= 500) {
      return new DeliveryError("retry", `Discord answered ${error.status}`, { cause: error });
    }
    return new DeliveryError("failed", `Discord refused the message: ${error.message} (code ${error.code})`, {
      cause: error,
    });
  }
  if (error instanceof HTTPError) {
    const kind = error.status === 429 || error.status >= 500 ? "retry" : "failed";
    return new DeliveryError(kind, `Discord answered ${error.status}`, { cause: error });
  }
  const name = (error as { name?: unknown } | null)?.name;
  const code = (error as { code?: unknown } | null)?.code;
  if (name === "AbortError" || name === "TimeoutError" || typeof code === "string") {
    // Timeouts and network failures (ECONNRESET, ECONNREFUSED, UND_ERR_*): worth another try.
    return new DeliveryError("retry", `Discord did not answer (${String(code ?? name)})`, { cause: error });
  }
  if (error instanceof TypeError && /fetch failed/i.test(error.message)) {
    return new DeliveryError("retry", "Discord could not be reached", { cause: error });
  }
  return new DeliveryError("failed", error instanceof Error ? error.message : String(error), {
    cause: error,
  });
}

/** A ChannelPoster for Discord channels. */
export function createDiscordPoster(options: DiscordPosterOptions): ChannelPoster {
  const maxWait = options.maxRateLimitWaitMs ?? 5000;
  const rest = new REST({
    retries: 1,
    timeout: options.timeoutMs ?? 15_000,
    // Short waits are honoured in place; long ones go back to the scheduler, which retries later
    // without holding a digest job open.
    rejectOnRateLimit: (data) => data.retryAfter > maxWait,
    ...(options.apiUrl ? { api: options.apiUrl } : {}),
  }).setToken(options.token);

  /**
   * Posts every page of a reply; only the first page's failure is thrown. Once something is in the
   * channel, throwing would make the scheduler post it again, so later failures are logged.
   */
  const send = async (channelId: string, reply: Reply): Promise<string> => {
    const [first, ...more] = renderReply(reply);
    const post = async (embeds: unknown[]) =>
      MessageResponse.parse(
        await rest.post(Routes.channelMessages(channelId), {
          body: { embeds, allowed_mentions: NO_MENTIONS },
        }),
      ).id;
    const firstId = await post(first?.embeds ?? []);
    for (const page of more) {
      try {
        await post(page.embeds);
      } catch (error) {
        options.logger.warn(
          { ...describeError(error), channelId },
          "discord: a continuation message was not posted",
        );
        break;
      }
    }
    return firstId;
  };

  return {
    platform: "discord",
    async post(
      channelId: string,
      reply: Reply,
      postOptions: { thread?: Reply } = {},
    ): Promise<PostedMessage> {
      if (!/^\d{1,25}$/.test(channelId)) {
        throw new DeliveryError("gone", `"${channelId}" is not a Discord channel id`);
      }
      let messageId: string;
      try {
        messageId = await send(channelId, reply);
      } catch (error) {
        throw toDeliveryError(error);
      }
      const thread = postOptions.thread;
      if (thread) {
        // The headline is out: a failure from here on must not make the scheduler post it again,
        // so it is logged and the post still counts as delivered.
        try {
          const raw = await rest.post(Routes.threads(channelId, messageId), {
            body: { name: truncate(cleanText(reply.title), 100) || "Details", auto_archive_duration: 1440 },
          });
          const threadId = ThreadResponse.parse(raw).id;
          await send(threadId, thread);
        } catch (error) {
          options.logger.warn(
            { ...describeError(error), channelId, messageId },
            "discord: digest posted, but its thread could not be written",
          );
        }
      }
      return { messageId };
    },
  };
}
