/** Stable error codes: logs, tests and users can rely on them. */
export const ERROR_CODES = [
  "TOPIC_NOT_FOUND",
  "TOPIC_INVALID",
  "DOCUMENT_INVALID",
  "DOCUMENT_EMPTY",
  "DOCUMENT_BINARY",
  "DOCUMENT_ENCODING",
  "DOCUMENT_TOO_LARGE",
  "DOCUMENT_UNREADABLE",
  "DOCUMENT_NOT_ENGLISH",
  "INPUT_INVALID",
  "COMMAND_NOT_FOUND",
  "CONFIG_INVALID",
  "FETCH_FAILED",
  "FETCH_REFUSED",
  "STORE_FAILED",
  "STORED_DATA_INVALID",
  "ACTOR_NOT_FOUND",
  "DOCUMENT_NOT_FOUND",
  "STORY_NOT_FOUND",
  "PERMISSION_DENIED",
  "SUBSCRIPTION_NOT_FOUND",
  "SCHEDULE_INVALID",
  "TIMEZONE_INVALID",
  "PLATFORM_FAILED",
  "DELIVERY_RETRY",
  "DELIVERY_GONE",
  "DELIVERY_FAILED",
  "INTERNAL",
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** An error with a stable code and a message fit to show a user; the cause keeps the detail. */
export class BriefbotError extends Error {
  readonly code: ErrorCode;
  /** Extra lines of help for the user (usage, the nearest valid values). */
  readonly hints: readonly string[];

  constructor(
    code: ErrorCode,
    message: string,
    options: { cause?: unknown; hints?: readonly string[] } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = "BriefbotError";
    this.code = code;
    this.hints = options.hints ?? [];
  }
}

export const isBriefbotError = (error: unknown): error is BriefbotError => error instanceof BriefbotError;

/** How a failed post should be handled: `retry` (429, 5xx, timeout), `gone` (no access to the channel) or `failed`. */
export type DeliveryKind = "retry" | "gone" | "failed";

const DELIVERY_CODES = {
  retry: "DELIVERY_RETRY",
  gone: "DELIVERY_GONE",
  failed: "DELIVERY_FAILED",
} as const satisfies Record<DeliveryKind, ErrorCode>;

/**
 * Why a post to a channel failed (ChannelPoster). Its code follows its kind (DELIVERY_RETRY,
 * DELIVERY_GONE, DELIVERY_FAILED) so logs and the ledger name it like every other error.
 */
export class DeliveryError extends BriefbotError {
  readonly kind: DeliveryKind;
  readonly retryAfterMs: number | undefined;

  constructor(kind: DeliveryKind, message: string, options: { retryAfterMs?: number; cause?: unknown } = {}) {
    super(DELIVERY_CODES[kind], message, options.cause === undefined ? {} : { cause: options.cause });
    this.name = "DeliveryError";
    this.kind = kind;
    this.retryAfterMs = options.retryAfterMs;
  }
}
