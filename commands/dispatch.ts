// Runs a command from its name and the text typed after it: what Slack's slash commands and the
// terminal chat share. Throws BriefbotError (COMMAND_NOT_FOUND, INPUT_INVALID, the command's own);
// each adapter's one top-level catch turns that into an answer.
import { BriefbotError } from "../src/core/errors.ts";
import type { Reply } from "../src/core/reply.ts";
import type { CommandContext, CommandDeps } from "./command.ts";
import { editDistance } from "./edit-distance.ts";
import { COMMANDS, findCommand } from "./index.ts";
import { parseCommandText } from "./parse-text.ts";

/** Parses `text` for the command `name` and runs it. */
export async function dispatchText(
  deps: CommandDeps,
  name: string,
  text: string,
  context: CommandContext,
): Promise<Reply> {
  const command = findCommand(name);
  if (!command) {
    const bare = name.replace(/^\//, "");
    const near = COMMANDS.find((candidate) => editDistance(candidate.name, bare.toLowerCase()) <= 2);
    const hints = [`commands: ${COMMANDS.map((candidate) => `/${candidate.name}`).join(", ")}`];
    if (near) hints.unshift(`did you mean /${near.name}?`);
    throw new BriefbotError("COMMAND_NOT_FOUND", `there is no command /${bare}`, { hints });
  }
  const input = parseCommandText(command, text);
  return command.run(deps, input, context);
}

/** Splits "/brief russia-china 7d" into the command name and the rest of the text. */
export function splitCommandLine(line: string): { name: string; text: string } {
  const trimmed = line.trim().replace(/^\//, "");
  const match = /^(\S+)\s*([\s\S]*)$/.exec(trimmed);
  return { name: (match?.[1] ?? "").toLowerCase(), text: match?.[2] ?? "" };
}
