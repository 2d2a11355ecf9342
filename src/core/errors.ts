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
  "PERMISSION_DENIED",
  "SUBSCRIPTION_NOT_FOUND",
  "SCHEDULE_INVALID",
  "TIMEZONE_INVALID",
  "PLATFORM_FAILED",
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
