// Posts replies to channels outside a command (scheduled digests) with chat.postMessage. The
// WebClient it uses must not retry (rejectRateLimitedCalls, retries 0): the digest job owns retries
// and the ledger, so every failure comes back at once as a DeliveryError saying what to do.
// A digest carries its idempotency key as message metadata, so that `findPosted` can tell after a
// crash (or a timeout whose post went through) that it is already in the channel: Slack itself
// does not dedupe chat.postMessage.
import { setTimeout as wait } from "node:timers/promises";
import { webApi } from "@slack/bolt";
import { z } from "zod";
import { DeliveryError } from "../../core/errors.ts";
import type { ChannelPoster, PostedMessage } from "../../core/ports.ts";
import type { Reply } from "../../core/reply.ts";
import { type RetryPolicy, retry } from "../../core/retry.ts";
import type { Logger } from "../../logger.ts";
import type { SlackMessage } from "./block-kit.ts";
import { botIdOf, digestMetadata, findDigestMessage } from "./digest-lookup.ts";
import { renderReply } from "./render-reply.ts";
import { slackLogger } from "./slack-logger.ts";

type WebClient = webApi.WebClient;

/** Longest Retry-After a thread message waits for before it is given up. */
const MAX_THREAD_WAIT_MS = 30_000;
/** A thread message gets one more try, after Slack's Retry-After (1 s when it names none). */
const THREAD_RETRY: RetryPolicy = { attempts: 2, baseMs: 1_000, maxMs: MAX_THREAD_WAIT_MS };

/** Slack errors that mean the bot can no longer post to the channel. */
const GONE = new Set([
  "channel_not_found",
  "is_archived",
  "not_in_channel",
  "restricted_action",
  "restricted_action_read_only_channel",
  "restricted_action_thread_only_channel",
  "team_access_not_granted",
  "account_inactive",
  "token_revoked",
  "invalid_auth",
  "not_authed",
  "missing_scope",
]);
/** Slack errors worth retrying later. */
const TRANSIENT = new Set([
  "ratelimited",
  "rate_limited",
  "internal_error",
  "fatal_error",
  "service_unavailable",
  "request_timeout",
]);

/** Maps an error from the WebClient to a DeliveryError. */
export function toDeliveryError(error: unknown): DeliveryError {
  if (error instanceof DeliveryError) return error;
  const record = (typeof error === "object" && error !== null ? error : {}) as Record<string, unknown>;
  const code = record.code;
  if (code === "slack_webapi_rate_limited_error") {
    const seconds = typeof record.retryAfter === "number" ? record.retryAfter : 1;
    return new DeliveryError("retry", `Slack rate-limited the post (retry after ${seconds}s)`, {
      retryAfterMs: seconds * 1000,
      cause: error,
    });
  }
  if (code === "slack_webapi_http_error") {
    const status = typeof record.statusCode === "number" ? record.statusCode : 0;
    const kind = status >= 500 || status === 408 ? "retry" : "failed";
    return new DeliveryError(kind, `Slack answered HTTP ${status}`, { cause: error });
  }
  if (code === "slack_webapi_request_error") {
    return new DeliveryError("retry", "the request to Slack failed or timed out", { cause: error });
  }
  if (code === "slack_webapi_platform_error") {
    const slackError = String((record.data as { error?: unknown } | undefined)?.error ?? "unknown_error");
    if (GONE.has(slackError))
      return new DeliveryError("gone", `Slack refused the post: ${slackError}`, { cause: error });
    if (TRANSIENT.has(slackError))
      return new DeliveryError("retry", `Slack error: ${slackError}`, { cause: error });
    return new DeliveryError("failed", `Slack error: ${slackError}`, { cause: error });
  }
  const message = error instanceof Error ? error.message : String(error);
  return new DeliveryError("retry", `posting to Slack failed: ${message}`, { cause: error });
}

/** Posts one rendered message (under `threadTs` when given, with `metadata` when given); returns its ts. */
export async function postMessage(
  client: WebClient,
  channel: string,
  message: SlackMessage,
  threadTs?: string,
  metadata?: ReturnType<typeof digestMetadata>,
): Promise<string> {
  const result = await client.chat.postMessage({
    channel,
    text: message.text,
    blocks: message.blocks,
    unfurl_links: false,
    unfurl_media: false,
    ...(threadTs === undefined ? {} : { thread_ts: threadTs }),
    ...(metadata === undefined ? {} : { metadata }),
  });
  if (typeof result.ts !== "string") throw new DeliveryError("failed", "Slack did not return the message ts");
  return result.ts;
}

/**
 * Whether Slack may hold the message although the call failed: the request or its answer was lost
 * (timeouts, dropped connections) or a 5xx came from somewhere between. A rate limit or a Slack
 * error answer means it was not posted.
 */
function mayHavePosted(error: unknown): boolean {
  if (error instanceof DeliveryError) return false;
  const record = (typeof error === "object" && error !== null ? error : {}) as Record<string, unknown>;
  if (record.code === "slack_webapi_rate_limited_error" || record.code === "slack_webapi_platform_error")
    return false;
  if (record.code === "slack_webapi_http_error") {
    const status = typeof record.statusCode === "number" ? record.statusCode : 0;
    return status >= 500 || status === 408;
  }
  return true;
}

/** What to do about a lookup Slack refused, for the log. */
function lookupHint(message: string): string {
  if (/missing_scope|not_allowed_token_type/.test(message))
    return "give the app the channels:history and groups:history scopes (slack/manifest.yaml) and reinstall it";
  if (/not_in_channel|channel_not_found/.test(message))
    return "invite the bot to the channel (/invite @briefbot)";
  return "check SLACK_BOT_TOKEN and the app's installation";
}

/** Keys whose last post failed in a way that may have posted all the same; bounded. */
const MAX_UNCERTAIN = 1_000;

/** Options of createChannelPoster. */
export interface ChannelPosterOptions {
  /** The clock of the lookup window; Date.now by default. */
  now?: () => number;
  /** How a retry waits; real timers by default (tests pass one that records the wait). */
  sleep?: (ms: number) => Promise<void>;
}

/**
 * The Slack ChannelPoster. `client` must be built with retries off (rejectRateLimitedCalls, retries 0).
 * Only the first message decides success: once it is posted, a failed thread message is logged, not
 * thrown, or the digest job would post the first message again.
 */
export function createChannelPoster(
  client: WebClient,
  logger: Logger,
  options: ChannelPosterOptions = {},
): ChannelPoster {
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? wait;
  const botId = botIdOf(client);
  const uncertain = new Set<string>();

  const postThread = async (channelId: string, ts: string, thread: SlackMessage[]): Promise<void> => {
    for (const message of thread) {
      try {
        // One wait for a short rate limit, as the WebClient would; anything else is logged below.
        await retry(() => postMessage(client, channelId, message, ts), {
          policy: THREAD_RETRY,
          sleep,
          retryable: (error) => {
            const failure = toDeliveryError(error);
            return failure.kind === "retry" && (failure.retryAfterMs ?? 1000) <= MAX_THREAD_WAIT_MS;
          },
          retryAfterMs: (error) => toDeliveryError(error).retryAfterMs,
        });
      } catch (error) {
        const failure = toDeliveryError(error);
        logger.warn(
          { channel: channelId, kind: failure.kind, err: failure.message },
          "slack: thread message not posted",
        );
        break;
      }
    }
  };

  /**
   * The digest posted with `key`, or null. Throws DeliveryError("retry") when Slack cannot answer
   * now; a refusal that asking again will not change (a missing scope, a channel the bot is not
   * in) is logged and answered null, so the digest job is not stuck on it: it then posts, which
   * reports the channel's state, at the risk of a repeat.
   */
  const findPosted = async (channelId: string, key: string): Promise<PostedMessage | null> => {
    try {
      const ts = await findDigestMessage(client, channelId, key, { botId: await botId(), now: now() });
      return ts === null ? null : { messageId: ts };
    } catch (error) {
      const failure =
        error instanceof z.ZodError
          ? new DeliveryError("failed", `unexpected answer from Slack: ${z.prettifyError(error)}`, {
              cause: error,
            })
          : toDeliveryError(error);
      if (failure.kind === "retry") throw failure;
      logger.warn(
        { channel: channelId, kind: failure.kind, err: failure.message, hint: lookupHint(failure.message) },
        "slack: cannot look for an earlier digest in the channel; a crash just after a post may repeat it",
      );
      return null;
    }
  };

  return {
    platform: "slack",
    async post(
      channelId: string,
      reply: Reply,
      postOptions: { thread?: Reply; idempotencyKey?: string } = {},
    ): Promise<PostedMessage> {
      const [first, ...rest] = renderReply(reply);
      if (!first) throw new DeliveryError("failed", "nothing to post");
      const key = postOptions.idempotencyKey;
      let ts: string | null = null;
      if (key !== undefined && uncertain.has(key)) {
        // The last attempt may have gone through with its answer lost: look before posting again.
        ts = (await findPosted(channelId, key))?.messageId ?? null;
        if (ts !== null)
          logger.info({ channel: channelId, ts }, "slack: an earlier attempt was posted after all");
      }
      if (ts === null) {
        try {
          ts = await postMessage(
            client,
            channelId,
            first,
            undefined,
            key === undefined ? undefined : digestMetadata(key),
          );
        } catch (error) {
          if (key !== undefined && mayHavePosted(error)) {
            if (uncertain.size >= MAX_UNCERTAIN) uncertain.clear();
            uncertain.add(key);
          }
          throw toDeliveryError(error);
        }
      }
      if (key !== undefined) uncertain.delete(key);
      await postThread(channelId, ts, [
        ...rest,
        ...(postOptions.thread ? renderReply(postOptions.thread) : []),
      ]);
      return { messageId: ts };
    },
    findPosted,
  };
}

/** The Web API base with the trailing slash the WebClient expects; undefined (Slack's own) when unset. */
export const slackApiBase = (url: string | undefined): string | undefined =>
  url === undefined || url === "" ? undefined : url.endsWith("/") ? url : `${url}/`;

/** What createSlackPoster needs. */
export interface SlackPosterOptions {
  /** The bot token (SLACK_BOT_TOKEN). */
  token: string;
  /** Web API base (SLACK_API_URL); Slack's when absent. */
  apiUrl?: string | undefined;
  logger: Logger;
  /** Timeout of each Web API request in ms (default 10,000). */
  timeoutMs?: number;
  /** The clock of the lookup window; Date.now by default. */
  now?: () => number;
  /** How a thread message's one retry waits; real timers by default. */
  sleep?: (ms: number) => Promise<void>;
}

/**
 * A Slack ChannelPoster with its own WebClient, which needs no running Bolt app: the adapter's
 * poster, and that of processes that post digests without serving Slack events (`briefbot digest
 * run-due`). It never retries by itself: digests do their own retries and bookkeeping.
 */
export function createSlackPoster(options: SlackPosterOptions): ChannelPoster {
  const logger = options.logger.child({ adapter: "slack" });
  const slackApiUrl = slackApiBase(options.apiUrl);
  const client = new webApi.WebClient(options.token, {
    ...(slackApiUrl === undefined ? {} : { slackApiUrl }),
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    timeout: options.timeoutMs ?? 10_000,
    logger: slackLogger(logger),
  });
  return createChannelPoster(client, logger, {
    ...(options.now === undefined ? {} : { now: options.now }),
    ...(options.sleep === undefined ? {} : { sleep: options.sleep }),
  });
}
