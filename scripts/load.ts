// `npm run load`: load on 127.0.0.1 only, bounded in count and time. The bot (the real Slack and
// Discord adapters, a store of 10,000 documents, metrics, /healthz) runs in a child process so its
// memory and latency are its own; this process plays Slack and Discord (test/fakes) and sends:
//   1. N signed slash commands at R a second to the Slack HTTP receiver (default 1,000 at 100/s);
//   2. N slash-command interactions at R a second through the fake Discord gateway (same);
//   3. more of both until the bot has served 10,000 commands, then reads its RSS again.
// It prints errors, answered counts, ack and answer p50/p99/max and RSS before and after.
//
//   npm run load -- [--slack 1000] [--discord 1000] [--rate 100] [--docs 10000] [--total 10000]
//                   [--soak-rate 250] [--soak-mix full|light] [--store PATH (reused when it exists)]
import { type ChildProcess, fork } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { FakeDiscord } from "../test/fakes/discord-api.ts";
import { FakeSlack } from "../test/fakes/slack-api.ts";
import {
  commandOutcomes,
  LOAD_SLACK_TOKEN,
  type LoadTarget,
  percentile,
  type RunStats,
  runDiscordLoad,
  runSlackLoad,
  startLoadBot,
} from "../test/reliability/load-harness.ts";
import { buildLoadStore, FIXTURE_CORPUS_DIR, type Vocabulary } from "../test/reliability/load-store.ts";

const { values } = parseArgs({
  options: {
    role: { type: "string", default: "driver" },
    slack: { type: "string", default: "1000" },
    discord: { type: "string", default: "1000" },
    rate: { type: "string", default: "100" },
    docs: { type: "string", default: "10000" },
    total: { type: "string", default: "10000" },
    "soak-rate": { type: "string", default: "250" },
    "soak-mix": { type: "string", default: "full" },
    store: { type: "string" },
    "slack-api": { type: "string" },
    "discord-api": { type: "string" },
    "discord-app": { type: "string" },
  },
});

/** Messages between the driver and the bot process. */
type ToBot = { type: "rss" } | { type: "errors" } | { type: "stop" };
type FromBot =
  | { type: "ready"; slackEndpoint: string; healthUrl: string; vocab: Vocabulary }
  | { type: "rss"; rss: number; heapUsed: number }
  | { type: "errors"; lines: string[] }
  | { type: "failed"; message: string };

const count = (name: string, text: string | undefined, min = 0): number => {
  const value = Number(text);
  if (!Number.isInteger(value) || value < min) {
    console.error(`--${name} must be a whole number >= ${min}, got ${text}`);
    process.exit(2);
  }
  return value;
};

/** The bot process: starts the adapters on the store and answers the driver's questions. */
async function runBot(): Promise<void> {
  const send = (message: FromBot) => process.send?.(message);
  try {
    const bot = await startLoadBot({
      storePath: values.store as string,
      slackApiUrl: values["slack-api"] as string,
      discordApiUrl: values["discord-api"] as string,
      discordApplicationId: values["discord-app"] as string,
    });
    process.on("message", (message: ToBot) => {
      if (message.type === "rss") {
        global.gc?.();
        const usage = process.memoryUsage();
        send({ type: "rss", rss: usage.rss, heapUsed: usage.heapUsed });
      } else if (message.type === "errors") {
        send({ type: "errors", lines: bot.errorLogs().slice(0, 50) });
      } else if (message.type === "stop") {
        void bot.stop().finally(() => process.exit(0));
      }
    });
    send({ type: "ready", slackEndpoint: bot.slackEndpoint, healthUrl: bot.health.url, vocab: bot.vocab });
  } catch (error) {
    send({ type: "failed", message: error instanceof Error ? error.message : String(error) });
    process.exit(1);
  }
}

/** Asks the bot process something and waits for the answer of that type. */
function ask<T extends "rss" | "errors">(
  child: ChildProcess,
  type: T,
): Promise<Extract<FromBot, { type: T }>> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the bot did not answer "${type}" within 30 s`)), 30_000);
    const onMessage = (message: FromBot) => {
      if (message.type !== type) return;
      clearTimeout(timer);
      child.off("message", onMessage);
      resolve(message as Extract<FromBot, { type: T }>);
    };
    child.on("message", onMessage);
    child.send({ type } satisfies ToBot);
  });
}

/** How long a run waits for its last answers: generous, since an overloaded bot answers late, not never. */
const ANSWER_TIMEOUT_MS = 300_000;

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const ms = (value: number) => (Number.isNaN(value) ? "-" : `${Math.round(value)} ms`);

function row(stats: RunStats): string[] {
  return [
    stats.platform,
    String(stats.sent),
    String(stats.ackErrors),
    `${stats.answered}/${stats.sent}`,
    String(stats.errorAnswers),
    ms(percentile(stats.ackMs, 50)),
    ms(percentile(stats.ackMs, 99)),
    ms(percentile(stats.answerMs, 50)),
    ms(percentile(stats.answerMs, 99)),
    ms(stats.answerMs.length > 0 ? Math.max(...stats.answerMs) : Number.NaN),
    stats.seconds.toFixed(1),
  ];
}

function table(header: string[], rows: string[][]): string {
  const widths = header.map((title, i) =>
    Math.max(title.length, ...rows.map((cells) => (cells[i] ?? "").length)),
  );
  const line = (cells: string[]) => `| ${cells.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join(" | ")} |`;
  return [line(header), `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`, ...rows.map(line)].join("\n");
}

async function runDriver(): Promise<void> {
  const slackCount = count("slack", values.slack);
  const discordCount = count("discord", values.discord);
  const rate = count("rate", values.rate, 1);
  const docs = count("docs", values.docs, 1);
  const total = count("total", values.total);
  const soakRate = count("soak-rate", values["soak-rate"], 1);
  const soakMix = values["soak-mix"] === "light" ? "light" : "full";

  const scratch = mkdtempSync(join(tmpdir(), "briefbot-load-"));
  const storePath = values.store ?? join(scratch, "load.db");
  let child: ChildProcess | null = null;
  const slack = await FakeSlack.start({ botToken: LOAD_SLACK_TOKEN });
  const discord = await FakeDiscord.start();
  try {
    if (existsSync(storePath)) console.log(`store: reusing ${storePath}`);
    else {
      // The shared corpus (234 articles) when it is beside the clone, as for the figures in
      // docs/reliability.md; otherwise the twelve articles of the test fixtures.
      const shared = fileURLToPath(new URL("../../shared/corpus/wikinews/", import.meta.url));
      const corpus = existsSync(shared) ? shared : FIXTURE_CORPUS_DIR;
      console.log(`store: building ${docs} documents from the Wikinews articles in ${corpus}...`);
      const build = await buildLoadStore(storePath, docs, corpus);
      console.log(
        `store: ${build.documents} documents (${build.added} added, ${build.nearDuplicates} near-duplicates) in ${(build.ms / 1000).toFixed(1)} s`,
      );
    }

    child = fork(
      fileURLToPath(import.meta.url),
      [
        "--role",
        "bot",
        "--store",
        storePath,
        "--slack-api",
        slack.apiUrl,
        "--discord-api",
        discord.apiUrl,
        "--discord-app",
        discord.applicationId,
      ],
      { execArgv: [...process.execArgv, "--expose-gc"], stdio: ["ignore", "inherit", "inherit", "ipc"] },
    );
    const bot = child;
    const ready = await new Promise<Extract<FromBot, { type: "ready" }>>((resolve, reject) => {
      bot.once("message", (message: FromBot) => {
        if (message.type === "ready") resolve(message);
        else
          reject(
            new Error(`the bot did not start: ${message.type === "failed" ? message.message : message.type}`),
          );
      });
      bot.once("exit", (code) => reject(new Error(`the bot exited with ${code}`)));
    });
    const target: LoadTarget = { slackEndpoint: ready.slackEndpoint, vocab: ready.vocab };

    // Warm up (JIT, caches, connection pools) so that "before" is the bot as it runs, not as it starts.
    const warmup = 200;
    await runSlackLoad({ bot: target, fake: slack, count: warmup, perSecond: soakRate, offset: 1_000_000 });
    await runDiscordLoad({
      bot: target,
      fake: discord,
      count: warmup,
      perSecond: soakRate,
      offset: 1_000_000,
    });
    const before = await ask(bot, "rss");
    console.log(
      `machine: ${cpus().length} cores, load average ${loadavg()
        .map((n) => n.toFixed(1))
        .join(" ")} before the measured runs`,
    );
    console.log(
      `bot: warmed up with ${2 * warmup} commands; RSS ${mb(before.rss)}, heap ${mb(before.heapUsed)}`,
    );

    console.log(`slack: ${slackCount} signed slash commands at ${rate}/s...`);
    const slackStats = await runSlackLoad({
      bot: target,
      fake: slack,
      count: slackCount,
      perSecond: rate,
      timeoutMs: ANSWER_TIMEOUT_MS,
    });
    console.log(`  ${row(slackStats).join(" | ")}`);
    console.log(`discord: ${discordCount} interactions at ${rate}/s...`);
    const discordStats = await runDiscordLoad({
      bot: target,
      fake: discord,
      count: discordCount,
      perSecond: rate,
      timeoutMs: ANSWER_TIMEOUT_MS,
    });
    console.log(`  ${row(discordStats).join(" | ")}`);

    let served = slackCount + discordCount;
    const soak: RunStats[] = [];
    let round = 1;
    while (served < total) {
      const each = Math.min(1000, Math.ceil((total - served) / 2));
      soak.push(
        await runSlackLoad({
          bot: target,
          fake: slack,
          count: each,
          perSecond: soakRate,
          offset: round * 10_000,
          timeoutMs: ANSWER_TIMEOUT_MS,
          mix: soakMix,
        }),
      );
      soak.push(
        await runDiscordLoad({
          bot: target,
          fake: discord,
          count: each,
          perSecond: soakRate,
          offset: round * 10_000,
          timeoutMs: ANSWER_TIMEOUT_MS,
          mix: soakMix,
        }),
      );
      served += 2 * each;
      round++;
      const now = await ask(bot, "rss");
      const last = soak
        .slice(-2)
        .map((stats) => `${stats.platform} ${stats.answered}/${stats.sent} answered`);
      console.log(
        `  ${served} commands served: ${last.join(", ")}; RSS ${mb(now.rss)} (load average ${loadavg()[0]?.toFixed(1)})`,
      );
    }
    const after = await ask(bot, "rss");
    const metrics = await (await fetch(`${ready.healthUrl}/metrics`)).text();
    const health = await fetch(`${ready.healthUrl}/healthz`);
    const errors = await ask(bot, "errors");

    const header = [
      "platform",
      "sent",
      "ack errors",
      "answered",
      "error answers",
      "ack p50",
      "ack p99",
      "answer p50",
      "answer p99",
      "answer max",
      "seconds",
    ];
    console.log(`\nMeasured runs (${rate}/s, store of ${docs} documents):\n`);
    console.log(table(header, [row(slackStats), row(discordStats)]));
    if (soak.length > 0) {
      const merge = (platform: "slack" | "discord"): RunStats => {
        const runs = soak.filter((stats) => stats.platform === platform);
        return {
          platform,
          sent: runs.reduce((sum, stats) => sum + stats.sent, 0),
          ackErrors: runs.reduce((sum, stats) => sum + stats.ackErrors, 0),
          answered: runs.reduce((sum, stats) => sum + stats.answered, 0),
          errorAnswers: runs.reduce((sum, stats) => sum + stats.errorAnswers, 0),
          ackMs: runs.flatMap((stats) => stats.ackMs),
          answerMs: runs.flatMap((stats) => stats.answerMs),
          seconds: runs.reduce((sum, stats) => sum + stats.seconds, 0),
          sendSeconds: runs.reduce((sum, stats) => sum + stats.sendSeconds, 0),
        };
      };
      console.log(`\nSoak to ${total} commands (${soakRate}/s, ${soakMix} mix):\n`);
      console.log(table(header, [row(merge("slack")), row(merge("discord"))]));
    }
    // The bot's own time per command (handler start to reply ready), from its latency histogram.
    const sums = new Map<string, { sum: number; count: number }>();
    for (const match of metrics.matchAll(
      /^briefbot_command_duration_seconds_(sum|count)\{command="([^"]+)",platform="([^"]+)"\} ([\d.e+-]+)$/gm,
    )) {
      const entry = sums.get(match[2] as string) ?? { sum: 0, count: 0 };
      if (match[1] === "sum") entry.sum += Number(match[4]);
      else entry.count += Number(match[4]);
      sums.set(match[2] as string, entry);
    }
    const perCommand = [...sums].map(
      ([name, { sum, count }]) => `/${name} ${((sum / count) * 1000).toFixed(1)} ms (${count})`,
    );
    console.log(`\nmean handling time by command, both platforms: ${perCommand.join(", ")}`);
    const outcomes = commandOutcomes(metrics);
    const totalServed = Object.values(outcomes).reduce((sum, n) => sum + n, 0);
    console.log(
      `\ncommand outcomes (bot's /metrics, warm-up included): ${JSON.stringify(outcomes)} = ${totalServed}`,
    );
    console.log(`Block Kit limit violations seen by the fake Slack: ${slack.violations.length}`);
    console.log(`error log lines in the bot: ${errors.lines.length}`);
    for (const line of errors.lines.slice(0, 5)) console.log(`  ${line.trim().slice(0, 300)}`);
    console.log(`/healthz after the run: ${health.status}`);
    console.log(
      `machine load average after: ${loadavg()
        .map((n) => n.toFixed(1))
        .join(" ")}`,
    );
    console.log(
      `RSS before ${mb(before.rss)}, after ${mb(after.rss)} (${after.rss >= before.rss ? "+" : ""}${mb(after.rss - before.rss)}) over ${served} commands; heap ${mb(before.heapUsed)} -> ${mb(after.heapUsed)}`,
    );
    const all = [slackStats, discordStats, ...soak];
    const failed =
      all.some((stats) => stats.ackErrors > 0 || stats.answered < stats.sent || stats.errorAnswers > 0) ||
      Object.keys(outcomes).some((outcome) => outcome !== "ok") ||
      errors.lines.length > 0 ||
      slack.violations.length > 0 ||
      health.status !== 200;
    console.log(
      failed ? "\nRESULT: problems found (see above)" : "\nRESULT: no errors, every command answered",
    );
    process.exitCode = failed ? 1 : 0;
  } finally {
    if (child?.connected) {
      const exited = new Promise((resolve) => child?.once("exit", resolve));
      child.send({ type: "stop" } satisfies ToBot);
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
    }
    child?.kill();
    await slack.close();
    await discord.close();
    rmSync(scratch, { recursive: true, force: true });
  }
}

if (values.role === "bot") await runBot();
else await runDriver();
