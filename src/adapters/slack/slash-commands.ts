// Slash commands: /brief /quote /who /topics /digest (whichever the command list holds), and
// `/<command> help`. Ack at once (Slack allows 3 s), then run the command and answer through
// respond(): briefs to the channel, errors and help to the caller only. This is the adapter's one
// top-level catch for commands: it logs the code and answers in plain words.
import type { App, webApi } from "@slack/bolt";
import type { Command, CommandContext, CommandDeps } from "../../../commands/command.ts";
import { errorReply } from "../../../commands/error-reply.ts";
import { commandHelpReply, helpReply } from "../../../commands/help.ts";
import { parseCommandText } from "../../../commands/parse-text.ts";
import { BriefbotError, isBriefbotError } from "../../core/errors.ts";
import type { Reply } from "../../core/reply.ts";
import type { Logger } from "../../logger.ts";
import { replyOutcome } from "../../ops/metrics.ts";
import { deliverReply } from "./deliver.ts";
import { parsePayload, SlashCommandPayload } from "./payloads.ts";

/** The slash commands the manifest declares; a command in the list but not here is not served on Slack. */
export const SLASH_COMMANDS = ["brief", "quote", "who", "topics", "digest"] as const;

/** What the slash command handler needs. */
export interface SlashCommandOptions {
  deps: CommandDeps;
  commands: readonly Command<unknown>[];
  logger: Logger;
  /** User ids allowed to manage digests besides workspace admins (SLACK_DIGEST_ADMINS). */
  digestAdmins: readonly string[];
}

/** Logs a failed command with its code; never the stack or the payload. */
export function logFailure(logger: Logger, error: unknown, fields: Record<string, unknown>): void {
  if (isBriefbotError(error) && error.code !== "INTERNAL") {
    logger.info({ ...fields, code: error.code }, `slack: ${error.message}`);
    return;
  }
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  logger.error({ ...fields, code: "INTERNAL", err: detail }, "slack: command failed");
}

/** Logs an answer that could not be delivered (response_url expired, Slack down). */
export function logDeliveryFailure(logger: Logger, error: unknown, fields: Record<string, unknown>): void {
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  logger.warn({ ...fields, code: "PLATFORM_FAILED", err: detail }, "slack: could not deliver the answer");
}

/** Whether the caller may manage the channel's digests: listed in SLACK_DIGEST_ADMINS or a workspace admin. */
async function canManage(
  client: webApi.WebClient,
  userId: string,
  needed: boolean,
  admins: readonly string[],
): Promise<boolean> {
  if (admins.includes(userId)) return true;
  if (!needed) return false;
  try {
    const result = await client.users.info({ user: userId });
    const user = result.user;
    return Boolean(user?.is_admin || user?.is_owner || user?.is_primary_owner);
  } catch {
    return false; // unknown means no: the command says who may
  }
}

const served = (commands: readonly Command<unknown>[]) =>
  commands.filter((command) => (SLASH_COMMANDS as readonly string[]).includes(command.name));

/** Runs one slash command to a Reply; throws BriefbotError for bad input. */
async function answer(
  payload: SlashCommandPayload,
  options: SlashCommandOptions,
  client: webApi.WebClient,
): Promise<Reply> {
  const name = payload.command.slice(1).toLowerCase();
  const available = served(options.commands);
  const command = available.find((candidate) => candidate.name === name);
  if (!command) {
    throw new BriefbotError("COMMAND_NOT_FOUND", `briefbot does not serve ${payload.command} here`, {
      hints: [`commands: ${available.map((candidate) => `/${candidate.name}`).join(", ")}`],
    });
  }
  const text = payload.text.trim();
  if (/^(help|-h|--help|\?)$/i.test(text)) {
    return name === "brief" ? helpReply(available) : commandHelpReply(command);
  }
  const input = parseCommandText(command, text);
  const needsAdmin = command.adminOnly === true || command.name === "digest";
  const context: CommandContext = {
    platform: "slack",
    channelId: payload.channel_id,
    userId: payload.user_id,
    canManageChannel: await canManage(client, payload.user_id, needsAdmin, options.digestAdmins),
  };
  return command.run(options.deps, input, context);
}

/** Registers the slash command listener on `app`. */
export function registerSlashCommands(app: App, options: SlashCommandOptions): void {
  app.command(/^\/[a-z0-9_-]+$/i, async ({ ack, body, respond, client }) => {
    await ack();
    const started = performance.now();
    let reply: Reply;
    let name = "unknown";
    let channelId = "";
    try {
      const payload = parsePayload(SlashCommandPayload, body, "slash command");
      name = payload.command.slice(1).toLowerCase();
      channelId = payload.channel_id;
      reply = await answer(payload, options, client);
    } catch (error) {
      logFailure(options.logger, error, { command: name });
      reply = errorReply(error);
    }
    const ms = performance.now() - started;
    options.deps.metrics?.recordCommand(name, "slack", ms, replyOutcome(reply));
    try {
      const via = await deliverReply(reply, { respond, client, channelId });
      options.logger.debug({ command: name, via, ms: Math.round(ms) }, "slack: answered");
    } catch (error) {
      logDeliveryFailure(options.logger, error, { command: name });
    }
  });
}
