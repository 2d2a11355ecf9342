// `briefbot digest subscribe|unsubscribe|list|run-due`: digests from a shell. `run-due` runs every
// due slot once and exits, for deployments that schedule from outside (a Kubernetes CronJob, a
// systemd timer); it uses the same ledger as the bot, so the two never both post a slot.
import { listDigests, subscribeChannel, unsubscribeChannel } from "../../commands/digest.ts";
import { renderText } from "../adapters/terminal/render-text.ts";
import { type Config, loadConfig } from "../config.ts";
import type { DigestPlatform } from "../core/digest/digest-store.ts";
import { BriefbotError } from "../core/errors.ts";
import { isPlatform, PLATFORMS } from "../core/platforms.ts";
import type { ChannelPoster } from "../core/ports.ts";
import { createLogger, type Logger, terminalLogLevel } from "../logger.ts";
import { createDigestRunner, type WaitingSlot } from "../scheduler/digest-runner.ts";
import type { CliIo } from "./io.ts";
import { parseCliArgs, withApp } from "./with-app.ts";

const USAGE = [
  "briefbot digest subscribe --platform slack|discord --channel ID --topic T [--at HH:MM] [--tz ZONE] [--days mon-fri] [--cron EXPR] [--thread] [--notice]",
  "briefbot digest unsubscribe --platform slack|discord --channel ID --topic T",
  "briefbot digest list [--platform slack|discord] [--channel ID] [--json]",
  "briefbot digest run-due [--platform slack|discord] [--now ISO] [--json]",
].join("\n       ");

const OPTIONS = {
  platform: { type: "string" },
  channel: { type: "string" },
  topic: { type: "string" },
  at: { type: "string" },
  tz: { type: "string" },
  days: { type: "string" },
  cron: { type: "string" },
  thread: { type: "boolean" },
  notice: { type: "boolean" },
  now: { type: "string" },
  json: { type: "boolean" },
} as const;

const need = (value: string | undefined, name: string): string => {
  if (!value)
    throw new BriefbotError("INPUT_INVALID", `--${name} is required`, { hints: [`usage: ${USAGE}`] });
  return value;
};

const platformOf = (value: string | undefined): DigestPlatform => {
  const platform = need(value, "platform");
  if (!isPlatform(platform)) {
    throw new BriefbotError(
      "INPUT_INVALID",
      `--platform must be ${PLATFORMS.join(" or ")}, got "${platform}"`,
    );
  }
  return platform;
};

/** The posters this configuration can build without starting the adapters. */
async function buildPosters(config: Config, logger: Logger): Promise<ChannelPoster[]> {
  const posters: ChannelPoster[] = [];
  if (config.DISCORD_TOKEN) {
    const { createDiscordPoster } = await import("../adapters/discord/index.ts");
    posters.push(
      createDiscordPoster({ token: config.DISCORD_TOKEN, apiUrl: config.DISCORD_API_URL, logger }),
    );
  }
  if (config.SLACK_BOT_TOKEN) {
    // The Slack adapter owns its Web API client; it exports a poster factory for processes that do
    // not serve Slack events (this one).
    const slack = (await import("../adapters/slack/channel-poster.ts")) as {
      createSlackPoster?: (options: {
        token: string;
        apiUrl?: string | undefined;
        logger: Logger;
      }) => ChannelPoster;
    };
    if (slack.createSlackPoster) {
      posters.push(
        slack.createSlackPoster({ token: config.SLACK_BOT_TOKEN, apiUrl: config.SLACK_API_URL, logger }),
      );
    } else {
      logger.warn("slack: no standalone poster in this build; Slack digests are left to the running bot");
    }
  }
  return posters;
}

/** The variable that lets run-due post to each platform. */
const TOKEN_OF: Record<DigestPlatform, string> = { slack: "SLACK_BOT_TOKEN", discord: "DISCORD_TOKEN" };

/** One due slot that run-due could not run, and why. */
const notRunLine = (slot: WaitingSlot): string =>
  `  not run: ${slot.platform} channel ${slot.channelId}, topic ${slot.topic}, slot ${slot.slot} ` +
  `(subscription ${slot.subscription}): ${TOKEN_OF[slot.platform]} is not set, so nothing can be posted to ${slot.platform}`;

/** Runs `briefbot digest ...`. */
export async function run(args: string[], io: CliIo): Promise<number> {
  const [action, ...rest] = args;
  const { values } = parseCliArgs(
    { args: rest, options: OPTIONS, allowPositionals: false, strict: true },
    USAGE,
  );
  const config = loadConfig();
  return withApp(async (app) => {
    const deps = app.deps;
    const show = (reply: Parameters<typeof renderText>[0]) =>
      io.stdout(renderText(reply, { color: io.isTTY }));
    switch (action) {
      case "subscribe": {
        const channel = { platform: platformOf(values.platform), channelId: need(values.channel, "channel") };
        const words = [
          values.cron ?? "",
          values.at ? `at ${values.at}` : "",
          values.tz ? `tz ${values.tz}` : "",
          values.days ? `days ${values.days}` : "",
          values.thread ? "thread" : "",
          values.notice ? "notice" : "",
        ];
        show(await subscribeChannel(deps, channel, need(values.topic, "topic"), words.join(" "), "cli"));
        return 0;
      }
      case "unsubscribe": {
        const channel = { platform: platformOf(values.platform), channelId: need(values.channel, "channel") };
        show(await unsubscribeChannel(deps, channel, need(values.topic, "topic")));
        return 0;
      }
      case "list": {
        if (values.json) {
          const subscriptions = await deps.digest!.digests.listSubscriptions({
            ...(values.platform ? { platform: platformOf(values.platform) } : {}),
            ...(values.channel ? { channelId: values.channel } : {}),
          });
          const rows = await Promise.all(
            subscriptions.map(async (subscription) => ({
              ...subscription,
              lastDelivered: await deps.digest!.digests.lastDelivered(subscription.id),
              lastEntry: await deps.digest!.digests.lastEntry(subscription.id),
              failuresSinceDelivery: await deps.digest!.digests.failuresSinceDelivery(subscription.id),
            })),
          );
          io.stdout(`${JSON.stringify(rows, null, 2)}\n`);
          return 0;
        }
        const channel =
          values.platform && values.channel
            ? { platform: platformOf(values.platform), channelId: values.channel }
            : null;
        show(await listDigests(deps, channel));
        return 0;
      }
      case "run-due": {
        const now = values.now === undefined ? new Date() : new Date(values.now);
        if (Number.isNaN(now.getTime())) {
          throw new BriefbotError(
            "INPUT_INVALID",
            `--now must be an ISO time such as 2026-11-30T07:00:00Z, got "${values.now}"`,
          );
        }
        const logger = createLogger(config, { level: terminalLogLevel(config) });
        const posters = await buildPosters(config, logger);
        const byPlatform: Partial<Record<DigestPlatform, ChannelPoster>> = {};
        for (const poster of posters) byPlatform[poster.platform] = poster;
        const runner = createDigestRunner({
          digests: deps.digest!.digests,
          source: deps.digest!.source,
          topicTitle: async (slug) => (await deps.store.getTopic(slug))?.title ?? null,
          topicActors: async (slug) => (await deps.store.getTopic(slug))?.match.actors ?? [],
          posters: byPlatform,
          clock: deps.clock,
          logger,
          firstWindowMs: config.BRIEFBOT_DIGEST_FIRST_WINDOW,
          catchupMs: config.BRIEFBOT_CATCHUP,
        });
        const only = values.platform === undefined ? undefined : platformOf(values.platform);
        const summary = await runner.runDue({
          now,
          ...(only ? { only: (subscription) => subscription.platform === only } : {}),
        });
        io.stdout(
          values.json
            ? `${JSON.stringify(summary)}\n`
            : `run-due at ${now.toISOString()}: ${summary.sent} sent, ${summary.empty} with nothing new, ` +
                `${summary.failed} failed, ${summary.skipped} skipped, ${summary.paused} paused, ` +
                `${summary.recovered} recovered after a crash, ${summary.waiting.length} not run\n` +
                summary.waiting.map((slot) => `${notRunLine(slot)}\n`).join(""),
        );
        // Due work that could not run is a failure of this run, even though the slot stays open for
        // a process that can post there (a cron job must not report success while nothing went out).
        return summary.failed > 0 || summary.waiting.length > 0 ? 1 : 0;
      }
      default:
        throw new BriefbotError(
          "INPUT_INVALID",
          action ? `unknown digest action "${action}"` : "a digest action is required",
          {
            hints: [`usage: ${USAGE}`],
          },
        );
    }
  });
}
