// The scheduler: one croner timer per distinct (schedule, time zone) that runs the due digests,
// a task that keeps that set in step with the subscriptions, and feed polling on BRIEFBOT_POLL_CRON
// (followed by a sweep of all due digests, a safety net for any slot a timer missed). At start it
// runs the due slots once: crashed claims are completed and a slot missed while down is caught up.
// Its timers come from croner, the library the slot maths uses (src/core/digest/cron.ts): a timer
// fires on the very slots the ledger computes, across clock changes and either-day schedules.
import { Cron } from "croner";
import type { CommandDeps } from "../../commands/command.ts";
import type { Config } from "../config.ts";
import { CRON_OPTIONS } from "../core/digest/cron.ts";
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
  /** Brings the task set in step with the subscriptions now (also done every minute). */
  sync(): Promise<void>;
  /** The (schedule, zone) pairs that have a task. */
  schedules(): string[];
  stop(): Promise<void>;
  close(): Promise<void>;
}

const key = (expression: string, zone: string) => `${expression}|${zone}`;

/**
 * A croner timer running `run` on `pattern` in `zone`; a run still going makes the next one wait
 * (protect). Unnamed: croner keeps named jobs in a process-wide registry, and tests start many.
 */
const timer = (pattern: string, zone: string | undefined, run: () => unknown): Cron =>
  new Cron(pattern, { ...CRON_OPTIONS, ...(zone ? { timezone: zone } : {}), protect: true }, async () => {
    await run();
  });

/** Starts the digest and polling tasks; `stop()` ends them and waits for running work. */
export function startScheduler(options: SchedulerOptions): RunningScheduler {
  const { config, deps, logger } = options;
  // The app wires the digest services into deps once (src/app.ts); the scheduler only reads them.
  const services: DigestServices | undefined = deps.digest;
  if (!services) {
    throw new BriefbotError("CONFIG_INVALID", "the scheduler needs the digest services (CommandDeps.digest)");
  }
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

  const tasks = new Map<string, Cron>();
  let stopped = false;

  const sync = async (): Promise<void> => {
    if (stopped) return;
    const wanted = new Map<string, { expression: string; zone: string }>();
    const subscriptions = await services.digests.listSubscriptions();
    if (stopped) return; // stopped while the store answered: start no timers
    for (const subscription of subscriptions) {
      if (subscription.pausedAt !== null || !posters[subscription.platform]) continue;
      wanted.set(key(subscription.cron, subscription.timeZone), {
        expression: subscription.cron,
        zone: subscription.timeZone,
      });
    }
    for (const [name, task] of tasks) {
      if (!wanted.has(name)) {
        task.stop();
        tasks.delete(name);
      }
    }
    for (const [name, { expression, zone }] of wanted) {
      if (tasks.has(name)) continue;
      const wake = () =>
        track(`digest ${name}`, () =>
          runner.runDue({ only: (s) => s.cron === expression && s.timeZone === zone }),
        );
      try {
        tasks.set(name, timer(expression, zone, wake));
      } catch (error) {
        // The poll sweep still delivers this schedule's slots, only later.
        logger.error(
          { schedule: name, error: error instanceof Error ? error.message : String(error) },
          "cannot schedule a digest task",
        );
      }
    }
  };

  let pollTask: Cron;
  try {
    pollTask = timer(config.BRIEFBOT_POLL_CRON, config.BRIEFBOT_TZ, () =>
      track("poll", async () => {
        if (poll) await poll();
        await runner.runDue();
      }),
    );
  } catch (error) {
    throw new BriefbotError(
      "CONFIG_INVALID",
      `invalid configuration: BRIEFBOT_POLL_CRON "${config.BRIEFBOT_POLL_CRON}" is not a cron expression (e.g. */15 * * * *)`,
      { cause: error },
    );
  }
  const firstSync = track("digest-sync", sync);
  const syncTask = timer("* * * * *", undefined, () => track("digest-sync", sync));
  const ready = track("start-up", async () => {
    await firstSync;
    const summary = await runner.runDue();
    logger.info({ ...summary, schedules: tasks.size }, "scheduler started");
  });

  const stop = async (): Promise<void> => {
    if (stopped) return;
    stopped = true;
    for (const task of [...tasks.values(), syncTask, pollTask]) task.stop();
    tasks.clear();
    await Promise.allSettled([...inFlight]);
  };
  return {
    name: "scheduler",
    runner,
    ready,
    sync,
    schedules: () => [...tasks.keys()].sort(),
    stop,
    close: stop,
  };
}
