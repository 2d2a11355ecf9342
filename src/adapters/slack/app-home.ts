// The App Home tab: when someone opens it (app_home_opened), publish a view with the topics
// briefbot follows and the digests of this workspace: with one bot token, every Slack
// subscription; in OAuth mode (many workspaces), those whose channel is recorded in the opener's
// workspace. Built from the same Replies the commands answer, rendered as Block Kit without their
// buttons and menus (a view has no response_url to answer them with).
import type { App } from "@slack/bolt";
import type { CommandContext, CommandDefinition, CommandDeps } from "../../../commands/command.ts";
import { describeSubscription } from "../../../commands/digest.ts";
import { errorReply } from "../../../commands/error-reply.ts";
import { execute } from "../../../commands/execute.ts";
import { plural } from "../../../commands/plural.ts";
import { BriefbotError } from "../../core/errors.ts";
import type { InstallationStore, WorkspaceRef } from "../../core/installations.ts";
import type { Reply } from "../../core/reply.ts";
import type { Logger } from "../../logger.ts";
import { type Block, LIMITS } from "./block-kit.ts";
import { refOf } from "./oauth.ts";
import { renderReply } from "./render-reply.ts";

/** What the App Home needs. */
export interface AppHomeOptions {
  deps: CommandDeps;
  commands: readonly CommandDefinition[];
  logger: Logger;
  /** OAuth mode: where channels' workspaces are recorded (absent with one bot token). */
  installations?: InstallationStore | undefined;
}

const sameWorkspace = (a: WorkspaceRef, b: WorkspaceRef): boolean =>
  a.teamId !== null || b.teamId !== null ? a.teamId === b.teamId : a.enterpriseId === b.enterpriseId;

/** The digests of `workspace` (every Slack digest when there is one workspace), as a Reply. */
async function workspaceDigests(options: AppHomeOptions, workspace: WorkspaceRef | null): Promise<Reply> {
  const services = options.deps.digest;
  if (!services) throw new BriefbotError("INTERNAL", "digests are not available in this process");
  let subscriptions = await services.digests.listSubscriptions({ platform: "slack" });
  const installations = options.installations;
  if (installations) {
    // A channel whose workspace was never recorded belongs to no workspace we can show it in.
    const owners = await Promise.all(
      subscriptions.map((subscription) => installations.workspaceOfChannel(subscription.channelId)),
    );
    subscriptions = subscriptions.filter((_, index) => {
      const owner = owners[index];
      return owner && workspace ? sameWorkspace(owner, workspace) : false;
    });
  }
  const now = options.deps.clock();
  const items = await Promise.all(
    subscriptions.map((subscription) => describeSubscription(services, subscription, now)),
  );
  return {
    title: "Digests in this workspace",
    sections: [
      {
        heading: items.length > 0 ? plural(items.length, "subscription") : "None yet",
        items:
          items.length > 0
            ? items
            : [
                {
                  kind: "text",
                  text: "Subscribe a channel with the button under a brief, or /digest subscribe",
                },
              ],
      },
    ],
    ephemeral: false,
  };
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

/** The blocks of the home view for `userId` of `workspace`: topics, then the workspace's digests. */
export async function homeBlocks(
  options: AppHomeOptions,
  userId: string,
  workspace: WorkspaceRef | null = null,
): Promise<Block[]> {
  const context: CommandContext = { platform: "slack", channelId: "", userId, canManageChannel: false };
  const env = { deps: options.deps, commands: options.commands };
  const replies: Reply[] = [];
  for (const part of [
    async () => (await execute("topics", { values: {} }, context, env)).reply,
    () => workspaceDigests(options, workspace),
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
  app.event("app_home_opened", async ({ event, client, context }) => {
    if (event.tab !== "home") return;
    try {
      const workspace = refOf(context);
      const blocks = await homeBlocks(options, event.user, workspace);
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
