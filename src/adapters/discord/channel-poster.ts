// Posts replies into channels outside an interaction: the scheduled digests (issue 7). It uses a
// REST client of its own, so `briefbot digest run-due` can post without a gateway connection, and
// it turns every failure into a DeliveryError the digest ledger understands: retry (429, 5xx,
// timeouts, dropped connections), gone (the bot lost the channel), failed (anything else).
//
// A digest is posted at most once per idempotency key, in two ways. Each message carries a
// `nonce` derived from the key with `enforce_nonce`, so Discord itself answers a repeated create
// (a retry, or a restart soon after a crash) with the earlier message for a few minutes. And the
// first embed's title ends with an invisible marker derived from the key (zero-width characters,
// which escape.ts removes from all document text, so only this file writes them): Discord does not
// return nonces when messages are read back later, the marker is what `findPosted` reads.
import { createHash } from "node:crypto";
import { type APIEmbed, DiscordAPIError, HTTPError, RateLimitError, REST, Routes } from "discord.js";
import { z } from "zod";
import { isChannelId } from "../../core/channel-id.ts";
import { DeliveryError } from "../../core/errors.ts";
import type { ChannelPoster, PostedMessage } from "../../core/ports.ts";
import type { Reply } from "../../core/reply.ts";
import type { Logger } from "../../logger.ts";
import { cleanText, truncate } from "./escape.ts";
import { NO_MENTIONS } from "./interactions.ts";
import { describeError } from "./log-error.ts";
import { DISCORD_LIMITS, renderReply } from "./render.ts";

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
const CurrentUser = z.looseObject({ id: z.string().min(1) });
const ChannelMessages = z.array(
  z.looseObject({
    id: z.string(),
    author: z.looseObject({ id: z.string() }).optional(),
    nonce: z.union([z.string(), z.number()]).nullish(),
    embeds: z.array(z.looseObject({ title: z.string().optional() })).optional(),
  }),
);

/** Discord's longest nonce. */
const NONCE_LENGTH = 25;
/** Recent messages read by findPosted: one request, Discord's maximum page. */
export const LOOKUP_LIMIT = 100;
/** "A thread has already been created for this message": the repeat of a post Discord deduped. */
const THREAD_EXISTS = 160004;
/** The four zero-width characters that spell the marker, two bits each. */
const MARKER_DIGITS = ["\u200B", "\u200C", "\u200D", "\u2060"] as const;

/** The nonce of page `page` of the digest with idempotency key `key`: 25 hex characters of a hash. */
export function digestNonce(key: string, page = 0): string {
  return createHash("sha256").update(`${key}#${page}`).digest("hex").slice(0, NONCE_LENGTH);
}

/** The invisible marker of `key`: 64 bits of its hash written as 32 zero-width characters. */
export function digestMarker(key: string): string {
  const bytes = createHash("sha256").update(`briefbot-marker:${key}`).digest().subarray(0, 8);
  let marker = "";
  for (const byte of bytes) {
    for (let shift = 6; shift >= 0; shift -= 2) marker += MARKER_DIGITS[(byte >> shift) & 3];
  }
  return marker;
}

/** The embed with `marker` at the end of its title, the title shortened if the 256 limit needs it. */
function withMarker(embed: APIEmbed, marker: string): APIEmbed {
  const title = truncate(embed.title ?? "", DISCORD_LIMITS.title - marker.length);
  return { ...embed, title: `${title}${marker}` };
}

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

/**
 * An id as one URL path segment. Ids are checked to be snowflakes first; encoding as well means
 * that no id (a thread id from an answer included) can ever step into another API path.
 */
const pathId = (id: string): string => encodeURIComponent(id);

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
  const send = async (channelId: string, reply: Reply, key?: string): Promise<string> => {
    const [first, ...more] = renderReply(reply);
    const post = async (embeds: APIEmbed[], page: number) =>
      MessageResponse.parse(
        await rest.post(Routes.channelMessages(pathId(channelId)), {
          body: {
            embeds,
            allowed_mentions: NO_MENTIONS,
            ...(key === undefined ? {} : { nonce: digestNonce(key, page), enforce_nonce: true }),
          },
        }),
      ).id;
    const [head, ...tail] = first?.embeds ?? [];
    const firstEmbeds =
      head && key !== undefined ? [withMarker(head, digestMarker(key)), ...tail] : (first?.embeds ?? []);
    const firstId = await post(firstEmbeds, 0);
    for (const [index, page] of more.entries()) {
      try {
        await post(page.embeds, index + 1);
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

  let botUserId: Promise<string> | null = null;
  /** The bot's own user id (GET /users/@me), asked once. */
  const me = (): Promise<string> => {
    botUserId ??= rest.get(Routes.user()).then(
      (raw) => CurrentUser.parse(raw).id,
      (error: unknown) => {
        botUserId = null;
        throw error;
      },
    );
    return botUserId;
  };

  /**
   * The digest with `key` among the channel's recent messages, or null. Throws DeliveryError("retry")
   * when Discord cannot answer now; a refusal that asking again will not change (no access, no Read
   * Message History) is logged and answered null, so the digest job is not stuck on it: it then
   * posts, and the nonce still makes Discord return the earlier message within a few minutes.
   */
  const findPosted = async (channelId: string, key: string): Promise<PostedMessage | null> => {
    if (!isChannelId("discord", channelId)) return null;
    try {
      const botId = await me();
      const raw = await rest.get(Routes.channelMessages(pathId(channelId)), {
        query: new URLSearchParams({ limit: String(LOOKUP_LIMIT) }),
      });
      const nonce = digestNonce(key, 0);
      const marker = digestMarker(key);
      const found = ChannelMessages.parse(raw).find(
        (message) =>
          message.author?.id === botId &&
          (String(message.nonce ?? "") === nonce || message.embeds?.[0]?.title?.endsWith(marker) === true),
      );
      return found ? { messageId: found.id } : null;
    } catch (error) {
      const failure =
        error instanceof z.ZodError
          ? new DeliveryError("failed", `unexpected answer from Discord: ${z.prettifyError(error)}`, {
              cause: error,
            })
          : toDeliveryError(error);
      if (failure.kind === "retry") throw failure;
      options.logger.warn(
        {
          ...describeError(error),
          channelId,
          hint: "give the bot View Channel and Read Message History in the channel",
        },
        "discord: cannot look for an earlier digest in the channel; relying on the message nonce",
      );
      return null;
    }
  };

  return {
    platform: "discord",
    findPosted,
    async post(
      channelId: string,
      reply: Reply,
      postOptions: { thread?: Reply; idempotencyKey?: string } = {},
    ): Promise<PostedMessage> {
      if (!isChannelId("discord", channelId)) {
        throw new DeliveryError("gone", `"${channelId}" is not a Discord channel id`);
      }
      let messageId: string;
      try {
        messageId = await send(channelId, reply, postOptions.idempotencyKey);
      } catch (error) {
        throw toDeliveryError(error);
      }
      const thread = postOptions.thread;
      if (thread) {
        // The headline is out: a failure from here on must not make the scheduler post it again,
        // so it is logged and the post still counts as delivered.
        try {
          const raw = await rest.post(Routes.threads(pathId(channelId), pathId(messageId)), {
            body: { name: truncate(cleanText(reply.title), 100) || "Details", auto_archive_duration: 1440 },
          });
          const threadId = ThreadResponse.parse(raw).id;
          await send(threadId, thread);
        } catch (error) {
          if (error instanceof DiscordAPIError && error.code === THREAD_EXISTS) {
            // Discord returned the message of an earlier attempt (same nonce), thread and all.
            options.logger.info(
              { channelId, messageId },
              "discord: digest was already posted, with its thread",
            );
          } else {
            options.logger.warn(
              { ...describeError(error), channelId, messageId },
              "discord: digest posted, but its thread could not be written",
            );
          }
        }
      }
      return { messageId };
    },
  };
}
