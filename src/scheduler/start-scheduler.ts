// The scheduler: one node-cron task per distinct (schedule, time zone) that runs the due digests,
// a task that keeps that set in step with the subscriptions, and feed polling on BRIEFBOT_POLL_CRON
// (followed by a sweep of all due digests, a safety net for any slot a timer missed). At start it
// runs the due slots once: crashed claims are completed and a slot missed while down is caught up.
// The only module that imports node-cron.
import cron, { type ScheduledTask } from "node-cron";
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
  /** Brings the task set in step with the subscriptions now (also done every minute). */
  sync(): Promise<void>;
  /** The (schedule, zone) pairs that have a task. */
  schedules(): string[];
  stop(): Promise<void>;
  close(): Promise<void>;
}

const key = (expression: string, zone: string) => `${expression}|${zone}`;

/**
 * The patterns that wake a schedule up. node-cron requires both day fields to match, Vixie cron
 * (and our slot maths) either one: a schedule restricting both gets one task for each.
 */
function wakeExpressions(expression: string): string[] {
  const [minute, hour, dom, month, dow] = expression.split(" ");
  if (dom === "*" || dow === "*" || dow === undefined) return [expression];
  return [`${minute} ${hour} ${dom} ${month} *`, `${minute} ${hour} * ${month} ${dow}`];
}

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

  const tasks = new Map<string, ScheduledTask>();
  let stopped = false;

  const sync = async (): Promise<void> => {
    if (stopped) return;
    const wanted = new Map<string, { expression: string; zone: string }>();
    for (const subscription of await services.digests.listSubscriptions()) {
      if (subscription.pausedAt !== null || !posters[subscription.platform]) continue;
      wanted.set(key(subscription.cron, subscription.timeZone), {
        expression: subscription.cron,
        zone: subscription.timeZone,
      });
    }
    for (const [name, task] of tasks) {
      if (!wanted.has(name.replace(" (days of week)", ""))) {
        void task.destroy();
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
        const [task, extra] = wakeExpressions(expression).map((pattern, index) =>
          cron.schedule(pattern, wake, { timezone: zone, name: `digest ${name} #${index}`, noOverlap: true }),
        );
        if (task) tasks.set(name, task);
        if (extra) tasks.set(`${name} (days of week)`, extra);
      } catch (error) {
        // The poll sweep still delivers this schedule's slots, only later.
        logger.error(
          { schedule: name, error: error instanceof Error ? error.message : String(error) },
          "cannot schedule a digest task",
        );
      }
    }
  };

  if (!cron.validate(config.BRIEFBOT_POLL_CRON)) {
    throw new BriefbotError(
      "CONFIG_INVALID",
      `invalid configuration: BRIEFBOT_POLL_CRON "${config.BRIEFBOT_POLL_CRON}" is not a cron expression (e.g. */15 * * * *)`,
    );
  }
  const firstSync = track("digest-sync", sync);
  const syncTask = cron.schedule("* * * * *", () => track("digest-sync", sync), {
    name: "digest-sync",
    noOverlap: true,
  });
  const pollTask = cron.schedule(
    config.BRIEFBOT_POLL_CRON,
    () =>
      track("poll", async () => {
        if (poll) await poll();
        await runner.runDue();
      }),
    { timezone: config.BRIEFBOT_TZ, name: "feed-poll", noOverlap: true },
  );
  const ready = track("start-up", async () => {
    await firstSync;
    const summary = await runner.runDue();
    logger.info({ ...summary, schedules: tasks.size }, "scheduler started");
  });

  const stop = async (): Promise<void> => {
    if (stopped) return;
    stopped = true;
    for (const task of [...tasks.values(), syncTask, pollTask]) await task.destroy();
    tasks.clear();
    await Promise.allSettled([...inFlight]);
  };
  return {
    name: "scheduler",
    runner,
    ready,
    sync,
    schedules: () => [...tasks.keys()].filter((name) => !name.endsWith(" (days of week)")).sort(),
    stop,
    close: stop,
  };
}
