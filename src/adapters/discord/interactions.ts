// Interactions -> command input -> run -> embeds (DESIGN.md, rule 3). Chat-input commands answer
// directly when quick and defer (then edit) when slow; autocomplete answers from the store at once;
// the message context-menu command always defers, since it may fetch a link. Every path ends in an
// answer to the user: a failure becomes an ephemeral error reply, logged once with its code.
import {
  type AutocompleteInteraction,
  type ChatInputCommandInteraction,
  type Interaction,
  type InteractionReplyOptions,
  type MessageContextMenuCommandInteraction,
  MessageFlags,
  PermissionFlagsBits,
} from "discord.js";
import { z } from "zod";
import type { CommandContext, CommandDeps } from "../../../commands/command.ts";
import { errorReply } from "../../../commands/error-reply.ts";
import { BriefbotError } from "../../core/errors.ts";
import type { Reply } from "../../core/reply.ts";
import type { Logger } from "../../logger.ts";
import { replyOutcome } from "../../ops/metrics.ts";
import { type AnyCommand, MESSAGE_COMMAND_NAME, MESSAGE_COMMAND_SOURCE } from "./command-json.ts";
import { describeError } from "./log-error.ts";
import { renderReply } from "./render.ts";
import { suggest } from "./suggest.ts";

/** No mention in anything briefbot posts may ping anyone. */
export const NO_MENTIONS = { parse: [] } as const;

/** What the interaction handler needs. */
export interface InteractionHandlerOptions {
  deps: CommandDeps;
  commands: readonly AnyCommand[];
  logger: Logger;
  /** Defer a chat-input command that has not answered after this long (Discord allows 3 s). Default 1500. */
  deferAfterMs?: number;
  /** Give up on a command after this long and tell the user (the token lasts 15 minutes). Default 120 s. */
  commandTimeoutMs?: number;
}

type CommandInteraction = ChatInputCommandInteraction | MessageContextMenuCommandInteraction;

const invalidInput = (command: AnyCommand, message: string, cause?: unknown) =>
  new BriefbotError("INPUT_INVALID", message, {
    hints: command.usage.map((line) => `usage: ${line}`),
    ...(cause === undefined ? {} : { cause }),
  });

/** Validates a raw option record with the command's zod input, as the text parser does. */
function parseInput(command: AnyCommand, values: Record<string, unknown>): unknown {
  const parsed = command.input.safeParse(values);
  if (parsed.success) return parsed.data;
  const missing = command.options.find((option) => option.required && values[option.name] === undefined);
  const message = missing
    ? `/${command.name} needs ${missing.name}: ${missing.description}`
    : `/${command.name}: ${z.prettifyError(parsed.error)}`;
  throw invalidInput(command, message, parsed.error);
}

/** The typed option values of a chat-input interaction, by name. */
function chatInputValues(interaction: ChatInputCommandInteraction): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const option of interaction.options.data) {
    if (option.value !== undefined && option.value !== null) {
      values[option.name] = typeof option.value === "string" ? option.value.trim() : option.value;
    }
  }
  return values;
}

const URL_IN_TEXT = /https?:\/\/[^\s<>()"']+/i;

/** Maps a message onto the options of the brief-message command: its text (or its link). */
function messageValues(
  command: AnyCommand,
  interaction: MessageContextMenuCommandInteraction,
): Record<string, unknown> {
  const message = interaction.targetMessage;
  const content = (message.content ?? "").trim();
  const embedUrl = message.embeds.find((embed) => embed.url)?.url ?? null;
  const attachment = message.attachments.first()?.url ?? null;
  const url = URL_IN_TEXT.exec(content)?.[0] ?? embedUrl ?? attachment;
  const values: Record<string, unknown> = {};
  for (const option of command.options) {
    if (/^(url|link)$/.test(option.name) && url) values[option.name] = url;
    else if (/^(text|content|message|body)$/.test(option.name)) {
      const text = content || url;
      if (text) values[option.name] = text;
    }
  }
  if (Object.keys(values).length === 0) {
    throw new BriefbotError("DOCUMENT_EMPTY", "That message has no text or link to brief.");
  }
  return values;
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

/** Sends a reply, as the first answer or after a deferral, with follow-ups for long ones. */
async function deliver(interaction: CommandInteraction, reply: Reply): Promise<void> {
  const pages = renderReply(reply);
  const ephemeral = reply.ephemeral ? { flags: MessageFlags.Ephemeral as const } : {};
  const [first, ...rest] = pages;
  const firstBody = { embeds: first?.embeds ?? [], allowedMentions: NO_MENTIONS };
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
  for (const page of rest) {
    await interaction.followUp({ embeds: page.embeds, allowedMentions: NO_MENTIONS, ...ephemeral });
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

  const runCommand = async (interaction: CommandInteraction): Promise<void> => {
    const started = performance.now();
    const isMessage = interaction.isMessageContextMenuCommand();
    const name = isMessage ? MESSAGE_COMMAND_SOURCE : interaction.commandName;
    const command = byName.get(name);
    const context = contextOf(interaction);

    const work = (async (): Promise<Reply> => {
      if (!command || (isMessage && interaction.commandName !== MESSAGE_COMMAND_NAME)) {
        throw new BriefbotError("COMMAND_NOT_FOUND", `briefbot does not know /${interaction.commandName}`, {
          hints: ["Run `briefbot discord register` to refresh the command list."],
        });
      }
      const values = isMessage ? messageValues(command, interaction) : chatInputValues(interaction);
      const input = parseInput(command, values);
      return command.run(deps, input, context);
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
    let reply: Reply;
    let giveUp: NodeJS.Timeout | undefined;
    const tooLong = new Promise<never>((_, reject) => {
      giveUp = setTimeout(
        () => reject(new BriefbotError("INTERNAL", "That took too long to answer; please try again later.")),
        commandTimeoutMs,
      );
    });
    try {
      reply = await Promise.race([work, tooLong]);
    } catch (error) {
      const record = describeError(error);
      if (record.code === "INTERNAL") logger.error({ ...record, command: name }, "discord: command failed");
      else logger.info({ ...record, command: name }, "discord: command refused");
      reply = errorReply(error);
    } finally {
      if (timer) clearTimeout(timer);
      clearTimeout(giveUp);
    }
    if (deferring) await deferring;
    deps.metrics?.recordCommand(name, "discord", performance.now() - started, replyOutcome(reply));
    await deliver(interaction, reply);
  };

  const autocomplete = async (interaction: AutocompleteInteraction): Promise<void> => {
    const command = byName.get(interaction.commandName);
    const focused = interaction.options.getFocused(true);
    const source = command?.options.find((option) => option.name === focused.name)?.autocomplete;
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

  return async (interaction) => {
    try {
      if (interaction.isAutocomplete()) await autocomplete(interaction);
      else if (interaction.isChatInputCommand() || interaction.isMessageContextMenuCommand())
        await runCommand(interaction);
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
