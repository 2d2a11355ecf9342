// The ports the core and the commands depend on. Implementations live outside src/core
// (src/store for the Store); tests pass real ones or fakes in.

import type { Reply } from "./reply.ts";
import type { DocumentBrief, SourceDocument } from "./schemas.ts";
import type { Topic } from "./topic.ts";

/** Returns the current time; passed in so that the core never reads the clock itself. */
export type Clock = () => Date;

/** The outcome of storing one document. */
export interface AddDocumentResult {
  status: "added" | "duplicate" | "near-duplicate" | "not-english";
  documentId: string;
  topics: string[];
}

/** The persistent store of documents, extracts, quotes and actors (src/store implements it). */
export interface Store {
  // Filled in by the store issue (#4): documents, topic briefs, quote search, actor profiles.
  upsertTopic(topic: Topic): void;
  listTopics(): Topic[];
  addDocument(
    document: SourceDocument,
    brief: DocumentBrief | null,
    topics: readonly string[],
  ): AddDocumentResult;
  close(): void;
}

/** A message posted to a channel, as the platform identifies it. */
export interface PostedMessage {
  messageId: string;
}

/**
 * Posts replies to channels outside a command (scheduled digests). Each adapter implements it.
 * A failure throws a DeliveryError saying whether to retry, after how long, or to give up.
 */
export interface ChannelPoster {
  platform: "slack" | "discord";
  /** Posts `reply`; when `thread` is given, posts it as a thread under the first message. */
  post(channelId: string, reply: Reply, options?: { thread?: Reply }): Promise<PostedMessage>;
}

/** Why a post failed: `retry` (429, 5xx, timeout), `gone` (no access to the channel) or `failed`. */
export class DeliveryError extends Error {
  readonly kind: "retry" | "gone" | "failed";
  readonly retryAfterMs: number | undefined;

  constructor(
    kind: "retry" | "gone" | "failed",
    message: string,
    options: { retryAfterMs?: number; cause?: unknown } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = "DeliveryError";
    this.kind = kind;
    this.retryAfterMs = options.retryAfterMs;
  }
}
