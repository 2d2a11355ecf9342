// Finds a digest this bot already posted, by the idempotency key it carries as message metadata.
// After a crash between Slack accepting a digest and the ledger recording it (or a timeout whose
// post went through), the digest job asks before posting again. Slack itself does not dedupe
// chat.postMessage, so this lookup is the only guard on Slack.
import type { webApi } from "@slack/bolt";
import { z } from "zod";

type WebClient = webApi.WebClient;

/** The metadata event type of digest messages; its payload is `{ key }`. */
export const DIGEST_EVENT_TYPE = "briefbot_digest";
/** How far back the lookup reads: a repeat after a crash is a matter of minutes, catch-up at most hours. */
export const LOOKBACK_MS = 2 * 24 * 3_600_000;
/** Messages per conversations.history page (Slack allows up to 1,000; 200 is its advice). */
export const PAGE_LIMIT = 200;
/** Pages read at most: the lookup stays a bounded number of calls in the busiest channel. */
export const MAX_PAGES = 3;

/** The message metadata that carries a digest's idempotency key. */
export function digestMetadata(key: string): { event_type: string; event_payload: { key: string } } {
  return { event_type: DIGEST_EVENT_TYPE, event_payload: { key } };
}

const HistoryMessage = z.looseObject({
  ts: z.string().optional(),
  bot_id: z.string().optional(),
  metadata: z
    .looseObject({
      event_type: z.string().optional(),
      event_payload: z.looseObject({ key: z.unknown().optional() }).optional(),
    })
    .optional(),
});
const HistoryPage = z.looseObject({
  messages: z.array(HistoryMessage).optional(),
  response_metadata: z.looseObject({ next_cursor: z.string().optional() }).optional(),
});
const AuthTest = z.looseObject({ bot_id: z.string().min(1) });

/** The bot id of the token (auth.test), asked once per client. */
export function botIdOf(client: WebClient): () => Promise<string> {
  let pending: Promise<string> | null = null;
  return () => {
    pending ??= client.auth.test().then(
      (result) => AuthTest.parse(result).bot_id,
      (error: unknown) => {
        pending = null; // ask again next time
        throw error;
      },
    );
    return pending;
  };
}

/**
 * The ts of the message that `botId` posted to `channel` within LOOKBACK_MS of `now` with
 * metadata `{ event_type: briefbot_digest, event_payload: { key } }`, or null. Reads at most
 * MAX_PAGES pages of conversations.history, newest first. Web API errors are thrown as they come.
 */
export async function findDigestMessage(
  client: WebClient,
  channel: string,
  key: string,
  options: { botId: string; now: number },
): Promise<string | null> {
  const oldest = ((options.now - LOOKBACK_MS) / 1000).toFixed(6);
  let cursor: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const raw = await client.conversations.history({
      channel,
      oldest,
      limit: PAGE_LIMIT,
      include_all_metadata: true,
      ...(cursor ? { cursor } : {}),
    });
    const parsed = HistoryPage.parse(raw);
    for (const message of parsed.messages ?? []) {
      if (
        message.bot_id === options.botId &&
        message.metadata?.event_type === DIGEST_EVENT_TYPE &&
        message.metadata.event_payload?.key === key &&
        message.ts
      ) {
        return message.ts;
      }
    }
    cursor = parsed.response_metadata?.next_cursor || undefined;
    if (!cursor) break;
  }
  return null;
}
