// SQLite's own errors, as users should see them: a write that meets another process's lock or a full
// disk is a STORE_FAILED in plain words (the SqliteError kept as cause), not an INTERNAL.
import { BriefbotError } from "../../core/errors.ts";

/** How long a write waits for another connection's lock (ms): well under the platforms' 3 s. */
export const BUSY_TIMEOUT_MS = 1000;

/** SQLite result codes (extended ones start with the primary: SQLITE_BUSY_SNAPSHOT) -> plain words. */
const MESSAGES: ReadonlyArray<[RegExp, string]> = [
  [/^SQLITE_(BUSY|LOCKED)/, "the database is busy, try again"],
  [/^SQLITE_FULL/, "the disk is full"],
  [/^SQLITE_READONLY/, "the database is read-only"],
  [/^SQLITE_IOERR/, "the database could not be written (a disk error)"],
];

/** The coded error for a failed SQLite call, or the error itself when it is not one we know. */
export function storeError(error: unknown): unknown {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== "string" || error instanceof BriefbotError) return error;
  const message = MESSAGES.find(([pattern]) => pattern.test(code))?.[1];
  return message ? new BriefbotError("STORE_FAILED", message, { cause: error }) : error;
}

/** Runs a store write, turning SQLite's busy, full and disk errors into STORE_FAILED. */
export function storeWrite<T>(fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    throw storeError(error);
  }
}
