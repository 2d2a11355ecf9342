// Shared by the CLI subcommands that answer from the store: read the configuration, open the app,
// run, always close. CLI output goes to stdout; logs stay on stderr at warnings unless LOG_LEVEL says.
import { type ParseArgsConfig, parseArgs } from "node:util";
import type { Command, CommandContext } from "../../commands/command.ts";
import { parseCommandText } from "../../commands/parse-text.ts";
import { type App, type AppOptions, createApp } from "../app.ts";
import { loadConfig } from "../config.ts";
import { BriefbotError, isBriefbotError } from "../core/errors.ts";
import { createLogger, terminalLogLevel } from "../logger.ts";

/** The context of commands run from the command line. */
export const CLI_CONTEXT: CommandContext = {
  platform: "cli",
  channelId: "cli",
  userId: "local",
  canManageChannel: true,
};

/** Opens the app from the environment, runs `fn`, closes the app. */
export async function withApp<T>(
  fn: (app: App) => Promise<T>,
  options: Pick<AppOptions, "skipBundled" | "skipStaleCheck"> = {},
): Promise<T> {
  const config = loadConfig();
  const logger = createLogger(config, { level: terminalLogLevel(config) });
  const app = await createApp(config, { logger, ...options });
  try {
    return await fn(app);
  } finally {
    await app.close();
  }
}

/** Parses command text as chat does, but answers bad input with the CLI's usage rather than the slash form. */
export function parseForCli<Input>(command: Command<Input>, text: string, usage: string): Input {
  try {
    return parseCommandText(command, text);
  } catch (error) {
    if (isBriefbotError(error) && error.code === "INPUT_INVALID") {
      const message = error.message
        .replace(`/${command.name} `, `${command.name} `)
        .replace(`/${command.name}: `, "");
      throw new BriefbotError("INPUT_INVALID", message, { cause: error, hints: [`usage: ${usage}`] });
    }
    throw error;
  }
}

/** node:util parseArgs, with its errors turned into INPUT_INVALID carrying the usage. */
export function parseCliArgs<T extends ParseArgsConfig>(
  config: T,
  usage: string,
): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new BriefbotError("INPUT_INVALID", message, { cause: error, hints: [`usage: ${usage}`] });
  }
}
