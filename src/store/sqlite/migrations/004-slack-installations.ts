// Slack installations (OAuth mode: one bot token per workspace or Enterprise Grid org) and the
// workspace of each channel a command came from, so that a digest goes out with its workspace's
// token. An empty string stands for "none" in the key columns (an org-wide install has no team; a
// workspace outside a grid has no enterprise), because a primary key column cannot hold NULL.
import type { Migration } from "./index.ts";

/** Version 4: slack_installations and slack_channels. */
export const slackInstallationsMigration: Migration = {
  version: 4,
  name: "slack-installations",
  sql: `
CREATE TABLE slack_installations (
  enterprise_id TEXT NOT NULL,
  team_id TEXT NOT NULL,
  is_enterprise_install INTEGER NOT NULL CHECK (is_enterprise_install IN (0, 1)),
  bot_token TEXT NOT NULL,
  bot_user_id TEXT,
  bot_id TEXT,
  data_json TEXT NOT NULL,
  installed_at TEXT NOT NULL,
  PRIMARY KEY (enterprise_id, team_id)
) WITHOUT ROWID;

CREATE TABLE slack_channels (
  channel_id TEXT PRIMARY KEY,
  enterprise_id TEXT NOT NULL,
  team_id TEXT NOT NULL,
  is_enterprise_install INTEGER NOT NULL CHECK (is_enterprise_install IN (0, 1)),
  seen_at TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX slack_channels_workspace ON slack_channels(enterprise_id, team_id);
`,
};
