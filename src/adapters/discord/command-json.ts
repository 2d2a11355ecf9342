// The application commands Discord is told about, built from the same definitions in commands/
// that Slack and the terminal serve: chat-input commands with typed options, plus the message
// context-menu command "Brief this message". Pure: registration (register.ts) and the client
// (start.ts) both use it.
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  PermissionFlagsBits,
  type RESTPostAPIApplicationCommandsJSONBody,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from "discord.js";
import type { Command, CommandOption } from "../../../commands/command.ts";
import { BriefbotError } from "../../core/errors.ts";

/** The command in commands/ that serves the message context menu. */
export const MESSAGE_COMMAND_SOURCE = "brief-message";
/** What Discord shows in a message's Apps menu. */
export const MESSAGE_COMMAND_NAME = "Brief this message";
/** The permission admin-only commands need, as Discord's bit-set string (Manage Channels). */
export const ADMIN_PERMISSIONS = PermissionFlagsBits.ManageChannels.toString();

/** Any command of the list (inputs differ per command). */
export type AnyCommand = Command<unknown>;

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

function optionJson(option: CommandOption) {
  checkName(option.name, "option");
  const type = OPTION_TYPE[option.type];
  const base = {
    name: option.name,
    description: clip(option.description || option.name, 100),
    required: option.required,
  };
  if (option.type === "boolean") return { ...base, type: ApplicationCommandOptionType.Boolean as const };
  // Discord refuses choices together with autocomplete; fixed choices win.
  if (option.choices && option.choices.length > 0) {
    const choices = option.choices
      .slice(0, 25)
      .map((choice) =>
        option.type === "integer"
          ? { name: clip(choice, 100), value: Number(choice) }
          : { name: clip(choice, 100), value: choice },
      );
    return type === ApplicationCommandOptionType.Integer
      ? { ...base, type, choices: choices as { name: string; value: number }[] }
      : { ...base, type, choices: choices as { name: string; value: string }[] };
  }
  return { ...base, type, autocomplete: option.autocomplete !== undefined };
}

/** The chat-input command JSON of one command. */
export function chatInputJson(command: AnyCommand): RESTPostAPIChatInputApplicationCommandsJSONBody {
  checkName(command.name, "command");
  if (command.options.length > 25) {
    throw new BriefbotError("INPUT_INVALID", `command /${command.name} has more than 25 options`);
  }
  // Discord wants required options before optional ones.
  const options = [...command.options]
    .sort((a, b) => Number(b.required) - Number(a.required))
    .map(optionJson);
  return {
    type: ApplicationCommandType.ChatInput,
    name: command.name,
    description: clip(command.description || command.name, 100),
    options,
    default_member_permissions: command.adminOnly ? ADMIN_PERMISSIONS : null,
  } as RESTPostAPIChatInputApplicationCommandsJSONBody;
}

/**
 * Every application command: one chat-input command each, and `brief-message` a second time as
 * the message context-menu command "Brief this message" (Apps menu of any message).
 */
export function buildApplicationCommands(commands: readonly AnyCommand[]): ApplicationCommandJson[] {
  const seen = new Set<string>();
  const list: ApplicationCommandJson[] = [];
  for (const command of commands) {
    if (seen.has(command.name))
      throw new BriefbotError("INPUT_INVALID", `command /${command.name} is listed twice`);
    seen.add(command.name);
    list.push(chatInputJson(command));
  }
  if (seen.has(MESSAGE_COMMAND_SOURCE)) {
    list.push({
      type: ApplicationCommandType.Message,
      name: MESSAGE_COMMAND_NAME,
      default_member_permissions: null,
    });
  }
  return list;
}
