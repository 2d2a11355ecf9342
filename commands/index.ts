// The explicit list of commands every adapter and the CLI serve (DESIGN.md, rule 2). Register a
// command with one line here; order is the order of help, of Slack's manifest and Discord's list.
import { briefCommand } from "./brief.ts";
import { briefMessageCommand } from "./brief-message.ts";
import type { CommandDefinition } from "./command.ts";
import { contextCommand } from "./context.ts";
import { digestCommand } from "./digest.ts";
import { makeHelpCommand } from "./help.ts";
import { quoteCommand } from "./quote.ts";
import { topicsCommand } from "./topics.ts";
import { whoCommand } from "./who.ts";

/** Every command, as adapters see them. */
export const COMMANDS: readonly CommandDefinition[] = [
  briefCommand,
  quoteCommand,
  whoCommand,
  topicsCommand,
  briefMessageCommand,
  contextCommand,
  digestCommand,
  makeHelpCommand(() => COMMANDS),
];
