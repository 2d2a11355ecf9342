// The terminal adapter: the same commands as Slack and Discord, typed at a `briefbot>` prompt, or
// read line by line from a pipe (`echo "/brief russia-china" | npm start`). One top-level catch
// answers errors in plain words with their code.
import { createInterface } from "node:readline";
import type { CommandContext, CommandDeps } from "../../../commands/command.ts";
import { errorReply } from "../../../commands/error-reply.ts";
import { execute, splitCommandLine } from "../../../commands/execute.ts";
import { isBriefbotError } from "../../core/errors.ts";
import type { Logger } from "../../logger.ts";
import { renderText } from "./render-text.ts";

/** What the terminal adapter needs. */
export interface TerminalOptions {
  deps: CommandDeps;
  input: NodeJS.ReadableStream & { isTTY?: boolean };
  output: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  logger?: Pick<Logger, "error" | "warn" | "info">;
  /** Ends the chat (SIGTERM while chatting). */
  signal?: AbortSignal;
  /** NO_COLOR was set: plain text even on a terminal. */
  noColor?: boolean;
}

const QUIT = new Set(["quit", "exit", "q"]);
const PROMPT = "briefbot> ";

/** Answers one line: the rendered reply, or null to quit. Never throws. */
export async function answerLine(
  deps: CommandDeps,
  line: string,
  options: { color?: boolean; width?: number; logger?: Pick<Logger, "error" | "warn" | "info"> } = {},
): Promise<string | null> {
  const trimmed = line.trim();
  if (trimmed === "" || trimmed.startsWith("#")) return "";
  const { name, text } = splitCommandLine(trimmed);
  if (QUIT.has(name)) return null;
  const context: CommandContext = {
    platform: "terminal",
    channelId: "terminal",
    userId: "local",
    canManageChannel: true,
  };
  const render = { color: options.color ?? false, width: options.width ?? 100 };
  try {
    const { reply } = await execute(name, { text }, context, { deps });
    return renderText(reply, render);
  } catch (error) {
    if (!isBriefbotError(error) || error.code === "INTERNAL") {
      options.logger?.error({ err: error, command: name }, "command failed");
    } else {
      options.logger?.info({ code: error.code, command: name }, "command refused");
    }
    return renderText(errorReply(error), render);
  }
}

/** Runs the chat until /quit or the end of input; resolves to how many commands it answered and whether /quit ended it. */
export async function runTerminal(options: TerminalOptions): Promise<{ answered: number; quit: boolean }> {
  const interactive = options.input.isTTY === true && options.output.isTTY === true;
  const rl = createInterface({
    input: options.input,
    output: interactive ? options.output : undefined,
    terminal: interactive,
    prompt: PROMPT,
  });
  const write = (text: string) => options.output.write(text);
  // Ctrl-C at the prompt ends the chat cleanly (readline would otherwise only pause the input).
  rl.on("SIGINT", () => rl.close());
  const onAbort = () => rl.close();
  if (options.signal?.aborted) rl.close();
  options.signal?.addEventListener("abort", onAbort, { once: true });
  if (interactive) {
    write("briefbot: type /help for the commands, /quit to leave.\n");
    rl.prompt();
  }
  const width = interactive ? Math.min(Math.max((options.output.columns ?? 100) - 2, 40), 120) : 100;
  let answered = 0;
  let quit = false;
  try {
    for await (const line of rl) {
      const answer = await answerLine(options.deps, line, {
        color: interactive && options.noColor !== true,
        width,
        ...(options.logger ? { logger: options.logger } : {}),
      });
      if (answer === null) {
        quit = true;
        break;
      }
      if (answer !== "") {
        answered++;
        // A blank line between answers, at a prompt and in a pipe alike.
        write(`${answer}\n`);
      }
      if (interactive) rl.prompt();
    }
  } finally {
    options.signal?.removeEventListener("abort", onAbort);
    rl.close();
    if (interactive) write("\n");
  }
  return { answered, quit };
}
