// What the Discord adapter writes to the log about a failure: the stable code, the error's name and
// HTTP status, and a message with interaction tokens cut out (they sit in webhook URLs that
// discord.js puts into its errors). Never a stack: the top-level catch logs this and nothing else.
import { isBriefbotError } from "../../core/errors.ts";

/** A failure as one log record. */
export interface ErrorRecord {
  code: string;
  /** The error's class name (kept apart from the logger's own `name`). */
  error: string;
  status?: number;
  discordCode?: number | string;
  message: string;
}

/** Interaction and webhook tokens inside URLs or messages. */
const URL_TOKENS = /\b(webhooks|interactions)\/(\d+)\/[A-Za-z0-9._-]+/g;

/** Removes interaction tokens from text. */
export function redactTokens(text: string): string {
  return text.replace(URL_TOKENS, "$1/$2/[redacted]");
}

/** Describes a thrown value for the log: code first, no stack. */
export function describeError(error: unknown): ErrorRecord {
  if (isBriefbotError(error))
    return { code: error.code, error: error.name, message: redactTokens(error.message) };
  const value = error as { name?: unknown; message?: unknown; status?: unknown; code?: unknown } | null;
  const record: ErrorRecord = {
    code: "INTERNAL",
    error: typeof value?.name === "string" ? value.name : typeof error,
    message: redactTokens(typeof value?.message === "string" ? value.message : String(error)).slice(0, 500),
  };
  if (typeof value?.status === "number") {
    record.code = "PLATFORM_FAILED";
    record.status = value.status;
  }
  if (typeof value?.code === "number" || typeof value?.code === "string") record.discordCode = value.code;
  return record;
}
