// The scheduler: node-cron's clock (DESIGN.md). One task every minute runs the due digests through
// the runner, and one polls the topics' feeds on BRIEFBOT_POLL_CRON. At start it runs the due
// slots once: crashed claims are completed and a slot missed while down is caught up.
// node-cron only says "a minute has begun": which slots are due is the runner's question, answered
// by the croner slot maths (src/core/digest/slots.ts), which runs either-day schedules and slots in
// a spring-forward gap as cron does (node-cron alone would AND the day fields and skip the gap).
// Each tick looks at every active subscription; the ledger keeps each slot to one delivery.
import { type Logger as CronLogger, type ScheduledTask, schedule, validateDetailed } from "node-cron";
import type { CommandDeps } from "../../commands/command.ts";
import type { Config } from "../config.ts";
import type { DigestPlatform, DigestServices } from "../core/digest/digest-store.ts";
import { BriefbotError } from "../core/errors.ts";
import type { ChannelPoster, Clock } from "../core/ports.ts";
import {
  createDigestRunner,
  type DigestLogger,
  type DigestRunner,
  type RetryPolicy,
} from "./digest-runner.ts";
import { feedPoller } from "./poll-feeds.ts";

/** What startScheduler needs. */
export interface SchedulerOptions {
  config: Config;
  deps: CommandDeps;
  /** The posters of the platforms that started. */
  posters: readonly ChannelPoster[];
  logger: DigestLogger;
  /** Reads the topics' feeds: "feeds" polls the store's topics (briefbot poll); off when absent. */
  poll?: "feeds" | (() => Promise<unknown>);
  clock?: Clock;
  sleep?: (ms: number) => Promise<void>;
  retry?: Partial<RetryPolicy>;
}

/** A running scheduler. */
export interface RunningScheduler {
  name: "scheduler";
  runner: DigestRunner;
  /** Resolves when the start-up pass (recovery, catch-up) is done. */
  ready: Promise<void>;
  stop(): Promise<void>;
  close(): Promise<void>;
}

/** The digest tick: every minute, in UTC (slots are found by the runner, in each subscription's zone). */
const EVERY_MINUTE = "* * * * *";
/**
 * How late a tick may start and still run (node-cron's default is 1 s). A busy event loop at the
 * turn of the minute would otherwise drop the tick and delay a digest to the next minute.
 */
const LATE_TICK_MS = 30_000;

/** BRIEFBOT_POLL_CRON checked by node-cron, which runs it; five fields (no seconds), as documented. */
function pollExpression(config: Config): string {
  const expression = config.BRIEFBOT_POLL_CRON.trim();
  const checked = validateDetailed(expression);
  const fields = expression.split(/\s+/).length;
  const why = !checked.valid
    ? checked.errors.map((error) => error.message).join("; ")
    : fields === 6
      ? "a seconds field is not allowed"
      : null;
  if (why !== null) {
    throw new BriefbotError(
      "CONFIG_INVALID",
      `invalid configuration: BRIEFBOT_POLL_CRON "${config.BRIEFBOT_POLL_CRON}" is not a five-field cron expression (e.g. */15 * * * *): ${why}`,
    );
  }
  return expression;
}

/** node-cron's own messages (a dropped or overlapping tick) go to the app's logger, not the console. */
const cronLogger = (logger: DigestLogger): CronLogger => ({
  info: (message) => logger.info({ source: "node-cron" }, message),
  warn: (message) => logger.warn({ source: "node-cron" }, message),
  error: (message, error) =>
    logger.error(
      { source: "node-cron", ...(error ? { error: error.message } : {}) },
      message instanceof Error ? message.message : message,
    ),
  debug: () => undefined,
});

/** Starts the digest and polling tasks; `stop()` ends them and waits for running work. */
export function startScheduler(options: SchedulerOptions): RunningScheduler {
  const { config, deps, logger } = options;
  // The app wires the digest services into deps once (src/app.ts); the scheduler only reads them.
  const services: DigestServices | undefined = deps.digest;
  if (!services) {
    throw new BriefbotError("CONFIG_INVALID", "the scheduler needs the digest services (CommandDeps.digest)");
  }
  const pollCron = pollExpression(config);
  const posters: Partial<Record<DigestPlatform, ChannelPoster>> = {};
  for (const poster of options.posters) posters[poster.platform] = poster;
  const runner = createDigestRunner({
    digests: services.digests,
    source: services.source,
    topicTitle: async (slug) => (await deps.store.getTopic(slug))?.title ?? null,
    topicActors: async (slug) => (await deps.store.getTopic(slug))?.match.actors ?? [],
    posters,
    clock: options.clock ?? deps.clock,
    logger,
    firstWindowMs: config.BRIEFBOT_DIGEST_FIRST_WINDOW,
    catchupMs: config.BRIEFBOT_CATCHUP,
    leaseMs: config.BRIEFBOT_DIGEST_LEASE,
    ...(options.sleep ? { sleep: options.sleep } : {}),
    ...(options.retry ? { retry: options.retry } : {}),
    ...(deps.metrics ? { metrics: deps.metrics } : {}),
  });
  const poll = options.poll === "feeds" ? feedPoller(config, deps.store, logger) : options.poll;
  const inFlight = new Set<Promise<unknown>>();
  const track = (label: string, work: () => Promise<unknown>): Promise<void> => {
    const promise = work().then(
      () => undefined,
      (error: unknown) => {
        logger.error(
          { job: label, error: error instanceof Error ? error.message : String(error) },
          "scheduled job failed",
        );
      },
    );
    inFlight.add(promise);
    void promise.finally(() => inFlight.delete(promise));
    return promise;
  };

  const ready = track("start-up", async () => {
    const summary = await runner.runDue();
    logger.info({ ...summary }, "scheduler started");
  });
  // noOverlap: a tick still delivering (retries can take minutes) makes the next ones skip; the
  // first tick after it finds any slot that fell due meanwhile, since the runner takes the latest.
  const taskOptions = { noOverlap: true, logger: cronLogger(logger), missedExecutionTolerance: LATE_TICK_MS };
  const tasks: ScheduledTask[] = [
    schedule(
      EVERY_MINUTE,
      () =>
        track("digest", async () => {
          await ready; // the start-up pass first
          await runner.runDue();
        }),
      { ...taskOptions, timezone: "UTC" },
    ),
  ];
  if (poll) {
    tasks.push(
      schedule(pollCron, () => track("poll", poll), { ...taskOptions, timezone: config.BRIEFBOT_TZ }),
    );
  }

  let stopped = false;
  const stop = async (): Promise<void> => {
    if (stopped) return;
    stopped = true;
    // destroy, not stop: node-cron keeps every task in a process-wide registry until destroyed.
    await Promise.all(tasks.map((task) => task.destroy()));
    await Promise.allSettled([...inFlight]);
  };
  return { name: "scheduler", runner, ready, stop, close: stop };
}
