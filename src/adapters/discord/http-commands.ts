// Interactions that arrive over HTTP (the interactions endpoint, DISCORD_PUBLIC_KEY), handled from
// their JSON: the same commands, autocomplete, message command and buttons/menus as the gateway path
// (interactions.ts), through the same execute(), rendered by the same renderReply(). The first
// answer is the HTTP response itself (type 4 with the message, or type 5 "thinking…" when the work
// is slow); what follows goes through the interaction's webhook (PATCH @original, POST follow-ups),
// which needs no bot token, so any replica can answer any interaction.
import { InteractionResponseType, InteractionType, MessageFlags, type REST, Routes } from "discord.js";
import { z } from "zod";
import { type Control, controlFor, controlOf, parseActionToken } from "../../../commands/action-token.ts";
import { runAction } from "../../../commands/actions.ts";
import {
  type CommandContext,
  type CommandDefinition,
  type CommandDeps,
  messageActionOf,
} from "../../../commands/command.ts";
import { execute } from "../../../commands/execute.ts";
import { BriefbotError } from "../../core/errors.ts";
import type { Reply } from "../../core/reply.ts";
import type { Logger } from "../../logger.ts";
import { answerInTime } from "./answer-in-time.ts";
import { chartWebhookMessage } from "./chart-message.ts";
import { MESSAGE_COMMAND_NAME } from "./command-json.ts";
import { componentsOf } from "./components.ts";
import { autocompleteSource, NO_MENTIONS } from "./interactions.ts";
import { describeError } from "./log-error.ts";
import { renderReply } from "./render.ts";
import { suggest } from "./suggest.ts";

/** What the HTTP interaction handler needs. */
export interface HttpCommandOptions {
  deps: CommandDeps;
  commands: readonly CommandDefinition[];
  logger: Logger;
  applicationId: string;
  /** A REST client for the webhook calls (they carry the interaction token, no bot token). */
  rest: REST;
  /** Answer "thinking…" when a command has not finished after this long (Discord allows 3 s). Default 1500. */
  deferAfterMs?: number;
  /** Give up on a command after this long (the token lasts 15 minutes). Default 120 s. */
  commandTimeoutMs?: number;
}

/** The first answer: the body of the HTTP response. */
export interface InitialResponse {
  type: number;
  data?: Record<string, unknown>;
}

/** Manage Channels or Administrator, as discord.js's permission check counts them. */
const MANAGE_CHANNELS = 1n << 4n;
const ADMINISTRATOR = 1n << 3n;

/** An option as Discord sends it; a subcommand (type 1) holds its own options one level down. */
const Leaf = z.object({
  name: z.string(),
  type: z.number(),
  value: z.unknown().optional(),
  focused: z.boolean().optional(),
});
const Option = Leaf.extend({ options: z.array(Leaf).optional() });

/** The fields of an interaction this handler reads; Discord sends many more. */
const Interaction = z.object({
  id: z.string(),
  type: z.number(),
  token: z.string().min(1),
  channel_id: z.string().optional(),
  channel: z.object({ id: z.string() }).optional(),
  member: z
    .object({ permissions: z.string().optional(), user: z.object({ id: z.string() }).optional() })
    .optional(),
  user: z.object({ id: z.string() }).optional(),
  data: z
    .object({
      /** Commands: the command's name. Components (buttons, selects) have custom_id instead. */
      name: z.string().optional(),
      custom_id: z.string().max(200).optional(),
      component_type: z.number().optional(),
      values: z.array(z.string().max(200)).max(25).optional(),
      type: z.number().optional(),
      options: z.array(Option).optional(),
      target_id: z.string().optional(),
      resolved: z
        .object({
          messages: z
            .record(
              z.string(),
              z.object({
                content: z.string().optional(),
                embeds: z.array(z.object({ url: z.string().optional() })).optional(),
                attachments: z.array(z.object({ url: z.string().optional() })).optional(),
              }),
            )
            .optional(),
        })
        .optional(),
    })
    .optional(),
});
type Interaction = z.infer<typeof Interaction>;

/** The option values by name, and the subcommand (an option of type 1) when there is one. */
function optionValues(interaction: Interaction): {
  values: Record<string, unknown>;
  subcommand: string | null;
} {
  const top = interaction.data?.options ?? [];
  const sub = top.find((option) => option.type === 1);
  const values: Record<string, unknown> = {};
  for (const option of sub ? (sub.options ?? []) : top) {
    if (option.value !== undefined && option.value !== null) {
      values[option.name] = typeof option.value === "string" ? option.value.trim() : option.value;
    }
  }
  return { values, subcommand: sub?.name ?? null };
}

const URL_IN_TEXT = /https?:\/\/[^\s<>()"']+/i;

/** The text of the message a message command was run on: its content, or a link it carries. */
function targetText(interaction: Interaction): string {
  const target = interaction.data?.target_id;
  const message = target ? interaction.data?.resolved?.messages?.[target] : undefined;
  const content = (message?.content ?? "").trim();
  const embedUrl = message?.embeds?.find((embed) => embed.url)?.url ?? null;
  const attachment = message?.attachments?.[0]?.url ?? null;
  const text = content || (URL_IN_TEXT.exec(content)?.[0] ?? embedUrl ?? attachment);
  if (!text) throw new BriefbotError("DOCUMENT_EMPTY", "That message has no text or link to brief.");
  return text;
}

function contextOf(interaction: Interaction): CommandContext {
  let permissions = 0n;
  try {
    permissions = BigInt(interaction.member?.permissions ?? "0");
  } catch {
    // not a number: no rights
  }
  return {
    platform: "discord",
    channelId: interaction.channel_id ?? interaction.channel?.id ?? "",
    userId: interaction.member?.user?.id ?? interaction.user?.id ?? "",
    canManageChannel: (permissions & (MANAGE_CHANNELS | ADMINISTRATOR)) !== 0n,
  };
}

/**
 * Creates the handler: it calls `respond` exactly once with the HTTP response (synchronously for
 * PING), then finishes the answer through the webhook. Resolves false for an interaction it does
 * not handle (the endpoint answers 400), true otherwise.
 */
export function createHttpCommandHandler(
  options: HttpCommandOptions,
): (body: unknown, respond: (response: InitialResponse) => void) => Promise<boolean> {
  const { deps, logger, rest, applicationId } = options;
  const deferAfterMs = options.deferAfterMs ?? 1500;
  const commandTimeoutMs = options.commandTimeoutMs ?? 120_000;
  const byName = new Map(options.commands.map((command) => [command.name, command]));
  const messageCommand = messageActionOf(options.commands);
  const webhook = (token: string) => Routes.webhook(applicationId, token);
  const original = (token: string) => Routes.webhookMessage(applicationId, token, "@original");

  const runCommand = async (interaction: Interaction, respond: (response: InitialResponse) => void) => {
    const isComponent = interaction.type === InteractionType.MessageComponent;
    const isMessage = !isComponent && interaction.data?.type === 3;
    const commandName = interaction.data?.name ?? "";
    const name = isComponent ? "button" : isMessage ? (messageCommand?.name ?? commandName) : commandName;
    let control: Control | null = null;
    const work = (async (): Promise<Reply> => {
      const env = { deps, commands: options.commands };
      if (isComponent) {
        // A button's custom_id is its token; a select's is its control, the token its value.
        const data = interaction.data;
        const press =
          data?.component_type === 2
            ? { control: controlFor(parseActionToken(data.custom_id)), token: data.custom_id }
            : {
                control: controlOf(data?.custom_id),
                token: data?.values?.length === 1 ? data.values[0] : undefined,
              };
        control = press.control;
        return (await runAction(press.control, press.token, contextOf(interaction), env)).reply;
      }
      const known = isMessage ? commandName === MESSAGE_COMMAND_NAME && messageCommand : byName.get(name);
      if (!known) {
        throw new BriefbotError("COMMAND_NOT_FOUND", `briefbot does not know /${commandName}`, {
          hints: ["Run `briefbot discord register` to refresh the command list."],
        });
      }
      const raw = isMessage ? { values: { text: targetText(interaction) } } : optionValues(interaction);
      return (await execute(name, raw, contextOf(interaction), env)).reply;
    })();

    // "Thinking…" only when the work is slow; the message command may fetch a link, so at once.
    let deferred = false;
    // A press answers the presser alone (except a subscription): its "thinking…" is private too.
    let deferredPrivately = false;
    const defer = () => {
      deferred = true;
      deferredPrivately = isComponent && control !== "subscribe";
      respond({
        type: InteractionResponseType.DeferredChannelMessageWithSource,
        ...(deferredPrivately ? { data: { flags: MessageFlags.Ephemeral } } : {}),
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

    const pages = renderReply(reply);
    const flags = reply.ephemeral ? { flags: MessageFlags.Ephemeral } : {};
    // Buttons and menus go on the last message, under what they are about.
    const rows = componentsOf(reply);
    const controls = (isLast: boolean) => (isLast && rows.length > 0 ? { components: rows } : {});
    const [first, ...more] = pages;
    const firstBody = {
      embeds: first?.embeds ?? [],
      allowed_mentions: NO_MENTIONS,
      ...controls(more.length === 0),
    };
    if (!deferred) {
      respond({ type: InteractionResponseType.ChannelMessageWithSource, data: { ...firstBody, ...flags } });
    } else if (reply.ephemeral && !deferredPrivately) {
      // "Thinking…" was public, the answer is for the caller only (an error): drop it, answer privately.
      await rest.delete(original(interaction.token), { auth: false }).catch(() => undefined);
      await rest.post(webhook(interaction.token), { body: { ...firstBody, ...flags }, auth: false });
    } else {
      await rest.patch(original(interaction.token), { body: firstBody, auth: false });
    }
    for (const [index, page] of more.entries()) {
      await rest.post(webhook(interaction.token), {
        body: {
          embeds: page.embeds,
          allowed_mentions: NO_MENTIONS,
          ...flags,
          ...controls(index === more.length - 1),
        },
        auth: false,
      });
    }
    // Charts (`chart:true`) follow as a message of their own, as on the gateway (chart-message.ts).
    if (reply.charts && reply.charts.length > 0) {
      const { body, files } = chartWebhookMessage(reply.charts);
      await rest.post(webhook(interaction.token), {
        body: { ...body, allowed_mentions: NO_MENTIONS, ...flags },
        files,
        auth: false,
      });
    }
  };

  const autocomplete = async (interaction: Interaction, respond: (response: InitialResponse) => void) => {
    const { subcommand } = optionValues(interaction);
    const top = interaction.data?.options ?? [];
    const level = top.find((option) => option.type === 1)?.options ?? top;
    const focused = level.find((option) => option.focused);
    const commandName = interaction.data?.name ?? "";
    let choices: { name: string; value: string }[] = [];
    const source = focused
      ? autocompleteSource(byName.get(commandName), subcommand, focused.name)
      : undefined;
    if (focused && source) {
      try {
        const topicValue = level.find((option) => option.name === "topic")?.value;
        const topic =
          source === "speaker" && typeof topicValue === "string" && topicValue.trim()
            ? topicValue.trim()
            : undefined;
        choices = await suggest(deps.store, source, String(focused.value ?? ""), topic);
      } catch (error) {
        logger.warn({ ...describeError(error), command: commandName }, "discord: autocomplete failed");
      }
    }
    respond({ type: InteractionResponseType.ApplicationCommandAutocompleteResult, data: { choices } });
  };

  return async (body, respond) => {
    if ((body as { type?: unknown } | null)?.type === InteractionType.Ping) {
      respond({ type: InteractionResponseType.Pong });
      return true;
    }
    const parsed = Interaction.safeParse(body);
    if (!parsed.success) {
      logger.warn({ code: "INPUT_INVALID" }, "discord: an interaction without the fields briefbot reads");
      return false;
    }
    const interaction = parsed.data;
    if (interaction.type === InteractionType.ApplicationCommandAutocomplete) {
      await autocomplete(interaction, respond);
      return true;
    }
    if (
      (interaction.type === InteractionType.ApplicationCommand ||
        interaction.type === InteractionType.MessageComponent) &&
      interaction.data
    ) {
      await runCommand(interaction, respond);
      return true;
    }
    logger.info({ type: interaction.type }, "discord: interaction type not served over HTTP");
    return false;
  };
}
