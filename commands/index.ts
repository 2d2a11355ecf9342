// The explicit list of commands every adapter serves (DESIGN.md, rule 2). Register a command with
// one line here; order is the order of /help.
import { briefCommand } from "./brief.ts";
import { briefMessageCommand } from "./brief-message.ts";
import type { Command } from "./command.ts";
import { digestCommand } from "./digest.ts";
import { makeHelpCommand } from "./help.ts";
import { quoteCommand } from "./quote.ts";
import { topicsCommand } from "./topics.ts";
import { whoCommand } from "./who.ts";

/** Every command, as adapters see them. */
export const COMMANDS: readonly Command<unknown>[] = [
  briefCommand,
  quoteCommand,
  whoCommand,
  topicsCommand,
  briefMessageCommand,
  digestCommand as Command<unknown>,
  makeHelpCommand(() => COMMANDS),
  // More commands register here.
];

/** The command called `name` (with or without its slash), or undefined. */
export function findCommand(name: string): Command<unknown> | undefined {
  const bare = name.replace(/^\//, "").toLowerCase();
  return COMMANDS.find((command) => command.name === bare);
}
