// `briefbot discord register [--guild ID | --global] [--dry-run]`: tells Discord about the commands
// in commands/ and prints what changed. `briefbot discord commands` prints the JSON it would send.
import { COMMANDS } from "../../commands/index.ts";
import { buildApplicationCommands, registerCommands } from "../adapters/discord/index.ts";
import { loadConfig } from "../config.ts";
import { BriefbotError } from "../core/errors.ts";
import type { CliIo } from "./io.ts";
import { parseCliArgs } from "./with-app.ts";

const USAGE = "briefbot discord register [--guild ID | --global] [--dry-run] | briefbot discord commands";

/** Runs `briefbot discord ...`; `env` is for tests. */
export async function run(args: string[], io: CliIo, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const { values, positionals } = parseCliArgs(
    {
      args,
      options: {
        guild: { type: "string" },
        global: { type: "boolean", default: false },
        "dry-run": { type: "boolean", default: false },
      },
      allowPositionals: true,
      strict: true,
    },
    USAGE,
  );
  const [action, ...extra] = positionals;
  if (extra.length > 0 || (action !== "register" && action !== "commands")) {
    throw new BriefbotError(
      "INPUT_INVALID",
      action ? `unknown action "${positionals.join(" ")}"` : "say what to do",
      {
        hints: [`usage: ${USAGE}`],
      },
    );
  }
  if (action === "commands") {
    io.stdout(`${JSON.stringify(buildApplicationCommands(COMMANDS), null, 2)}\n`);
    return 0;
  }

  const config = loadConfig(env);
  if (!config.DISCORD_TOKEN || !config.DISCORD_APPLICATION_ID) {
    throw new BriefbotError(
      "CONFIG_INVALID",
      "DISCORD_TOKEN and DISCORD_APPLICATION_ID must be set to register commands",
      {
        hints: [
          "See docs/discord.md: both come from the Developer Portal (Bot > Token, General Information > Application ID).",
        ],
      },
    );
  }
  if (values.guild !== undefined && !/^\d{15,25}$/.test(values.guild)) {
    throw new BriefbotError("INPUT_INVALID", `--guild expects a server id (digits), got "${values.guild}"`, {
      hints: [`usage: ${USAGE}`],
    });
  }
  if (values.guild !== undefined && values.global) {
    throw new BriefbotError("INPUT_INVALID", "--guild and --global exclude each other", {
      hints: [`usage: ${USAGE}`],
    });
  }
  const guildId = values.global ? undefined : (values.guild ?? config.DISCORD_GUILD_ID);
  const dryRun = values["dry-run"];
  const result = await registerCommands({
    token: config.DISCORD_TOKEN,
    applicationId: config.DISCORD_APPLICATION_ID,
    apiUrl: config.DISCORD_API_URL,
    guildId,
    commands: COMMANDS,
    dryRun,
  });

  const lines = [
    `${dryRun ? "would register" : "registered"} ${result.body.length} commands (${result.scope})`,
    ...result.added.map((name) => `  added      ${name}`),
    ...result.updated.map((name) => `  updated    ${name}`),
    ...result.removed.map((name) => `  removed    ${name}`),
  ];
  if (result.added.length + result.updated.length + result.removed.length === 0) lines.push("  no changes");
  else if (result.unchanged.length > 0) lines.push(`  unchanged  ${result.unchanged.join(", ")}`);
  if (result.scope === "global" && !dryRun) {
    lines.push("Global commands can take up to an hour to appear; use --guild ID while developing.");
  }
  io.stdout(`${lines.join("\n")}\n`);
  return 0;
}
