// The application commands Discord is told about, built from the same definitions in commands/
// that Slack and the terminal serve: chat-input commands with typed options, plus the message
// context-menu command "Brief this message". Pure: registration (register.ts) and the client
// (start.ts) both use it.
import {
  type APIApplicationCommandBasicOption,
  type APIApplicationCommandOption,
  ApplicationCommandOptionType,
  ApplicationCommandType,
  PermissionFlagsBits,
  type RESTPostAPIApplicationCommandsJSONBody,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from "discord.js";
import {
  type Command,
  type CommandDefinition,
  type FieldInfo,
  fieldsOf,
  servedOn,
  typedOn,
} from "../../../commands/command.ts";
import { BriefbotError } from "../../core/errors.ts";

/** What Discord shows in a message's Apps menu. */
export const MESSAGE_COMMAND_NAME = "Brief this message";
/** The permission admin-only commands need, as Discord's bit-set string (Manage Channels). */
export const ADMIN_PERMISSIONS = PermissionFlagsBits.ManageChannels.toString();

/** One application command as we send it (chat input or message). */
export type ApplicationCommandJson = RESTPostAPIApplicationCommandsJSONBody;

const NAME = /^[-_\p{Ll}\p{Lo}\p{N}]{1,32}$/u;

const OPTION_TYPE = {
  string: ApplicationCommandOptionType.String,
  integer: ApplicationCommandOptionType.Integer,
  boolean: ApplicationCommandOptionType.Boolean,
} as const;

const clip = (text: string, max: number): string => {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
};

function checkName(name: string, what: string): void {
  if (!NAME.test(name)) {
    throw new BriefbotError(
      "INPUT_INVALID",
      `${what} "${name}" is not a valid Discord name (1-32 lower-case letters, digits, - or _)`,
    );
  }
}

/** One option of a command, from its field. */
function optionJson(info: FieldInfo): APIApplicationCommandBasicOption {
  checkName(info.name, "option");
  const base = {
    name: info.name,
    description: clip(info.description || info.name, 100),
    required: info.required,
  };
  if (info.type === "boolean") return { ...base, type: ApplicationCommandOptionType.Boolean };
  return { ...base, type: OPTION_TYPE[info.type], autocomplete: info.autocomplete !== undefined };
}

/** The options of a command; Discord wants required ones first. */
function optionsOf(command: Command): APIApplicationCommandBasicOption[] {
  const fields = fieldsOf(command, "discord");
  if (fields.length > 25)
    throw new BriefbotError("INPUT_INVALID", `command /${command.name} has more than 25 options`);
  return [...fields].sort((a, b) => Number(b.required) - Number(a.required)).map(optionJson);
}

const needsManager = (definition: CommandDefinition): boolean =>
  definition.kind === "command"
    ? definition.permission === "manage-channel"
    : definition.subcommands.some((sub) => sub.permission === "manage-channel");

/** The chat-input command JSON of one definition (a group's subcommands as Discord subcommands). */
export function chatInputJson(
  definition: CommandDefinition,
): RESTPostAPIChatInputApplicationCommandsJSONBody {
  checkName(definition.name, "command");
  const options: APIApplicationCommandOption[] =
    definition.kind === "command"
      ? optionsOf(definition)
      : definition.subcommands
          .filter((sub) => servedOn(sub, "discord"))
          .map((sub) => {
            checkName(sub.name, "subcommand");
            return {
              type: ApplicationCommandOptionType.Subcommand,
              name: sub.name,
              description: clip(sub.description, 100),
              options: optionsOf(sub),
            };
          });
  return {
    type: ApplicationCommandType.ChatInput,
    name: definition.name,
    description: clip(definition.description || definition.name, 100),
    options,
    // Hidden from members without Manage Channels by default; execute() checks again.
    default_member_permissions: needsManager(definition) ? ADMIN_PERMISSIONS : null,
  };
}

/**
 * Every application command: one chat-input command per definition served on Discord, and the
 * command with a message action a second time as the message context-menu command.
 */
export function buildApplicationCommands(
  definitions: readonly CommandDefinition[],
): ApplicationCommandJson[] {
  const seen = new Set<string>();
  const list: ApplicationCommandJson[] = [];
  for (const definition of definitions) {
    if (!typedOn(definition, "discord")) continue;
    if (seen.has(definition.name))
      throw new BriefbotError("INPUT_INVALID", `command /${definition.name} is listed twice`);
    seen.add(definition.name);
    list.push(chatInputJson(definition));
  }
  if (definitions.some((definition) => definition.kind === "command" && definition.messageAction)) {
    list.push({
      type: ApplicationCommandType.Message,
      name: MESSAGE_COMMAND_NAME,
      default_member_permissions: null,
    });
  }
  return list;
}
