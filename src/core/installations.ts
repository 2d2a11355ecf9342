// The Slack installation port: one bot token per workspace (or per Enterprise Grid org) that
// installed briefbot through OAuth, and the workspace each channel belongs to, so that a digest is
// posted with the token of the channel's own workspace. Env-token mode (SLACK_BOT_TOKEN) uses none
// of it. src/store implements it on both backends (test/store/contract/installations-contract.ts).

/** Which installation a request, a channel or an uninstall is about. */
export interface WorkspaceRef {
  /** The Enterprise Grid org, or null outside one. */
  enterpriseId: string | null;
  /** The workspace; null for an org-wide install. */
  teamId: string | null;
  /** True when the app was installed on the whole org (then the org's token serves every team). */
  isEnterpriseInstall: boolean;
}

/** One installation: what the bot needs to act in a workspace. */
export interface SlackInstallation extends WorkspaceRef {
  /** The bot token (xoxb-); never logged. */
  botToken: string;
  botUserId: string | null;
  botId: string | null;
  /**
   * The whole installation record as Slack's OAuth library built it (scopes, app id, user token,
   * refresh token), kept to hand back unchanged when the library asks for it.
   */
  data: Record<string, unknown>;
  /** ISO time of the (last) install. */
  installedAt: string;
}

/** Installations and the workspace of each channel seen (Slack OAuth mode). */
export interface InstallationStore {
  /** Stores an installation, replacing an earlier one of the same workspace or org. */
  saveInstallation(installation: SlackInstallation): Promise<void>;
  /**
   * The installation serving `ref`: the org's for an org-wide install, else the workspace's (and,
   * when the workspace has none of its own, its org's). Null when there is none.
   */
  findInstallation(ref: WorkspaceRef): Promise<SlackInstallation | null>;
  /**
   * Removes the installation of `ref` (uninstall, revoked token); false when there was none. The
   * channels stay known: a channel's workspace does not change, and a reinstall serves them again.
   */
  deleteInstallation(ref: WorkspaceRef): Promise<boolean>;
  /** Every installation, oldest first (`briefbot` tools, a single-install fallback). */
  listInstallations(): Promise<SlackInstallation[]>;
  /** Records that `channelId` belongs to `ref` (from a command typed there). */
  rememberChannel(channelId: string, ref: WorkspaceRef, now: string): Promise<void>;
  /** The workspace `channelId` was last seen in, or null. */
  workspaceOfChannel(channelId: string): Promise<WorkspaceRef | null>;
}
