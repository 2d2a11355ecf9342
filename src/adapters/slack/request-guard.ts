// What Bolt does not do for us at the door: it accepts signed timestamps from the future, and it runs
// a listener again when Slack retries a request (X-Slack-Retry-Num). The first lets a captured
// request be replayed later; the second would post a brief or ingest a message twice.
import { createHash } from "node:crypto";
import type { IncomingMessage } from "node:http";

/** How far a request timestamp may be ahead of our clock, as Slack allows behind it. */
export const MAX_CLOCK_SKEW_SECONDS = 5 * 60;

/** True when the request carries a Slack timestamp more than five minutes ahead of `nowMs`. */
export function isFutureTimestamp(request: IncomingMessage, nowMs: number): boolean {
  const header = request.headers["x-slack-request-timestamp"];
  const value = Array.isArray(header) ? header[0] : header;
  if (value === undefined || !/^\d{1,12}$/.test(value)) return false; // Bolt rejects what is missing or malformed
  return Number(value) > nowMs / 1000 + MAX_CLOCK_SKEW_SECONDS;
}

/**
 * The identity of an inbound payload across Slack's retries: the event id for events, the trigger
 * id for commands and shortcuts (unique per invocation), otherwise a hash of the payload.
 */
export function requestKey(body: unknown): string {
  if (typeof body === "object" && body !== null) {
    const record = body as Record<string, unknown>;
    if (typeof record.event_id === "string" && record.event_id) return `event:${record.event_id}`;
    if (typeof record.trigger_id === "string" && record.trigger_id) return `trigger:${record.trigger_id}`;
  }
  return `hash:${createHash("sha256").update(JSON.stringify(body)).digest("base64url")}`;
}

/** Remembers recently seen request keys, at most `capacity` of them for at most `ttlMs` each. */
export class RecentKeys {
  private readonly seen = new Map<string, number>();

  constructor(
    private readonly capacity = 10_000,
    private readonly ttlMs = 10 * 60 * 1000,
  ) {}

  /** Records `key`; returns false when it was already seen within the window (a retry or replay). */
  firstTime(key: string, nowMs: number): boolean {
    const at = this.seen.get(key);
    if (at !== undefined && nowMs - at < this.ttlMs) return false;
    this.seen.delete(key);
    this.seen.set(key, nowMs);
    // Map iterates in insertion order: the oldest entries go first.
    for (const [oldKey, oldAt] of this.seen) {
      if (this.seen.size <= this.capacity && nowMs - oldAt < this.ttlMs) break;
      this.seen.delete(oldKey);
    }
    return true;
  }

  /** How many keys are held now. */
  get size(): number {
    return this.seen.size;
  }
}
