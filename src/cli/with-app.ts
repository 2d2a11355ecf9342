// Shared by the CLI subcommands that answer from the store: read the configuration, open the app,
// run, always close. CLI output goes to stdout; logs stay on stderr at warnings unless LOG_LEVEL says.
import { type ParseArgsConfig, parseArgs } from "node:util";
import { type App, type AppOptions, createApp } from "../app.ts";
import { loadConfig } from "../config.ts";
import { BriefbotError } from "../core/errors.ts";
import { createLogger, terminalLogLevel } from "../logger.ts";

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

/** node:util parseArgs for the subcommands that are not commands/ (ingest, poll, ...), in our words. */
export function parseCliArgs<T extends ParseArgsConfig>(
  config: T,
  usage: string,
): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    const arg = error instanceof Error ? (/'(-[^']*)'/.exec(error.message)?.[1] ?? "") : "";
    const message =
      code === "ERR_PARSE_ARGS_UNKNOWN_OPTION"
        ? `unknown option ${arg}`
        : code === "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL"
          ? "unexpected argument"
          : code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE"
            ? `option ${arg} is missing its value or given one it does not take`
            : "the arguments could not be read";
    throw new BriefbotError("INPUT_INVALID", message, { cause: error, hints: [`usage: ${usage}`] });
  }
}
