// `briefbot digest subscribe|unsubscribe|list|now|run-due`: digests from a shell. The first four are
// the /digest subcommands (commands/digest.ts) with the channel named by --platform and --channel.
// `run-due` runs every due slot once and exits, for deployments that schedule from outside (a
// Kubernetes CronJob, a systemd timer); it uses the same ledger as the bot, so the two never both
// post a slot.
import { type Config, loadConfig } from "../config.ts";
import type { DigestPlatform } from "../core/digest/digest-store.ts";
import { BriefbotError } from "../core/errors.ts";
import { isPlatform, PLATFORMS } from "../core/platforms.ts";
import type { ChannelPoster, InstallationStore } from "../core/ports.ts";
import { createLogger, type Logger, terminalLogLevel } from "../logger.ts";
import { createDigestRunner, type WaitingSlot } from "../scheduler/digest-runner.ts";
import { runCommand } from "./command.ts";
import type { CliIo } from "./io.ts";
import { parseCliArgs, withApp } from "./with-app.ts";

const USAGE = "briefbot digest run-due [--platform slack|discord] [--now ISO] [--json]";

const RUN_DUE_OPTIONS = {
  platform: { type: "string" },
  now: { type: "string" },
  json: { type: "boolean" },
} as const;

const platformOf = (platform: string): DigestPlatform => {
  if (!isPlatform(platform)) {
    throw new BriefbotError(
      "INPUT_INVALID",
      `--platform must be ${PLATFORMS.join(" or ")}, got "${platform}"`,
      {
        hints: [`usage: ${USAGE}`],
      },
    );
  }
  return platform;
};

/** The posters this configuration can build without starting the adapters. */
async function buildPosters(
  config: Config,
  logger: Logger,
  installations: InstallationStore,
): Promise<ChannelPoster[]> {
  const posters: ChannelPoster[] = [];
  if (config.DISCORD_TOKEN) {
    const { createDiscordPoster } = await import("../adapters/discord/index.ts");
    posters.push(
      createDiscordPoster({ token: config.DISCORD_TOKEN, apiUrl: config.DISCORD_API_URL, logger }),
    );
  }
  if (config.SLACK_BOT_TOKEN) {
    const { createSlackPoster } = await import("../adapters/slack/channel-poster.ts");
    posters.push(createSlackPoster({ token: config.SLACK_BOT_TOKEN, apiUrl: config.SLACK_API_URL, logger }));
  } else if (config.SLACK_CLIENT_ID) {
    // OAuth: each channel's digest with its workspace's installed token.
    const { createWorkspacePoster } = await import("../adapters/slack/workspace-poster.ts");
    posters.push(createWorkspacePoster({ installations, apiUrl: config.SLACK_API_URL, logger }));
  }
  return posters;
}

/** The variable that lets run-due post to each platform. */
const TOKEN_OF: Record<DigestPlatform, string> = { slack: "SLACK_BOT_TOKEN", discord: "DISCORD_TOKEN" };

/** One due slot that run-due could not run, and why. */
const notRunLine = (slot: WaitingSlot): string =>
  `  not run: ${slot.platform} channel ${slot.channelId}, topic ${slot.topic}, slot ${slot.slot} ` +
  `(subscription ${slot.subscription}): ${TOKEN_OF[slot.platform]} is not set, so nothing can be posted to ${slot.platform}`;

/** Runs `briefbot digest ...`: run-due here, the chat subcommands through src/cli/command.ts. */
export async function run(args: string[], io: CliIo): Promise<number> {
  const [action, ...rest] = args;
  if (action !== "run-due") return runCommand("digest", args, io);
  if (rest.includes("--help") || rest.includes("-h")) {
    io.stdout(`usage: ${USAGE}\n`);
    return 0;
  }
  const { values } = parseCliArgs(
    { args: rest, options: RUN_DUE_OPTIONS, allowPositionals: false, strict: true },
    USAGE,
  );
  const only = values.platform === undefined ? undefined : platformOf(values.platform);
  const now = values.now === undefined ? new Date() : new Date(values.now);
  if (Number.isNaN(now.getTime())) {
    throw new BriefbotError(
      "INPUT_INVALID",
      `--now must be an ISO time such as 2026-11-30T07:00:00Z, got "${values.now}"`,
    );
  }
  const config = loadConfig();
  return withApp(async (app) => {
    const deps = app.deps;
    const digest = deps.digest;
    if (!digest) throw new BriefbotError("INTERNAL", "digests are not available in this process");
    const logger = createLogger(config, { level: terminalLogLevel(config) });
    const posters = await buildPosters(config, logger, app.installations);
    const byPlatform: Partial<Record<DigestPlatform, ChannelPoster>> = {};
    for (const poster of posters) byPlatform[poster.platform] = poster;
    const runner = createDigestRunner({
      digests: digest.digests,
      source: digest.source,
      topicTitle: async (slug) => (await deps.store.getTopic(slug))?.title ?? null,
      topicActors: async (slug) => (await deps.store.getTopic(slug))?.match.actors ?? [],
      posters: byPlatform,
      clock: deps.clock,
      logger,
      firstWindowMs: config.BRIEFBOT_DIGEST_FIRST_WINDOW,
      catchupMs: config.BRIEFBOT_CATCHUP,
    });
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
  });
}
