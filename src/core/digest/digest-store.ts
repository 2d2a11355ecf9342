// The digest ports: subscriptions and the delivery ledger (DigestStore), and the documents a digest
// is made of (DigestSource). Every method returns a Promise, as every port in src/core/ports.ts
// (which re-exports these); src/store implements both; tests may pass fakes.
import type { Platform } from "../platforms.ts";
import type { DocumentBrief } from "../schemas.ts";
import type { DigestStyle, WhenEmpty } from "./schedule-spec.ts";

/** The chat platforms that receive scheduled digests: every one (src/core/platforms.ts). */
export type DigestPlatform = Platform;

/** What a channel asked for: a topic on a schedule, in a time zone. Times are ISO-8601 UTC. */
export interface Subscription {
  id: number;
  platform: DigestPlatform;
  channelId: string;
  topic: string;
  cron: string;
  timeZone: string;
  style: DigestStyle;
  whenEmpty: WhenEmpty;
  createdAt: string;
  createdBy: string | null;
  pausedAt: string | null;
  pausedReason: string | null;
}

/** The fields a caller gives to subscribe. */
export type NewSubscription = Pick<
  Subscription,
  "platform" | "channelId" | "topic" | "cron" | "timeZone" | "style" | "whenEmpty" | "createdBy"
>;

/** The state of one (subscription, slot) in the ledger. */
export type LedgerStatus = "claimed" | "sent" | "empty" | "failed" | "skipped";

/** One ledger row: a scheduled slot of one subscription and what became of it. */
export interface LedgerEntry {
  subscriptionId: number;
  /** The scheduled instant (not the moment a timer fired), ISO-8601 UTC. */
  slot: string;
  status: LedgerStatus;
  /** The digest covers documents added in [windowFrom, windowTo). */
  windowFrom: string;
  windowTo: string;
  /** The process holding a `claimed` row, and until when its claim stands without renewal. */
  owner: string | null;
  leaseUntil: string | null;
  /** Post attempts started; above zero, the platform may already hold the message. */
  attempts: number;
  messageId: string | null;
  error: string | null;
  claimedAt: string;
  finishedAt: string | null;
}

/** The key of a (subscription, slot) pair in `recordedSlots`. */
export const slotKey = (subscriptionId: number, slot: string): string => `${subscriptionId}|${slot}`;

/** A request to claim a slot. */
export interface ClaimRequest {
  subscriptionId: number;
  slot: string;
  owner: string;
  leaseUntil: string;
  /** Where the window starts when the subscription never delivered (slot - first window). */
  firstWindowFrom: string;
  now: string;
}

/** How a claimed slot ended. */
export interface LedgerOutcome {
  status: "sent" | "empty" | "failed" | "skipped";
  messageId?: string;
  error?: string;
}

/** Subscriptions and the exactly-once delivery ledger. */
export interface DigestStore {
  /** Creates the subscription, or updates its schedule and resumes it; `created` says which. */
  subscribe(
    subscription: NewSubscription,
    now: string,
  ): Promise<{ subscription: Subscription; created: boolean }>;
  /** Removes a subscription (and its ledger); false when there was none. */
  unsubscribe(platform: DigestPlatform, channelId: string, topic: string): Promise<boolean>;
  listSubscriptions(filter?: { platform?: DigestPlatform; channelId?: string }): Promise<Subscription[]>;
  getSubscription(id: number): Promise<Subscription | null>;
  pause(id: number, reason: string, now: string): Promise<void>;
  entry(subscriptionId: number, slot: string): Promise<LedgerEntry | null>;
  /** Inserts a `claimed` row in one transaction; null when the slot already has a row. */
  claim(request: ClaimRequest): Promise<LedgerEntry | null>;
  /**
   * Claims several slots at once, as `claim` does each: one transaction; on PostgreSQL the
   * subscriptions being claimed by another replica right now are skipped (FOR UPDATE SKIP LOCKED),
   * not waited for. Returns the rows this call inserted; a slot that already had a row is left out.
   */
  claimMany(requests: readonly ClaimRequest[]): Promise<LedgerEntry[]>;
  /** Which of these (subscription, slot) pairs already have a ledger row, as `slotKey`s. */
  recordedSlots(pairs: ReadonlyArray<{ subscriptionId: number; slot: string }>): Promise<Set<string>>;
  /**
   * The database server's clock, when processes on several hosts share the ledger (PostgreSQL):
   * leases are written and judged by it, so a replica's clock drift cannot end another's claim
   * early. Absent (SQLite, one host), the runner's own clock is the one.
   */
  databaseNow?(): Promise<Date>;
  /**
   * Reserves the next moment a post under `key` may go out, `intervalMs` after the previous one
   * reserved by any replica (PostgreSQL: one atomic upsert); returns how long to wait for it and
   * the reserved moment. Absent (SQLite, one process): no shared pacing.
   */
  reserveSend?(key: string, intervalMs: number): Promise<{ waitMs: number; at: Date }>;
  /** Records a slot that will not be delivered (too old); false when the slot already has a row. */
  recordSkipped(request: Omit<ClaimRequest, "owner" | "leaseUntil">, reason: string): Promise<boolean>;
  /** Counts an attempt and renews the lease, if `owner` still holds the claim. */
  startAttempt(subscriptionId: number, slot: string, owner: string, leaseUntil: string): Promise<boolean>;
  /** Ends a claim held by `owner`; false when it no longer holds it. */
  finish(
    subscriptionId: number,
    slot: string,
    owner: string,
    outcome: LedgerOutcome,
    now: string,
  ): Promise<boolean>;
  /** Rows still `claimed`: in progress elsewhere, or left by a crash. */
  claimedEntries(): Promise<LedgerEntry[]>;
  /** Moves a claim from `from` to `to` atomically; false when someone else moved it first. */
  takeOver(
    subscriptionId: number,
    slot: string,
    from: string | null,
    to: string,
    leaseUntil: string,
  ): Promise<boolean>;
  /** The latest row of a subscription with status sent or empty. */
  lastDelivered(subscriptionId: number): Promise<LedgerEntry | null>;
  /** The latest row of a subscription, whatever its status. */
  lastEntry(subscriptionId: number): Promise<LedgerEntry | null>;
  /** Failed rows of a subscription since its last delivery. */
  failuresSinceDelivery(subscriptionId: number): Promise<number>;
}

/** A document as a digest sees it: when it joined the topic, and its brief. */
export interface DigestDocument {
  documentId: string;
  title: string;
  url: string | null;
  date: string | null;
  license: string | null;
  /** When the document joined the topic, ISO-8601 UTC. */
  addedAt: string;
  /** Null when the document was not extracted (not English). */
  brief: DocumentBrief | null;
  /** The publisher, when known (a story counts its sources). */
  source?: string | null;
  /** The story the document joined in this topic (null: none yet, e.g. not extracted). */
  story?: string | null;
  /** How many documents of that story joined the topic before the window (0: a new story). */
  storyEarlier?: number;
}

/** Where digests read documents from (the store). */
export interface DigestSource {
  /** Documents that joined `topic` in [from, to), oldest first. */
  documentsAdded(topic: string, from: string, to: string): Promise<DigestDocument[]>;
  /** Canonical names of actors in documents that joined `topic` before `before`. */
  actorsKnownBefore(topic: string, before: string): Promise<ReadonlySet<string>>;
}

/** What `/digest` and `briefbot digest` need besides the Store (CommandDeps.digest). */
export interface DigestServices {
  digests: DigestStore;
  source: DigestSource;
  /** BRIEFBOT_TZ. */
  defaultTimeZone: string;
  /** BRIEFBOT_DIGEST_FIRST_WINDOW in milliseconds. */
  firstWindowMs: number;
}
