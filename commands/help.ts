// `/help`: every command with its usage; `/brief help` and friends: one command's usage and options.
import { z } from "zod";
import type { Reply, ReplyItem } from "../src/core/reply.ts";
import type { Command } from "./command.ts";

/** The Reply listing `commands` with their usage lines. */
export function helpReply(commands: readonly Command<unknown>[]): Reply {
  const items: ReplyItem[] = commands.map((command) => ({
    kind: "text",
    text: command.usage.join("\n"),
    detail: command.description,
  }));
  return {
    title: "briefbot commands",
    subtitle: "Briefs of the news on a topic: key points, actors and quotes, each citing its source.",
    sections: [{ heading: "Commands", items }],
    footer: 'Values with spaces go in quotes: speaker:"Bonny Lin".',
    ephemeral: true,
  };
}

/** The Reply describing one command: its usage and each option. */
export function commandHelpReply(command: Command<unknown>): Reply {
  const options: ReplyItem[] = command.options.map((option) => ({
    kind: "text",
    text: option.positional ? `<${option.name}>` : `${option.name}:<value>`,
    detail: `${option.required ? "required" : "optional"}: ${option.description}`,
  }));
  const sections = [
    { heading: "Usage", items: command.usage.map((line): ReplyItem => ({ kind: "text", text: line })) },
  ];
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
    async run(_deps, input) {
      const commands = list();
      if (input.command) {
        const name = input.command.replace(/^\//, "");
        const command = commands.find((candidate) => candidate.name === name);
        if (command) return commandHelpReply(command);
      }
      return helpReply(commands);
    },
  };
}
