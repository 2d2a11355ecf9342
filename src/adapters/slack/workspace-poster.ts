// The digest poster of OAuth mode: each channel's digest goes out with the bot token of the
// channel's own workspace (recorded when a command was typed there), read from the installation
// store at each post, so that an install, a reinstall or an uninstall on any replica counts at once.
import { DeliveryError } from "../../core/errors.ts";
import type { InstallationStore } from "../../core/installations.ts";
import type { ChannelPoster } from "../../core/ports.ts";
import type { Logger } from "../../logger.ts";
import { createSlackPoster } from "./channel-poster.ts";

/** What createWorkspacePoster needs. */
export interface WorkspacePosterOptions {
  installations: InstallationStore;
  /** Web API base (SLACK_API_URL); Slack's when absent. */
  apiUrl?: string | undefined;
  logger: Logger;
  timeoutMs?: number;
}

/** Posters kept (one per bot token, each with its client and its "maybe posted" memory). */
const MAX_POSTERS = 500;

/** A ChannelPoster that picks the token per channel from the installations. */
export function createWorkspacePoster(options: WorkspacePosterOptions): ChannelPoster {
  const { installations } = options;
  const posters = new Map<string, ChannelPoster>();

  const posterFor = async (channelId: string): Promise<ChannelPoster> => {
    let token: string;
    try {
      const workspace = await installations.workspaceOfChannel(channelId);
      if (!workspace) {
        throw new DeliveryError(
          "gone",
          `the Slack workspace of channel ${channelId} is not known: run any briefbot command in that channel once`,
        );
      }
      const installation = await installations.findInstallation(workspace);
      if (!installation) {
        throw new DeliveryError(
          "gone",
          `briefbot is not installed in the workspace of channel ${channelId} (uninstalled or token revoked)`,
        );
      }
      token = installation.botToken;
    } catch (error) {
      if (error instanceof DeliveryError) throw error;
      const reason = error instanceof Error ? error.message : String(error);
      throw new DeliveryError("retry", `could not read the Slack installations: ${reason}`, { cause: error });
    }
    let poster = posters.get(token);
    if (!poster) {
      if (posters.size >= MAX_POSTERS) posters.delete(posters.keys().next().value as string);
      poster = createSlackPoster({
        token,
        apiUrl: options.apiUrl,
        logger: options.logger,
        ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
      });
      posters.set(token, poster);
    }
    return poster;
  };

  return {
    platform: "slack",
    async post(channelId, reply, postOptions) {
      return (await posterFor(channelId)).post(channelId, reply, postOptions);
    },
    async findPosted(channelId, key) {
      const poster = await posterFor(channelId);
      return poster.findPosted ? poster.findPosted(channelId, key) : null;
    },
  };
}
