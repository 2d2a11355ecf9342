// Slash commands: every command of the list served on Slack (the manifest is generated from the
// same list), and `/<command> help`. Ack at once (Slack allows 3 s), then run the command and answer through
// respond(): briefs to the channel, errors and help to the caller only. This is the adapter's one
// top-level catch for commands: it logs the code and answers in plain words.
import type { App, webApi } from "@slack/bolt";
import type { CommandContext, CommandDefinition, CommandDeps } from "../../../commands/command.ts";
import { errorReply } from "../../../commands/error-reply.ts";
import { execute } from "../../../commands/execute.ts";
import { isBriefbotError } from "../../core/errors.ts";
import type { Reply } from "../../core/reply.ts";
import type { Logger } from "../../logger.ts";
import { deliverReply } from "./deliver.ts";
import { parsePayload, SlashCommandPayload } from "./payloads.ts";
import { uploadCharts } from "./upload-charts.ts";

/** What the slash command handler needs. */
export interface SlashCommandOptions {
  deps: CommandDeps;
  commands: readonly CommandDefinition[];
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
export async function canManage(
  client: webApi.WebClient,
  userId: string,
  admins: readonly string[],
): Promise<boolean> {
  if (admins.includes(userId)) return true;
  try {
    const result = await client.users.info({ user: userId });
    const user = result.user;
    return Boolean(user?.is_admin || user?.is_owner || user?.is_primary_owner);
  } catch {
    return false; // unknown means no: the command says who may
  }
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
      const context: CommandContext = {
        platform: "slack",
        channelId: payload.channel_id,
        userId: payload.user_id,
        canManageChannel: () => canManage(client, payload.user_id, options.digestAdmins),
      };
      const env = { deps: options.deps, commands: options.commands };
      reply = (await execute(name, { text: payload.text }, context, env)).reply;
    } catch (error) {
      logFailure(options.logger, error, { command: name });
      reply = errorReply(error);
    }
    const ms = performance.now() - started;
    try {
      const via = await deliverReply(reply, { respond, client, channelId });
      options.logger.debug({ command: name, via, ms: Math.round(ms) }, "slack: answered");
    } catch (error) {
      logDeliveryFailure(options.logger, error, { command: name });
      return;
    }
    try {
      if (reply.charts) await uploadCharts(client, respond, channelId, reply.charts);
    } catch (error) {
      logDeliveryFailure(options.logger, error, { command: name, charts: reply.charts?.length });
    }
  });
}
