// Interactions -> command input -> run -> embeds (DESIGN.md, rule 3). Chat-input commands answer
// directly when quick and defer (then edit) when slow; autocomplete answers from the store at once;
// the message context-menu command always defers, since it may fetch a link. Every path ends in an
// answer to the user: a failure becomes an ephemeral error reply, logged once with its code.
import {
  type AutocompleteInteraction,
  type ChatInputCommandInteraction,
  type Interaction,
  type InteractionReplyOptions,
  type MessageComponentInteraction,
  type MessageContextMenuCommandInteraction,
  MessageFlags,
  PermissionFlagsBits,
} from "discord.js";
import {
  type CommandContext,
  type CommandDefinition,
  type CommandDeps,
  fieldsOf,
  messageActionOf,
} from "../../../commands/command.ts";
import { errorReply } from "../../../commands/error-reply.ts";
import { execute } from "../../../commands/execute.ts";
import { BriefbotError } from "../../core/errors.ts";
import type { Reply } from "../../core/reply.ts";
import type { Logger } from "../../logger.ts";
import { answerInTime } from "./answer-in-time.ts";
import { chartMessage } from "./chart-message.ts";
import { MESSAGE_COMMAND_NAME } from "./command-json.ts";
import { createComponentHandler } from "./component-interactions.ts";
import { componentsOf } from "./components.ts";
import { describeError } from "./log-error.ts";
import { renderReply } from "./render.ts";
import { suggest } from "./suggest.ts";

/** No mention in anything briefbot posts may ping anyone. */
export const NO_MENTIONS = { parse: [] } as const;

/** What the interaction handler needs. */
export interface InteractionHandlerOptions {
  deps: CommandDeps;
  commands: readonly CommandDefinition[];
  logger: Logger;
  /** Defer a chat-input command that has not answered after this long (Discord allows 3 s). Default 1500. */
  deferAfterMs?: number;
  /** Give up on a command after this long and tell the user (the token lasts 15 minutes). Default 120 s. */
  commandTimeoutMs?: number;
}

type CommandInteraction = ChatInputCommandInteraction | MessageContextMenuCommandInteraction;
/** Anything answered with a Reply: a command, or a button or menu of an earlier answer. */
export type AnswerableInteraction = CommandInteraction | MessageComponentInteraction;

/** The option values of a chat-input interaction by name, and its subcommand (for groups). */
function chatInputValues(interaction: ChatInputCommandInteraction): {
  values: Record<string, unknown>;
  subcommand: string | null;
} {
  const subcommand = interaction.options.getSubcommand(false);
  const data = subcommand
    ? (interaction.options.data.find((option) => option.name === subcommand)?.options ?? [])
    : interaction.options.data;
  const values: Record<string, unknown> = {};
  for (const option of data) {
    if (option.value !== undefined && option.value !== null) {
      values[option.name] = typeof option.value === "string" ? option.value.trim() : option.value;
    }
  }
  return { values, subcommand };
}

const URL_IN_TEXT = /https?:\/\/[^\s<>()"']+/i;

/** A message as the text of the message-action command: its content, or its link. */
function messageText(interaction: MessageContextMenuCommandInteraction): string {
  const message = interaction.targetMessage;
  const content = (message.content ?? "").trim();
  const embedUrl = message.embeds.find((embed) => embed.url)?.url ?? null;
  const attachment = message.attachments.first()?.url ?? null;
  const text = content || (URL_IN_TEXT.exec(content)?.[0] ?? embedUrl ?? attachment);
  if (!text) throw new BriefbotError("DOCUMENT_EMPTY", "That message has no text or link to brief.");
  return text;
}

/** The field a focused autocomplete option stands for, in a command or one of its subcommands. */
export function autocompleteSource(
  definition: CommandDefinition | undefined,
  subcommand: string | null,
  option: string,
): "topic" | "speaker" | undefined {
  const command =
    definition?.kind === "group" ? definition.subcommands.find((sub) => sub.name === subcommand) : definition;
  if (!command) return undefined;
  return fieldsOf(command, "discord").find((info) => info.name === option)?.autocomplete;
}

/**
 * The caller's context. `canManageChannel` comes from the member's permissions in this channel as
 * Discord computed them (roles, overwrites, Administrator). Admin-only commands are hidden from
 * other members by default_member_permissions, but a server may grant them to more people, so
 * the command itself refuses what needs the right (as /digest subscribe does), as on Slack.
 */
function contextOf(interaction: Interaction): CommandContext {
  return {
    platform: "discord",
    channelId: interaction.channelId ?? "",
    userId: interaction.user.id,
    canManageChannel: interaction.memberPermissions?.has(PermissionFlagsBits.ManageChannels) ?? false,
  };
}

/**
 * Sends a reply, as the first answer or after a deferral, with follow-ups for long ones; its
 * buttons and menus go on the last message, under everything they are about.
 */
export async function deliver(interaction: AnswerableInteraction, reply: Reply): Promise<void> {
  const pages = renderReply(reply);
  const ephemeral = reply.ephemeral ? { flags: MessageFlags.Ephemeral as const } : {};
  const rows = componentsOf(reply);
  const controls = (isLast: boolean) => (isLast && rows.length > 0 ? { components: rows } : {});
  const [first, ...rest] = pages;
  const firstBody = {
    embeds: first?.embeds ?? [],
    allowedMentions: NO_MENTIONS,
    ...controls(rest.length === 0),
  };
  if (!interaction.deferred && !interaction.replied) {
    await interaction.reply({ ...firstBody, ...ephemeral } as InteractionReplyOptions);
  } else if (reply.ephemeral && !interaction.ephemeral) {
    // Deferred in public, but the answer is for the caller only (an error): drop the "thinking…"
    // message and answer privately.
    await interaction.deleteReply().catch(() => undefined);
    await interaction.followUp({ ...firstBody, flags: MessageFlags.Ephemeral });
  } else {
    await interaction.editReply(firstBody);
  }
  for (const [index, page] of rest.entries()) {
    await interaction.followUp({
      embeds: page.embeds,
      allowedMentions: NO_MENTIONS,
      ...ephemeral,
      ...controls(index === rest.length - 1),
    });
  }
  // Charts (`chart:yes`) follow the brief as a message of their own: files shown in embeds.
  if (reply.charts && reply.charts.length > 0) {
    await interaction.followUp({ ...chartMessage(reply.charts), allowedMentions: NO_MENTIONS, ...ephemeral });
  }
}

/** Creates the listener for Events.InteractionCreate. */
export function createInteractionHandler(
  options: InteractionHandlerOptions,
): (interaction: Interaction) => Promise<void> {
  const { deps, logger } = options;
  const deferAfterMs = options.deferAfterMs ?? 1500;
  const commandTimeoutMs = options.commandTimeoutMs ?? 120_000;
  const byName = new Map(options.commands.map((command) => [command.name, command]));
  const messageCommand = messageActionOf(options.commands);

  const runCommand = async (interaction: CommandInteraction): Promise<void> => {
    const isMessage = interaction.isMessageContextMenuCommand();
    const name = isMessage ? (messageCommand?.name ?? interaction.commandName) : interaction.commandName;
    const context = contextOf(interaction);
    const env = { deps, commands: options.commands };

    const work = (async (): Promise<Reply> => {
      const known = isMessage
        ? interaction.commandName === MESSAGE_COMMAND_NAME && messageCommand
        : byName.get(name);
      if (!known) {
        throw new BriefbotError("COMMAND_NOT_FOUND", `briefbot does not know /${interaction.commandName}`, {
          hints: ["Run `briefbot discord register` to refresh the command list."],
        });
      }
      const raw = isMessage ? { values: { text: messageText(interaction) } } : chatInputValues(interaction);
      return (await execute(name, raw, context, env)).reply;
    })();

    // Defer only when the work is slow: quick answers stay one round trip. The message command
    // may fetch a URL, so it defers at once.
    let deferring: Promise<unknown> | null = null;
    const defer = () => {
      deferring = interaction.deferReply().catch((error: unknown) => {
        logger.warn({ ...describeError(error), command: name }, "discord: deferring the reply failed");
      });
    };
    const timer = isMessage ? null : setTimeout(defer, deferAfterMs);
    if (isMessage) defer();
    const reply = await answerInTime(
      () => work,
      commandTimeoutMs,
      logger,
      () => ({ command: name }),
      "command",
    );
    if (timer) clearTimeout(timer);
    if (deferring) await deferring;
    await deliver(interaction, reply);
  };

  const autocomplete = async (interaction: AutocompleteInteraction): Promise<void> => {
    const focused = interaction.options.getFocused(true);
    const subcommand = interaction.options.getSubcommand(false);
    const source = autocompleteSource(byName.get(interaction.commandName), subcommand, focused.name);
    let choices: { name: string; value: string }[] = [];
    if (source) {
      try {
        const topic = source === "speaker" ? topicOption(interaction) : undefined;
        choices = await suggest(deps.store, source, String(focused.value ?? ""), topic);
      } catch (error) {
        logger.warn(
          { ...describeError(error), command: interaction.commandName },
          "discord: autocomplete failed",
        );
      }
    }
    await interaction.respond(choices);
  };

  const runComponent = createComponentHandler({ ...options, deliver });

  return async (interaction) => {
    try {
      if (interaction.isAutocomplete()) await autocomplete(interaction);
      else if (interaction.isChatInputCommand() || interaction.isMessageContextMenuCommand())
        await runCommand(interaction);
      else if (interaction.isButton() || interaction.isStringSelectMenu()) await runComponent(interaction);
      else if (interaction.isMessageComponent()) {
        await deliver(
          interaction,
          errorReply(new BriefbotError("INPUT_INVALID", "briefbot sends no such control.")),
        );
      }
    } catch (error) {
      // The one top-level catch: log the code, and tell the user when they have had no answer yet.
      logger.error({ ...describeError(error) }, "discord: interaction failed");
      if (interaction.isRepliable() && !interaction.replied) {
        const body = {
          content: "Sorry, that failed on our side; the error was logged.",
          allowedMentions: NO_MENTIONS,
        };
        const answer = interaction.deferred
          ? interaction.editReply(body)
          : interaction.reply({ ...body, flags: MessageFlags.Ephemeral });
        await answer.catch(() => undefined);
      }
    }
  };
}

function topicOption(interaction: AutocompleteInteraction): string | undefined {
  const value = interaction.options.data.find((option) => option.name === "topic")?.value;
  return typeof value === "string" && value.trim() !== "" ? value.trim() : undefined;
}
