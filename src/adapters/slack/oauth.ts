// Slack OAuth mode (many workspaces): Bolt's install flow (/slack/install, /slack/oauth_redirect)
// stores each workspace's installation in the database through the InstallationStore port, and
// Bolt's authorize reads it back per request, so every replica answers every workspace with that
// workspace's own token. Uninstalls and revoked bot tokens delete the installation. Tokens are
// never logged: nothing here writes an installation, a token or a request body to the log.
import type {
  App,
  InstallationStore as BoltInstallationStore,
  Installation,
  InstallationQuery,
} from "@slack/bolt";
import { isChannelId } from "../../core/channel-id.ts";
import type { InstallationStore, WorkspaceRef } from "../../core/installations.ts";
import type { Clock } from "../../core/ports.ts";
import type { Logger } from "../../logger.ts";

/** Where the install flow starts and where Slack sends the browser back with a code. */
export const SLACK_INSTALL_PATH = "/slack/install";
export const SLACK_REDIRECT_PATH = "/slack/oauth_redirect";

/** The bot scopes asked for at install: those of slack/manifest.json (a test keeps them equal). */
export const SLACK_BOT_SCOPES: readonly string[] = [
  "commands",
  "chat:write",
  "chat:write.public",
  "users:read",
  "channels:history",
  "groups:history",
  "files:write",
];

/** The workspace a Bolt installation query (or an installation) names. */
export function refOf(query: {
  enterpriseId?: string | undefined;
  teamId?: string | undefined;
  isEnterpriseInstall?: boolean | undefined;
}): WorkspaceRef {
  return {
    enterpriseId: query.enterpriseId ?? null,
    teamId: query.teamId ?? null,
    isEnterpriseInstall: query.isEnterpriseInstall === true,
  };
}

/** The installation without its user token: briefbot acts as the bot only, so it keeps no user's token. */
function withoutUserToken(installation: Installation): Record<string, unknown> {
  const { user, ...rest } = installation;
  return { ...rest, user: { id: user.id } };
}

/** Bolt's installation store, on the InstallationStore port. */
export function boltInstallationStore(
  installations: InstallationStore,
  clock: Clock,
  logger: Logger,
): BoltInstallationStore {
  return {
    async storeInstallation(installation) {
      const bot = installation.bot;
      if (!bot?.token)
        throw new Error("the installation holds no bot token: the app must ask for bot scopes");
      const enterpriseId = installation.enterprise?.id ?? null;
      const isEnterpriseInstall = installation.isEnterpriseInstall === true;
      await installations.saveInstallation({
        enterpriseId,
        teamId: isEnterpriseInstall ? null : (installation.team?.id ?? null),
        isEnterpriseInstall,
        botToken: bot.token,
        botUserId: bot.userId ?? null,
        botId: bot.id ?? null,
        data: withoutUserToken(installation as Installation),
        installedAt: clock().toISOString(),
      });
      logger.info(
        { team: installation.team?.id ?? null, enterprise: enterpriseId, orgWide: isEnterpriseInstall },
        "slack: installed in a workspace",
      );
    },
    async fetchInstallation(query: InstallationQuery<boolean>) {
      const found = await installations.findInstallation(refOf(query));
      // Bolt expects a throw for "not installed": it then refuses the request.
      if (!found)
        throw new Error(`briefbot is not installed in workspace ${query.teamId ?? query.enterpriseId}`);
      return found.data as unknown as Installation<"v1" | "v2", boolean>;
    },
    async deleteInstallation(query: InstallationQuery<boolean>) {
      await installations.deleteInstallation(refOf(query));
    },
  };
}

/** The channel a command or shortcut came from, when the body names one. */
function channelOf(body: unknown): string | null {
  const record = (typeof body === "object" && body !== null ? body : {}) as Record<string, unknown>;
  const nested = record.channel as { id?: unknown } | undefined;
  const id = typeof record.channel_id === "string" ? record.channel_id : nested?.id;
  return typeof id === "string" && isChannelId("slack", id) ? id : null;
}

/** Most channels remembered in memory (to skip rewriting the same row on every command). */
const MAX_REMEMBERED = 10_000;

/**
 * Registers what OAuth mode adds to the app: the channel -> workspace record that digests post
 * with, and the uninstall and token-revoked events, which delete the workspace's installation.
 */
export function registerWorkspaceEvents(
  app: App,
  options: { installations: InstallationStore; clock: Clock; logger: Logger },
): void {
  const { installations, clock, logger } = options;
  const remembered = new Map<string, string>();
  app.use(async ({ body, context, next }) => {
    const channel = channelOf(body);
    if (channel !== null && (context.teamId || context.enterpriseId)) {
      const ref = refOf(context);
      const key = JSON.stringify(ref);
      if (remembered.get(channel) !== key) {
        try {
          await installations.rememberChannel(channel, ref, clock().toISOString());
          if (remembered.size >= MAX_REMEMBERED) remembered.clear();
          remembered.set(channel, key);
        } catch (error) {
          // The command still runs; a digest to this channel then says its workspace is unknown.
          const reason = error instanceof Error ? error.message : String(error);
          logger.warn({ channel, err: reason }, "slack: could not record the channel's workspace");
        }
      }
    }
    await next();
  });

  const forget = async (ref: WorkspaceRef, why: string) => {
    const removed = await installations.deleteInstallation(ref);
    logger.info(
      { team: ref.teamId, enterprise: ref.enterpriseId, removed },
      `slack: ${why}: installation deleted`,
    );
  };
  app.event("app_uninstalled", async ({ context }) => {
    await forget(refOf(context), "app uninstalled");
  });
  app.event("tokens_revoked", async ({ event, context }) => {
    // Only the bot's token matters: briefbot keeps no user tokens.
    if ((event.tokens.bot ?? []).length > 0) await forget(refOf(context), "bot token revoked");
  });
}

/** How long the "not installed" answer may take before it is given up. */
const NOT_INSTALLED_TIMEOUT_MS = 5_000;

/**
 * Tells the person who typed a command in a workspace without an installation why nothing
 * happens, through the command's response_url (which needs no token). The body is Slack's, signed.
 */
export async function answerNotInstalled(body: unknown, logger: Logger): Promise<void> {
  const url = (body as { response_url?: unknown } | null)?.response_url;
  if (typeof url !== "string" || !/^https?:\/\//.test(url)) return;
  try {
    await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        response_type: "ephemeral",
        text: "briefbot is not installed in this workspace (or was removed). A workspace admin can install it again.",
      }),
      signal: AbortSignal.timeout(NOT_INSTALLED_TIMEOUT_MS),
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    logger.warn({ err: reason }, "slack: could not tell a workspace without an installation");
  }
}
