// `/help`: every command with its usage; `/brief help` and friends: one command's usage and options.
import { z } from "zod";
import type { CommandSyntax, Reply, ReplyItem, ReplySection } from "../src/core/reply.ts";
import type { Command, CommandContext } from "./command.ts";

/** The command's options as help shows them on platforms with option fields (Discord). */
const syntaxOf = (command: Command<unknown>): CommandSyntax => ({
  command: command.name,
  options: command.options.map((option) => ({
    name: option.name,
    description: option.description,
    required: option.required,
    ...(option.choices ? { choices: option.choices } : {}),
  })),
});

/** How values are typed: quotes in text (Slack, terminal), a field per option on Discord. */
const typingHint = (platform: CommandContext["platform"] | undefined): string =>
  platform === "discord"
    ? "Type / and pick a command: Discord asks for each option in a field of its own."
    : 'Values with spaces go in quotes: speaker:"Bonny Lin".';

/** The Reply listing `commands` with their usage lines (and, for Discord, their option fields). */
export function helpReply(
  commands: readonly Command<unknown>[],
  platform?: CommandContext["platform"],
): Reply {
  const items: ReplyItem[] = commands.map((command) => ({
    kind: "text",
    text: command.usage.join("\n"),
    detail: command.description,
    syntax: syntaxOf(command),
  }));
  return {
    title: "briefbot commands",
    subtitle: "Briefs of the news on a topic: key points, actors and quotes, each citing its source.",
    sections: [{ heading: "Commands", items }],
    footer: typingHint(platform),
    ephemeral: true,
  };
}

/** The Reply describing one command: its usage and each option. */
export function commandHelpReply(command: Command<unknown>): Reply {
  const options: ReplyItem[] = command.options.map((option) => ({
    kind: "text",
    text: option.name,
    detail: `${option.required ? "required" : "optional"}: ${option.description}`,
  }));
  const usage: ReplyItem = { kind: "text", text: command.usage.join("\n"), syntax: syntaxOf(command) };
  const sections: ReplySection[] = [{ heading: "Usage", items: [usage] }];
  if (options.length > 0) sections.push({ heading: "Options", items: options });
  return { title: `/${command.name}`, subtitle: command.description, sections, ephemeral: true };
}

/** Builds the help command over a list it reads when run (the list includes help itself). */
export function makeHelpCommand(
  list: () => readonly Command<unknown>[],
): Command<{ command?: string | undefined }> {
  return {
    name: "help",
    description: "List the commands and how to use them",
    usage: ["/help", "/help <command>"],
    options: [
      {
        name: "command",
        description: "a command to explain",
        type: "string",
        required: false,
        positional: "word",
      },
    ],
    input: z.object({ command: z.string().trim().toLowerCase().optional() }),
    async run(_deps, input, context) {
      const commands = list();
      if (input.command) {
        const name = input.command.replace(/^\//, "");
        const command = commands.find((candidate) => candidate.name === name);
        if (command) return commandHelpReply(command);
      }
      return helpReply(commands, context?.platform);
    },
  };
}
