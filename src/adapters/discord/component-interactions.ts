// Buttons and select menus of briefbot's answers (MESSAGE_COMPONENT interactions): read the
// control and its token, run it through the command pipeline (commands/actions.ts) as the
// presser, and answer with a new message: to the presser only (ephemeral) unless it is for the
// channel (a new digest subscription). A forged or stale press gets an answer in words.
import {
  type ButtonInteraction,
  MessageFlags,
  PermissionFlagsBits,
  type StringSelectMenuInteraction,
} from "discord.js";
import { type Control, controlFor, controlOf, parseActionToken } from "../../../commands/action-token.ts";
import { runAction } from "../../../commands/actions.ts";
import type { CommandContext, CommandDefinition, CommandDeps } from "../../../commands/command.ts";
import { BriefbotError } from "../../core/errors.ts";
import type { Reply } from "../../core/reply.ts";
import type { Logger } from "../../logger.ts";
import { answerInTime } from "./answer-in-time.ts";
import { describeError } from "./log-error.ts";

/** What the component handler needs (deliver is interactions.ts's, shared with commands). */
export interface ComponentHandlerOptions {
  deps: CommandDeps;
  commands: readonly CommandDefinition[];
  logger: Logger;
  deferAfterMs?: number;
  commandTimeoutMs?: number;
  deliver(interaction: ButtonInteraction | StringSelectMenuInteraction, reply: Reply): Promise<void>;
}

/** The control pressed and the token it sent: a button's custom_id is its token; a select's, its id. */
function pressed(interaction: ButtonInteraction | StringSelectMenuInteraction): {
  control: Control;
  token: unknown;
} {
  if (interaction.isButton()) {
    const token = interaction.customId;
    return { control: controlFor(parseActionToken(token)), token };
  }
  if (interaction.values.length !== 1) {
    throw new BriefbotError("INPUT_INVALID", "Pick one option of the menu.");
  }
  return { control: controlOf(interaction.customId), token: interaction.values[0] };
}

/** Creates the handler for button and select-menu interactions. */
export function createComponentHandler(
  options: ComponentHandlerOptions,
): (interaction: ButtonInteraction | StringSelectMenuInteraction) => Promise<void> {
  const { deps, logger } = options;
  const deferAfterMs = options.deferAfterMs ?? 1500;
  const commandTimeoutMs = options.commandTimeoutMs ?? 120_000;
  return async (interaction) => {
    const context: CommandContext = {
      platform: "discord",
      channelId: interaction.channelId ?? "",
      userId: interaction.user.id,
      canManageChannel: interaction.memberPermissions?.has(PermissionFlagsBits.ManageChannels) ?? false,
    };
    let control: Control | null = null;
    let deferring: Promise<unknown> | null = null;
    let timer: NodeJS.Timeout | undefined;
    const reply = await answerInTime(
      async () => {
        const press = pressed(interaction);
        control = press.control;
        // A subscription is announced in the channel; everything else answers the presser alone.
        const flags = control === "subscribe" ? {} : { flags: MessageFlags.Ephemeral as const };
        timer = setTimeout(() => {
          deferring = interaction.deferReply(flags).catch((error: unknown) => {
            logger.warn({ ...describeError(error), control }, "discord: deferring the reply failed");
          });
        }, deferAfterMs);
        const env = { deps, commands: options.commands };
        return (await runAction(press.control, press.token, context, env)).reply;
      },
      commandTimeoutMs,
      logger,
      () => ({ control }),
      "button",
    );
    clearTimeout(timer);
    if (deferring) await deferring;
    await options.deliver(interaction, reply);
  };
}
