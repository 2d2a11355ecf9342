// `/help`: every command with its usage; `/brief help` and friends: one command's usage, options
// and examples. Generated from the definitions, per surface (chat text or command-line flags).
import { z } from "zod";
import type { CommandSource } from "../src/core/platforms.ts";
import type { CommandSyntax, Reply, ReplyItem, ReplySection } from "../src/core/reply.ts";
import {
  type Command,
  type CommandDefinition,
  defineCommand,
  field,
  fieldsOf,
  servedOn,
  typedOn,
} from "./command.ts";
import { isShell, usageLine } from "./usage.ts";

/** What help prints with --json: each command's usage lines, options and examples. */
export const HelpData = z.array(
  z.object({
    command: z.string(),
    description: z.string(),
    usage: z.array(z.string()),
    options: z.array(z.object({ name: z.string(), required: z.boolean(), description: z.string() })),
    examples: z.array(z.string()),
  }),
);
type HelpData = z.infer<typeof HelpData>;

/** Each command (or subcommand) of `definition` on `surface`, with the path it is called by. */
export function leaves(
  definition: CommandDefinition,
  surface: CommandSource,
): { path: string; command: Command }[] {
  if (!typedOn(definition, surface)) return [];
  if (definition.kind === "command") return [{ path: definition.name, command: definition }];
  return definition.subcommands
    .filter((sub) => servedOn(sub, surface))
    .map((sub) => ({ path: `${definition.name} ${sub.name}`, command: sub }));
}

/** The usage lines of `definition` on `surface` (one per subcommand). */
export function usageOf(definition: CommandDefinition, surface: CommandSource): string[] {
  return leaves(definition, surface).map(({ path, command }) => usageLine(path, command, surface));
}

/** The help data of one definition on `surface`. */
export function helpData(definition: CommandDefinition, surface: CommandSource): HelpData[number] {
  const all = leaves(definition, surface);
  const seen = new Set<string>();
  const options = all.flatMap(({ command }) =>
    fieldsOf(command, surface)
      .filter((info) => !seen.has(info.name) && seen.add(info.name))
      .map((info) => ({ name: info.name, required: info.required, description: info.description })),
  );
  return {
    command: definition.name,
    description: definition.description,
    usage: usageOf(definition, surface),
    options,
    examples: all.flatMap(({ command }) => command.examples ?? []),
  };
}

/** A leaf's options as help shows them on platforms with option fields (Discord). */
const syntaxOf = (path: string, command: Command, surface: CommandSource): CommandSyntax => ({
  command: path,
  options: fieldsOf(command, surface).map((info) => ({
    name: info.name,
    description: info.description,
    required: info.required,
  })),
});

/** One item per usage line (per subcommand), with its option fields. */
const usageItems = (definition: CommandDefinition, surface: CommandSource, detail?: string): ReplyItem[] =>
  leaves(definition, surface).map(({ path, command }) => ({
    kind: "text",
    text: usageLine(path, command, surface),
    ...(detail === undefined ? {} : { detail: definition.kind === "group" ? command.description : detail }),
    syntax: syntaxOf(path, command, surface),
  }));

/** How values are typed: quotes in text (Slack, terminal), a field per option on Discord, flags in a shell. */
const typingHint = (surface: CommandSource): string =>
  isShell(surface)
    ? "Each command takes --help."
    : surface === "discord"
      ? "Type / and pick a command: Discord asks for each option in a field of its own."
      : 'Values with spaces go in quotes: speaker:"Bonny Lin". /<command> help explains one command.';

/** The Reply listing every definition served on `surface`. */
export function helpReply(definitions: readonly CommandDefinition[], surface: CommandSource): Reply {
  const items: ReplyItem[] = definitions.flatMap((definition) => {
    // Examples are typed text: Discord asks for each option in a field instead.
    const first =
      definition.kind === "command" && surface !== "discord" ? definition.examples?.[0] : undefined;
    const example = first ? `; e.g. ${first}` : "";
    return usageItems(definition, surface, `${definition.description}${example}`);
  });
  return {
    title: "briefbot commands",
    subtitle: "Briefs of the news on a topic: key points, actors and quotes, each citing its source.",
    sections: [{ heading: "Commands", items }],
    footer: typingHint(surface),
    ephemeral: true,
  };
}

/**
 * The Reply describing one definition: usage, options, examples. Where no /help command is served
 * (Slack), it also lists the other commands, so that `/brief help` shows what there is.
 */
export function commandHelpReply(
  definition: CommandDefinition,
  surface: CommandSource,
  definitions: readonly CommandDefinition[],
): Reply {
  const data = helpData(definition, surface);
  const sections: ReplySection[] = [{ heading: "Usage", items: usageItems(definition, surface) }];
  if (data.options.length > 0) {
    sections.push({
      heading: "Options",
      items: data.options.map((option) => ({
        kind: "text",
        text: option.name,
        detail: `${option.required ? "required" : "optional"}: ${option.description}`,
      })),
    });
  }
  if (data.examples.length > 0 && !isShell(surface) && surface !== "discord") {
    sections.push({ heading: "Examples", items: data.examples.map((text) => ({ kind: "text", text })) });
  }
  const hasHelp = definitions.some((other) => other.name === "help" && servedOn(other, surface));
  if (!hasHelp && !isShell(surface)) {
    const others = definitions.filter((other) => other !== definition);
    const items = others
      .flatMap((other) => usageOf(other, surface))
      .map((text): ReplyItem => ({ kind: "text", text }));
    if (items.length > 0) sections.push({ heading: "Other commands", items });
  }
  const title = isShell(surface) ? `briefbot ${definition.name}` : `/${definition.name}`;
  return { title, subtitle: definition.description, sections, ephemeral: true };
}

/** Builds the help command over a list it reads when run (the list includes help itself). */
export function makeHelpCommand(list: () => readonly CommandDefinition[]): Command {
  return defineCommand({
    name: "help",
    description: "List the commands and how to use them",
    examples: ["/help", "/help quote"],
    // The command line has its own `briefbot help`; Slack has no /help (`/brief help` lists the commands).
    surfaces: ["discord", "terminal"],
    input: z.object({
      command: field(z.string().trim().toLowerCase().max(40).optional(), {
        description: "a command to explain",
        positional: "word",
      }),
    }),
    output: HelpData,
    async run(_deps, input, context) {
      const definitions = list();
      const surface = context.platform;
      const name = input.command?.replace(/^\//, "");
      const one = definitions.find((candidate) => candidate.name === name && servedOn(candidate, surface));
      if (one) return { data: [helpData(one, surface)], reply: commandHelpReply(one, surface, definitions) };
      const served = definitions.filter((definition) => servedOn(definition, surface));
      return {
        data: served.map((definition) => helpData(definition, surface)),
        reply: helpReply(definitions, surface),
      };
    },
  });
}
