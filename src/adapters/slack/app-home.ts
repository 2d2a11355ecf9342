// The App Home tab: when someone opens it (app_home_opened), publish a view with the topics
// briefbot follows and the digests of this workspace (every Slack subscription this bot holds:
// one bot token serves one workspace). Built from the same Replies the commands answer, rendered
// as Block Kit without their buttons and menus (a view has no response_url to answer them with).
import type { App } from "@slack/bolt";
import type { CommandContext, CommandDefinition, CommandDeps } from "../../../commands/command.ts";
import { listDigests } from "../../../commands/digest.ts";
import { errorReply } from "../../../commands/error-reply.ts";
import { execute } from "../../../commands/execute.ts";
import type { Reply } from "../../core/reply.ts";
import type { Logger } from "../../logger.ts";
import { type Block, LIMITS } from "./block-kit.ts";
import { renderReply } from "./render-reply.ts";

/** What the App Home needs. */
export interface AppHomeOptions {
  deps: CommandDeps;
  commands: readonly CommandDefinition[];
  logger: Logger;
}

const withoutControls = (reply: Reply): Reply => {
  const { actions: _actions, menu: _menu, ...rest } = reply;
  return {
    ...rest,
    sections: reply.sections.map((part) => ({
      ...part,
      items: part.items.map(({ action: _action, ...item }) => item),
    })),
  };
};

/** The blocks of the home view for `userId`: topics, then this workspace's digests. */
export async function homeBlocks(options: AppHomeOptions, userId: string): Promise<Block[]> {
  const context: CommandContext = { platform: "slack", channelId: "", userId, canManageChannel: false };
  const env = { deps: options.deps, commands: options.commands };
  const replies: Reply[] = [];
  for (const part of [
    async () => (await execute("topics", { values: {} }, context, env)).reply,
    async () => ({
      ...(await listDigests(options.deps, null, { platform: "slack" })),
      title: "Digests in this workspace",
    }),
  ]) {
    try {
      replies.push(await part());
    } catch (error) {
      options.logger.info(
        { err: error instanceof Error ? error.message : String(error) },
        "slack: home part failed",
      );
      replies.push(errorReply(error));
    }
  }
  // One message's worth of each reply (a view holds 100 blocks; each reply is at most 50).
  const blocks = replies.flatMap((reply, index) => [
    ...(index > 0 ? [{ type: "divider" } as Block] : []),
    ...(renderReply(withoutControls(reply), { maxThreadMessages: 1 })[0]?.blocks ?? []),
  ]);
  return blocks.slice(0, LIMITS.homeBlocks);
}

/** Registers the app_home_opened listener on `app`. */
export function registerAppHome(app: App, options: AppHomeOptions): void {
  app.event("app_home_opened", async ({ event, client }) => {
    if (event.tab !== "home") return;
    try {
      const blocks = await homeBlocks(options, event.user);
      await client.views.publish({ user_id: event.user, view: { type: "home", blocks } });
      options.logger.debug({ blocks: blocks.length }, "slack: app home published");
    } catch (error) {
      options.logger.warn(
        { code: "PLATFORM_FAILED", err: error instanceof Error ? error.message : String(error) },
        "slack: app home not published",
      );
    }
  });
}
