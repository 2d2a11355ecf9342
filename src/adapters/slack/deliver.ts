// Getting a rendered Reply to the user after the ack. A reply that fits one message goes through
// respond() (the response_url: works in any channel, DMs included, and can be ephemeral). A public
// reply too long for one message is posted with chat.postMessage so its rest can go in the
// thread; where the bot may not post (a DM, a private channel it is not in) it falls back to
// respond() follow-ups. Ephemeral replies cannot have threads: they follow up through respond().
import { setTimeout as sleep } from "node:timers/promises";
import type { RespondFn, webApi } from "@slack/bolt";
import type { Reply } from "../../core/reply.ts";
import { type RetryPolicy, retry } from "../../core/retry.ts";
import type { SlackMessage } from "./block-kit.ts";
import { postMessage } from "./channel-poster.ts";
import { renderReply } from "./render-reply.ts";

/** Slack allows five uses of a response_url. */
const RESPONSE_URL_USES = 5;

/** Where a command's answer goes. */
export interface ReplyTarget {
  respond: RespondFn;
  client: webApi.WebClient;
  channelId: string;
}

/** The one retry of a failed response_url post, a second later. */
const RESPOND_RETRY: RetryPolicy = { attempts: 2, baseMs: 1_000, maxMs: 1_000 };

/**
 * Posts through the response_url, once more after a second when that fails (a 5xx, a dropped
 * connection): losing an answer is worse than the rare repeat of one whose success went unseen.
 */
function respondOnce(respond: RespondFn, message: Parameters<RespondFn>[0]): Promise<unknown> {
  return retry(() => respond(message), { policy: RESPOND_RETRY, sleep });
}

async function respondAll(
  respond: RespondFn,
  messages: readonly SlackMessage[],
  ephemeral: boolean,
): Promise<void> {
  for (const message of messages.slice(0, RESPONSE_URL_USES)) {
    await respondOnce(respond, {
      response_type: ephemeral ? "ephemeral" : "in_channel",
      replace_original: false,
      text: message.text,
      blocks: message.blocks,
    });
  }
}

/** Sends `reply` to the caller (ephemeral) or the channel. Returns how it went, for the log. */
export async function deliverReply(reply: Reply, target: ReplyTarget): Promise<"respond" | "thread"> {
  const limit = { maxThreadMessages: RESPONSE_URL_USES - 1 };
  // Follow-ups through the response_url are separate messages, not a thread: say so.
  const followUps = () => renderReply(reply, { ...limit, moreNote: "Continued in the next messages ↓" });
  const messages = renderReply(reply, limit);
  if (messages.length === 1) {
    await respondAll(target.respond, messages, reply.ephemeral);
    return "respond";
  }
  if (reply.ephemeral) {
    await respondAll(target.respond, followUps(), true);
    return "respond";
  }
  const [first, ...rest] = messages as [SlackMessage, ...SlackMessage[]];
  let ts: string;
  try {
    ts = await postMessage(target.client, target.channelId, first);
  } catch {
    await respondAll(target.respond, followUps(), false);
    return "respond";
  }
  // The first message is out: a failure from here on must not post it again.
  for (const message of rest) await postMessage(target.client, target.channelId, message, ts);
  return "thread";
}
