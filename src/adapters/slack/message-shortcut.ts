// The "Brief this" message shortcut: ingest the message's link or text through the brief-message
// command, then answer with that document's brief in the message's thread. Ack at once; the
// answer goes to the thread with chat.postMessage, or to the caller only (response_url) when the
// bot may not post there or when it failed.
import type { App, webApi } from "@slack/bolt";
import {
  type CommandContext,
  type CommandDefinition,
  type CommandDeps,
  messageActionOf,
} from "../../../commands/command.ts";
import { errorReply } from "../../../commands/error-reply.ts";
import { execute } from "../../../commands/execute.ts";
import { BriefbotError } from "../../core/errors.ts";
import type { Reply } from "../../core/reply.ts";
import type { Logger } from "../../logger.ts";
import { postMessage } from "./channel-poster.ts";
import { attachmentUrl, MessageShortcutPayload, messageToPlain, parsePayload } from "./payloads.ts";
import { renderReply } from "./render-reply.ts";
import { logDeliveryFailure, logFailure } from "./slash-commands.ts";

/** What the shortcut handler needs. */
export interface MessageShortcutOptions {
  deps: CommandDeps;
  commands: readonly CommandDefinition[];
  logger: Logger;
}

async function answer(payload: MessageShortcutPayload, options: MessageShortcutOptions): Promise<Reply> {
  const command = messageActionOf(options.commands);
  if (!command)
    throw new BriefbotError("COMMAND_NOT_FOUND", "“Brief this” is not available on this briefbot");
  const plain = messageToPlain(payload.message.text);
  // A message that is only a link preview keeps its URL in the attachment.
  const preview = plain.urls.length === 0 ? attachmentUrl(payload.message) : undefined;
  const text = preview ? `${plain.text} ${preview}`.trim() : plain.text;
  if (!text.trim()) throw new BriefbotError("DOCUMENT_EMPTY", "that message has no text or link to brief");
  // Links stay in the text as bare URLs: the command reads the first one, or else the text itself.
  const context: CommandContext = {
    platform: "slack",
    channelId: payload.channel.id,
    userId: payload.user.id,
    canManageChannel: false,
  };
  const env = { deps: options.deps, commands: options.commands };
  return (await execute(command.name, { values: { text } }, context, env)).reply;
}

/** Registers the "Brief this" shortcut on `app`. */
export function registerMessageShortcut(app: App, options: MessageShortcutOptions): void {
  app.shortcut(
    {
      callback_id: messageActionOf(options.commands)?.messageAction?.slackCallbackId ?? "brief_this",
      type: "message_action",
    },
    async ({ ack, body, client, respond }) => {
      await ack();
      let reply: Reply;
      let payload: MessageShortcutPayload | null = null;
      const name = messageActionOf(options.commands)?.name ?? "brief-message";
      try {
        payload = parsePayload(MessageShortcutPayload, body, "message shortcut");
        reply = await answer(payload, options);
      } catch (error) {
        logFailure(options.logger, error, { command: name });
        reply = errorReply(error);
      }
      try {
        if (payload && !reply.ephemeral) {
          const threadTs = payload.message.thread_ts ?? payload.message.ts;
          if (await postInThread(client, payload.channel.id, threadTs, reply)) return;
        }
        if (respond) {
          // A response_url takes five messages: the brief, continued, to the caller only.
          const messages = renderReply(reply, {
            maxThreadMessages: 4,
            moreNote: "Continued in the next messages ↓",
          });
          for (const message of messages) {
            await respond({ response_type: "ephemeral", text: message.text, blocks: message.blocks });
          }
        }
      } catch (error) {
        logDeliveryFailure(options.logger, error, { command: name });
      }
    },
  );
}

/** Posts the brief in the thread; false when the first message could not be posted (then answer privately). */
async function postInThread(
  client: webApi.WebClient,
  channel: string,
  threadTs: string,
  reply: Reply,
): Promise<boolean> {
  const messages = renderReply(reply);
  const [first, ...rest] = messages;
  if (!first) return false;
  try {
    await postMessage(client, channel, first, threadTs);
  } catch {
    return false;
  }
  for (const message of rest) await postMessage(client, channel, message, threadTs);
  return true;
}
