// Posts replies to channels outside a command (scheduled digests) with chat.postMessage. The
// WebClient it uses must not retry (rejectRateLimitedCalls, retries 0): the digest job owns retries
// and the ledger, so every failure comes back at once as a DeliveryError saying what to do.
import type { webApi } from "@slack/bolt";
import { type ChannelPoster, DeliveryError, type PostedMessage } from "../../core/ports.ts";
import type { Reply } from "../../core/reply.ts";
import type { Logger } from "../../logger.ts";
import type { SlackMessage } from "./block-kit.ts";
import { renderReply } from "./render-reply.ts";

type WebClient = webApi.WebClient;

/** Longest Retry-After a thread message waits for before it is given up. */
const MAX_THREAD_WAIT_MS = 30_000;

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

/** Posts one rendered message (under `threadTs` when given); returns its ts. */
export async function postMessage(
  client: WebClient,
  channel: string,
  message: SlackMessage,
  threadTs?: string,
): Promise<string> {
  const result = await client.chat.postMessage({
    channel,
    text: message.text,
    blocks: message.blocks,
    unfurl_links: false,
    unfurl_media: false,
    ...(threadTs === undefined ? {} : { thread_ts: threadTs }),
  });
  if (typeof result.ts !== "string") throw new DeliveryError("failed", "Slack did not return the message ts");
  return result.ts;
}

/**
 * The Slack ChannelPoster. `client` must be built with retries off (rejectRateLimitedCalls, retries 0).
 * Only the first message decides success: once it is posted, a failed thread message is logged, not
 * thrown, or the digest job would post the first message again.
 */
export function createChannelPoster(client: WebClient, logger: Logger): ChannelPoster {
  return {
    platform: "slack",
    async post(channelId: string, reply: Reply, options: { thread?: Reply } = {}): Promise<PostedMessage> {
      const [first, ...rest] = renderReply(reply);
      let ts: string;
      try {
        if (!first) throw new DeliveryError("failed", "nothing to post");
        ts = await postMessage(client, channelId, first);
      } catch (error) {
        throw toDeliveryError(error);
      }
      const thread = [...rest, ...(options.thread ? renderReply(options.thread) : [])];
      for (const message of thread) {
        try {
          await postMessage(client, channelId, message, ts).catch(async (error: unknown) => {
            // One wait for a short rate limit, as the WebClient would; anything else is logged below.
            const failure = toDeliveryError(error);
            if (failure.kind !== "retry" || (failure.retryAfterMs ?? 1000) > MAX_THREAD_WAIT_MS)
              throw failure;
            await new Promise((resolve) => setTimeout(resolve, failure.retryAfterMs ?? 1000));
            return postMessage(client, channelId, message, ts);
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
      return { messageId: ts };
    },
  };
}
