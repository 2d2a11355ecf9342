// Buttons and menus in Slack messages (block_actions): ack at once, read the pressed control's id
// and token, run it through the command pipeline (commands/actions.ts) as the presser, and answer
// through the response_url: to the presser only unless the reply is for the channel (a new digest
// subscription). Every control id is listened to, so a forged or unknown one is refused in words.
import type { App } from "@slack/bolt";
import { z } from "zod";
import { controlOf } from "../../../commands/action-token.ts";
import { runAction } from "../../../commands/actions.ts";
import type { CommandContext } from "../../../commands/command.ts";
import { errorReply } from "../../../commands/error-reply.ts";
import type { Reply } from "../../core/reply.ts";
import { deliverReply } from "./deliver.ts";
import { parsePayload } from "./payloads.ts";
import { canManage, logDeliveryFailure, logFailure, type SlashCommandOptions } from "./slash-commands.ts";

const id = z.string().min(1).max(64);

/** A block_actions payload, as far as briefbot reads it; one action a press. */
export const BlockActionsPayload = z.object({
  type: z.literal("block_actions"),
  user: z.object({ id }),
  channel: z.object({ id }).optional(),
  response_url: z.url().optional(),
  actions: z
    .array(
      z.object({
        action_id: z.string().max(255),
        value: z.string().max(2000).optional(),
        selected_option: z.object({ value: z.string().max(2000) }).optional(),
      }),
    )
    .length(1),
});

/** Registers the listener for every block action on `app`. */
export function registerBlockActions(app: App, options: SlashCommandOptions): void {
  app.action(/.*/, async ({ ack, body, respond, client }) => {
    await ack();
    let reply: Reply;
    let path = "action";
    const raw = body as { channel?: { id?: unknown }; response_url?: unknown };
    const channelId = typeof raw.channel?.id === "string" ? raw.channel.id : "";
    try {
      const payload = parsePayload(BlockActionsPayload, body, "button press");
      const action = payload.actions[0] as (typeof payload.actions)[number];
      const control = controlOf(action.action_id);
      const context: CommandContext = {
        platform: "slack",
        channelId,
        userId: payload.user.id,
        canManageChannel: () => canManage(client, payload.user.id, options.digestAdmins),
      };
      const env = { deps: options.deps, commands: options.commands };
      ({ path, reply } = await runAction(
        control,
        action.value ?? action.selected_option?.value,
        context,
        env,
      ));
    } catch (error) {
      logFailure(options.logger, error, { action: path });
      reply = errorReply(error);
    }
    // Controls briefbot renders are in messages, which have a response_url; a press without one
    // (a forged payload, a view) has nowhere to be answered.
    if (typeof raw.response_url !== "string") {
      options.logger.info({ action: path }, "slack: button press without a response_url ignored");
      return;
    }
    try {
      await deliverReply(reply, { respond, client, channelId });
      options.logger.debug({ action: path }, "slack: button answered");
    } catch (error) {
      logDeliveryFailure(options.logger, error, { action: path });
    }
  });
}
