// Runs due digest slots exactly once. For each subscription only the latest slot counts (never a
// burst of old digests); the slot is claimed in the ledger before anything is posted and marked
// sent with the platform's message id after. Claims left by a dead process are completed once.

import { randomInt } from "node:crypto";
import { composeDigest } from "../core/digest/compose.ts";
import { parseCron } from "../core/digest/cron.ts";
import type {
  DigestPlatform,
  DigestSource,
  DigestStore,
  LedgerEntry,
  Subscription,
} from "../core/digest/digest-store.ts";
import { slotKey } from "../core/digest/digest-store.ts";
import { nextSlot, previousSlot } from "../core/digest/slots.ts";
import { DeliveryError, isBriefbotError } from "../core/errors.ts";
import type { ChannelPoster, Clock, PostedMessage } from "../core/ports.ts";
import { type RetryPolicy, retry } from "../core/retry.ts";
import type { Metrics } from "../ops/metrics.ts";
import { sweepBatches } from "./claim-sweep.ts";
import { newOwnerId, ownerMayBeAlive } from "./ledger-owner.ts";

/** The logging a runner needs (pino's Logger fits). */
export interface DigestLogger {
  info(fields: object, message: string): void;
  warn(fields: object, message: string): void;
  error(fields: object, message: string): void;
}

/** Retry policy for DeliveryError "retry" (429, 5xx, timeouts). */
export type { RetryPolicy };

/** Another process took the claim over between two attempts. */
class ClaimLost extends Error {}

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));
/** A poster's failure is a coded DeliveryError; anything else it throws counts as DELIVERY_FAILED. */
const codeOf = (error: unknown): string => (isBriefbotError(error) ? error.code : "DELIVERY_FAILED");

/** What a runner is wired with; tests pass fakes. */
export interface DigestRunnerDeps {
  digests: DigestStore;
  source: DigestSource;
  /** A topic's title, or null when the topic no longer exists. */
  topicTitle(slug: string): Promise<string | null>;
  /** The actors that define a topic (its match.actors): left out of "Newly prominent". */
  topicActors?(slug: string): Promise<readonly string[]>;
  posters: Partial<Record<DigestPlatform, ChannelPoster>>;
  clock: Clock;
  logger: DigestLogger;
  firstWindowMs: number;
  catchupMs: number;
  /** How long a claim stands without renewal (default 10 minutes). */
  leaseMs?: number;
  retry?: Partial<RetryPolicy>;
  /** Defaults to host:pid:nonce of this process. */
  owner?: string;
  sleep?: (ms: number) => Promise<void>;
  /** Defaults to a same-host process check (ledger-owner.ts). */
  ownerMayBeAlive?: (owner: string, self: string) => boolean;
  /** Counts each slot's outcome for /metrics (an empty digest counts as skipped), claims and takeovers. */
  metrics?: Pick<Metrics, "recordDigest"> &
    Partial<Pick<Metrics, "recordClaims" | "recordTakeover" | "recordPacingWait">>;
  /** Slots claimed per transaction (default DEFAULT_CLAIM_BATCH); each batch is delivered before the next is claimed. */
  claimBatch?: number;
}

/** A due slot this process could not run: no poster for its platform here. */
export interface WaitingSlot {
  subscription: number;
  platform: DigestPlatform;
  channelId: string;
  topic: string;
  slot: string;
}

/** What one pass did, per outcome. */
export interface RunSummary {
  sent: number;
  empty: number;
  failed: number;
  skipped: number;
  paused: number;
  recovered: number;
  /** Due slots left unclaimed for a process that can post to their platform. */
  waiting: WaitingSlot[];
}

const DEFAULT_RETRY: RetryPolicy = { attempts: 5, baseMs: 2_000, maxMs: 60_000 };
/** Timers may fire a little early; a slot this close ahead counts as due. */
const EARLY_FIRE_MS = 2_000;

/** Shared pacing: one post a second per channel (Slack's rate), 50 a second on Discord overall. */
const CHANNEL_INTERVAL_MS = 1_000;
const DISCORD_GLOBAL_INTERVAL_MS = 20;

/**
 * A post a process sent just before it died may still land at the platform after it died (the
 * request was received, the answer never read). On a shared database a live replica notices the
 * death within a tick, so a claim whose dead owner had started posting is taken over only this
 * long after its last attempt began: the lookup for an earlier post then sees that message
 * instead of racing it. It outlasts a Slack post's whole request (10 s timeout, no retries);
 * Discord's nonce makes Discord itself answer a repeat with the first message. (With one
 * process, the takeover waits for its restart anyway.)
 */
const IN_FLIGHT_GRACE_MS = 15_000;

/** The idempotency key of one delivery; adapters attach it to the message. */
export const deliveryKey = (subscriptionId: number, slot: string): string =>
  `briefbot-digest:${subscriptionId}:${slot}`;

/**
 * Slots claimed per statement. Each claim statement is one commit (one flush of the database's
 * log), so larger batches claim a burst faster: 100,000 slots are 500 statements, not 2,000
 * (docs/scaling.md). The bound: a batch is delivered by one replica before it claims the next,
 * and its claims' leases run from the claim; even if every slot of a batch went to one channel,
 * paced at one post a second, 200 posts take 200 s, well inside the default 10-minute lease.
 */
export const DEFAULT_CLAIM_BATCH = 200;

/** Past this many distinct (schedule, zone) pairs the cache starts over (removed schedules linger). */
const SLOT_CACHE_LIMIT = 10_000;

/**
 * The latest slot of a subscription at `now` (ms), or null; remembered per (schedule, zone) until
 * the next slot. The scheduler asks every minute for every subscription, and croner's backward
 * search costs about a millisecond a call; the answer cannot change between one slot and the
 * next (test/digest/slots.test.ts checks it), so a remembered one is the same as a fresh one.
 */
function cachedLatestSlot(): (subscription: Subscription, now: number) => number | null {
  const cache = new Map<string, { from: number; until: number; latest: number | null }>();
  return (subscription, now) => {
    const at = now + EARLY_FIRE_MS;
    const key = `${subscription.cron}|${subscription.timeZone}`;
    const hit = cache.get(key);
    if (hit && at >= hit.from && at < hit.until) return hit.latest;
    const spec = parseCron(subscription.cron);
    const latest = previousSlot(spec, subscription.timeZone, at);
    const next = nextSlot(spec, subscription.timeZone, at);
    if (cache.size >= SLOT_CACHE_LIMIT) cache.clear();
    cache.set(key, {
      from: latest ?? Number.NEGATIVE_INFINITY,
      until: next ?? Number.POSITIVE_INFINITY,
      latest,
    });
    return latest;
  };
}

/** A digest runner: `runDue` may be called from timers, at start, or by `briefbot digest run-due`. */
export interface DigestRunner {
  owner: string;
  runDue(options?: { now?: Date; only?: (subscription: Subscription) => boolean }): Promise<RunSummary>;
}

/** Builds a runner over the ledger. */
export function createDigestRunner(deps: DigestRunnerDeps): DigestRunner {
  const owner = deps.owner ?? newOwnerId();
  const leaseMs = deps.leaseMs ?? 10 * 60_000;
  const claimBatch = Math.max(1, deps.claimBatch ?? DEFAULT_CLAIM_BATCH);
  const retryPolicy: RetryPolicy = { ...DEFAULT_RETRY, ...deps.retry };
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const mayBeAlive = deps.ownerMayBeAlive ?? ownerMayBeAlive;
  const latestSlotOf = cachedLatestSlot();
  const { digests, logger } = deps;
  /** Claims this process is working on right now (several passes may run at once). */
  const inFlight = new Set<string>();
  const iso = (ms: number) => new Date(ms).toISOString();
  /** How far the database's clock is ahead of ours (0 without one): leases are in its time. */
  let databaseOffset = 0;
  const leaseFrom = () => iso(deps.clock().getTime() + databaseOffset + leaseMs);
  /** The lease clock now: the database's when it has one (shared by several hosts), else ours. */
  const leaseNow = async (now: number): Promise<number> => {
    if (!digests.databaseNow) return now;
    const before = deps.clock().getTime();
    const database = (await digests.databaseNow()).getTime();
    databaseOffset = database - before;
    return database;
  };
  const record = (outcome: "sent" | "failed" | "skipped", subscription: Subscription): void =>
    deps.metrics?.recordDigest(outcome, subscription.platform);

  const finish = async (entry: LedgerEntry, outcome: Parameters<DigestStore["finish"]>[3]): Promise<void> => {
    if (
      !(await digests.finish(entry.subscriptionId, entry.slot, owner, outcome, deps.clock().toISOString()))
    ) {
      logger.warn(
        { subscription: entry.subscriptionId, slot: entry.slot },
        "digest claim lost before finishing",
      );
    }
  };

  /**
   * Outbound pacing shared by every replica (when the store offers it): about one message a
   * second per channel, and Discord's 50 requests a second for the whole bot.
   */
  async function pace(subscription: Subscription): Promise<void> {
    if (!digests.reserveSend) return;
    const keys: Array<[string, number]> = [
      [`${subscription.platform}:${subscription.channelId}`, CHANNEL_INTERVAL_MS],
    ];
    if (subscription.platform === "discord") keys.push(["discord:global", DISCORD_GLOBAL_INTERVAL_MS]);
    let waitMs = 0;
    for (const [key, interval] of keys)
      waitMs = Math.max(waitMs, (await digests.reserveSend(key, interval)).waitMs);
    if (waitMs <= 0) return;
    deps.metrics?.recordPacingWait?.(subscription.platform, waitMs);
    await sleep(waitMs);
  }

  /** Whether the platform already holds this delivery (only adapters with findPosted can tell). */
  async function alreadyPosted(subscription: Subscription, entry: LedgerEntry): Promise<string | null> {
    const poster = deps.posters[subscription.platform];
    if (!poster?.findPosted || entry.attempts === 0) return null;
    const found = await poster.findPosted(subscription.channelId, deliveryKey(subscription.id, entry.slot));
    return found?.messageId ?? null;
  }

  async function deliver(subscription: Subscription, entry: LedgerEntry, summary: RunSummary): Promise<void> {
    const flight = deliveryKey(subscription.id, entry.slot);
    inFlight.add(flight);
    try {
      await attemptDelivery(subscription, entry, summary);
    } catch (error) {
      // Composing failed (the store, a removed topic): record it rather than leave the claim hanging.
      const message = messageOf(error);
      const code = isBriefbotError(error) ? error.code : "INTERNAL";
      await finish(entry, { status: "failed", error: `${code}: ${message}` });
      summary.failed++;
      record("failed", subscription);
      logger.error(
        { subscription: subscription.id, slot: entry.slot, code, error: message },
        "digest delivery failed",
      );
    } finally {
      inFlight.delete(flight);
    }
  }

  async function attemptDelivery(
    subscription: Subscription,
    entry: LedgerEntry,
    summary: RunSummary,
  ): Promise<void> {
    const poster = deps.posters[subscription.platform];
    const log = { subscription: subscription.id, topic: subscription.topic, slot: entry.slot };
    if (!poster) return; // checked before claiming; a recovered claim waits for a process with one
    const title = await deps.topicTitle(subscription.topic);
    if (title === null) {
      const reason = `topic "${subscription.topic}" no longer exists`;
      await finish(entry, { status: "failed", error: reason });
      await digests.pause(subscription.id, reason, deps.clock().toISOString());
      summary.failed++;
      record("failed", subscription);
      summary.paused++;
      logger.warn({ ...log, reason }, "digest subscription paused");
      return;
    }
    const actors = (await deps.topicActors?.(subscription.topic)) ?? [];
    const composed = composeDigest({
      topic: { slug: subscription.topic, title, actors },
      window: { from: entry.windowFrom, to: entry.windowTo },
      documents: await deps.source.documentsAdded(subscription.topic, entry.windowFrom, entry.windowTo),
      knownActors: await deps.source.actorsKnownBefore(subscription.topic, entry.windowFrom),
      style: subscription.style,
      whenEmpty: subscription.whenEmpty,
      timeZone: subscription.timeZone,
    });
    if (composed === null) {
      await finish(entry, { status: "empty" });
      summary.empty++;
      record("skipped", subscription);
      logger.info(log, "digest: nothing new, nothing posted");
      return;
    }
    const key = deliveryKey(subscription.id, entry.slot);
    let attempts = 0;
    let posted: PostedMessage;
    try {
      posted = await retry(
        async (attempt) => {
          attempts = attempt;
          // Paced first, so the attempt's recorded start (its lease) is when the post goes out.
          await pace(subscription);
          if (!(await digests.startAttempt(subscription.id, entry.slot, owner, leaseFrom())))
            throw new ClaimLost();
          return poster.post(subscription.channelId, composed.message, {
            ...(composed.thread ? { thread: composed.thread } : {}),
            idempotencyKey: key,
          });
        },
        {
          policy: retryPolicy,
          sleep,
          retryable: (error) => error instanceof DeliveryError && error.kind === "retry",
          retryAfterMs: (error) => (error instanceof DeliveryError ? error.retryAfterMs : undefined),
          onRetry: ({ attempt, delayMs, error }) =>
            logger.warn(
              { ...log, attempt, delayMs, code: codeOf(error), error: messageOf(error) },
              "digest post failed; retrying",
            ),
        },
      );
    } catch (error) {
      if (error instanceof ClaimLost) {
        logger.warn(log, "digest claim lost; another process took it over");
        return;
      }
      const code = codeOf(error);
      const message = messageOf(error);
      await finish(entry, { status: "failed", error: `${code}: ${message}` });
      summary.failed++;
      record("failed", subscription);
      if (error instanceof DeliveryError && error.kind === "gone") {
        const reason = `cannot post to the channel: ${message}`;
        await digests.pause(subscription.id, reason, deps.clock().toISOString());
        summary.paused++;
        logger.warn({ ...log, code, reason }, "digest subscription paused");
      } else {
        logger.error({ ...log, attempts, code, error: message }, "digest delivery failed");
      }
      return;
    }
    await finish(entry, { status: "sent", messageId: posted.messageId });
    summary.sent++;
    record("sent", subscription);
    logger.info({ ...log, messageId: posted.messageId, documents: composed.documentCount }, "digest sent");
  }

  /** Completes claims whose process is gone (or whose lease ran out), at most once each. */
  async function recover(now: number, leaseTime: number, summary: RunSummary): Promise<void> {
    for (const entry of await digests.claimedEntries()) {
      if (inFlight.has(deliveryKey(entry.subscriptionId, entry.slot))) continue; // in flight here
      const expired = entry.leaseUntil === null || entry.leaseUntil < iso(leaseTime);
      const mine = entry.owner === owner; // ours, but no pass of this process is working on it
      if (!mine && !expired && entry.owner !== null) {
        if (mayBeAlive(entry.owner, owner)) continue;
        // Its owner is gone; a post it began may still be landing (startAttempt set the lease).
        const attemptBegan = Date.parse(entry.leaseUntil ?? "") - leaseMs;
        const shared = digests.databaseNow !== undefined;
        if (shared && entry.attempts > 0 && attemptBegan > leaseTime - IN_FLIGHT_GRACE_MS) continue;
      }
      const subscription = await digests.getSubscription(entry.subscriptionId);
      if (!subscription || !deps.posters[subscription.platform]) continue;
      if (!(await digests.takeOver(entry.subscriptionId, entry.slot, entry.owner, owner, leaseFrom())))
        continue;
      summary.recovered++;
      if (!mine) deps.metrics?.recordTakeover?.(subscription.platform);
      const log = { subscription: subscription.id, slot: entry.slot, previousOwner: entry.owner };
      let posted: string | null;
      try {
        posted = await alreadyPosted(subscription, entry);
      } catch (error) {
        // The platform cannot say now whether it holds the post: keep the claim (ours now) for the
        // next pass rather than risk a second post, and go on with the other claims.
        const message = error instanceof Error ? error.message : String(error);
        logger.warn({ ...log, error: message }, "could not check for an earlier post; will try again");
        continue;
      }
      if (posted !== null) {
        await finish(entry, { status: "sent", messageId: posted });
        record("sent", subscription);
        logger.info({ ...log, messageId: posted }, "digest was posted before a crash; recorded as sent");
        continue;
      }
      const latest = latestSlotOf(subscription, now);
      const slot = Date.parse(entry.slot);
      const superseded = latest !== null && latest > slot;
      if (superseded || now - slot > deps.catchupMs || subscription.pausedAt !== null) {
        // A later slot's digest covers this window (it starts at the last delivered digest).
        const reason = superseded ? "superseded by a later slot" : "too old to deliver after a restart";
        await finish(entry, { status: "skipped", error: reason });
        summary.skipped++;
        record("skipped", subscription);
        logger.warn({ ...log, reason }, "digest claim from a crash not delivered");
        continue;
      }
      logger.info(log, "completing a digest claimed before a crash");
      await deliver(subscription, { ...entry, owner }, summary);
    }
  }

  async function runDue(
    options: { now?: Date; only?: (subscription: Subscription) => boolean } = {},
  ): Promise<RunSummary> {
    const now = (options.now ?? deps.clock()).getTime();
    const summary: RunSummary = {
      sent: 0,
      empty: 0,
      failed: 0,
      skipped: 0,
      paused: 0,
      recovered: 0,
      waiting: [],
    };
    // Without the database (lost connection) this throws: the replica claims nothing until it is back.
    const leaseTime = await leaseNow(now);
    await recover(now, leaseTime, summary);
    const due: Array<{ subscription: Subscription; slot: number }> = [];
    for (const subscription of await digests.listSubscriptions()) {
      if (subscription.pausedAt !== null || (options.only && !options.only(subscription))) continue;
      try {
        const slot = latestSlotOf(subscription, now);
        if (slot !== null && slot >= Date.parse(subscription.createdAt)) due.push({ subscription, slot });
      } catch (error) {
        // One broken subscription (a bad stored schedule) must not hold up the others.
        logger.error(
          { subscription: subscription.id, error: messageOf(error) },
          "digest subscription could not run",
        );
      }
    }
    // One look-up for every due slot (not one per subscription): most were handled a tick ago.
    const recorded = await digests.recordedSlots(
      due.map(({ subscription, slot }) => ({ subscriptionId: subscription.id, slot: iso(slot) })),
    );
    const toClaim: Array<{ subscription: Subscription; slot: number }> = [];
    for (const item of due) {
      if (recorded.has(slotKey(item.subscription.id, iso(item.slot)))) continue;
      try {
        if (await settledWithoutClaim(item.subscription, item.slot, now, summary)) continue;
        toClaim.push(item);
      } catch (error) {
        logger.error(
          { subscription: item.subscription.id, error: messageOf(error) },
          "digest subscription could not run",
        );
      }
    }
    await claimAndDeliver(toClaim, now, summary);
    return summary;
  }

  /** A due slot that needs no claim: too old (recorded as skipped), or no poster here (waiting). */
  async function settledWithoutClaim(
    subscription: Subscription,
    slot: number,
    now: number,
    summary: RunSummary,
  ): Promise<boolean> {
    const slotIso = iso(slot);
    const log = { subscription: subscription.id, topic: subscription.topic, slot: slotIso };
    if (now - slot > deps.catchupMs) {
      const request = {
        subscriptionId: subscription.id,
        slot: slotIso,
        firstWindowFrom: iso(slot - deps.firstWindowMs),
        now: iso(now),
      };
      if (await digests.recordSkipped(request, "missed while down, outside the catch-up window")) {
        summary.skipped++;
        record("skipped", subscription);
        logger.warn(log, "digest slot missed while down; outside the catch-up window, skipped");
      }
      return true;
    }
    if (!deps.posters[subscription.platform]) {
      // Left unclaimed for a process that can post there; the caller says so (run-due names it).
      const { id, platform, channelId, topic } = subscription;
      summary.waiting.push({ subscription: id, platform, channelId, topic, slot: slotIso });
      return true;
    }
    return false;
  }

  /**
   * Claims due slots a batch at a time and delivers each batch before claiming the next, so that
   * replicas sharing the ledger split the work: a batch another replica holds is skipped (SKIP
   * LOCKED) or finds its rows already there. On a shared database each runner starts at a random
   * batch, and after a batch found taken moves away from the replica it caught up with
   * (claim-sweep.ts).
   */
  async function claimAndDeliver(
    due: ReadonlyArray<{ subscription: Subscription; slot: number }>,
    now: number,
    summary: RunSummary,
  ): Promise<void> {
    const batches: Array<typeof due> = [];
    for (let i = 0; i < due.length; i += claimBatch) batches.push(due.slice(i, i + claimBatch));
    const start = digests.databaseNow && batches.length > 1 ? randomInt(batches.length) : 0;
    await sweepBatches(batches, start, {
      claim: async (batch) => {
        const bySubscription = new Map(batch.map((item) => [item.subscription.id, item.subscription]));
        let claimed: LedgerEntry[];
        try {
          claimed = await digests.claimMany(
            batch.map(({ subscription, slot }) => ({
              subscriptionId: subscription.id,
              slot: iso(slot),
              owner,
              leaseUntil: leaseFrom(),
              firstWindowFrom: iso(slot - deps.firstWindowMs),
              now: iso(now),
            })),
          );
        } catch (error) {
          logger.error({ slots: batch.length, error: messageOf(error) }, "digest slots could not be claimed");
          // Not known to be taken: go on with the next batch, as after a claim.
          return "claimed";
        }
        deps.metrics?.recordClaims?.(claimed.length);
        for (const entry of claimed) {
          await deliver(bySubscription.get(entry.subscriptionId)!, entry, summary);
        }
        return claimed.length > 0 ? "claimed" : "taken";
      },
      begun: async (firsts) => {
        const pairs = firsts.map(({ subscription, slot }) => ({
          subscriptionId: subscription.id,
          slot: iso(slot),
        }));
        const recorded = await digests.recordedSlots(pairs);
        return pairs.map((pair) => recorded.has(slotKey(pair.subscriptionId, pair.slot)));
      },
    });
  }

  return { owner, runDue };
}
