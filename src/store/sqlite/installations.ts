// The InstallationStore port on SQLite: Slack installations and the workspace of each channel.
import type Database from "better-sqlite3";
import type { InstallationStore, SlackInstallation, WorkspaceRef } from "../../core/installations.ts";
import {
  checkInstallation,
  installationKey,
  lookupKeys,
  toInstallation,
  toWorkspaceRef,
  workspaceColumns,
} from "../installation-rows.ts";
import { storeWrite } from "./errors.ts";

/** The installation store on an open, migrated database. */
export function createSqliteInstallationStore(db: Database.Database): InstallationStore {
  const upsert = db.prepare(`
    INSERT INTO slack_installations
      (enterprise_id, team_id, is_enterprise_install, bot_token, bot_user_id, bot_id, data_json, installed_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT (enterprise_id, team_id) DO UPDATE SET
      is_enterprise_install = excluded.is_enterprise_install, bot_token = excluded.bot_token,
      bot_user_id = excluded.bot_user_id, bot_id = excluded.bot_id, data_json = excluded.data_json,
      installed_at = excluded.installed_at`);
  const byKey = db.prepare("SELECT * FROM slack_installations WHERE enterprise_id = ? AND team_id = ?");
  const all = db.prepare("SELECT * FROM slack_installations ORDER BY installed_at, enterprise_id, team_id");
  const remove = db.prepare("DELETE FROM slack_installations WHERE enterprise_id = ? AND team_id = ?");
  const remember = db.prepare(`
    INSERT INTO slack_channels (channel_id, enterprise_id, team_id, is_enterprise_install, seen_at)
    VALUES (?, ?, ?, ?, ?)
    ON CONFLICT (channel_id) DO UPDATE SET enterprise_id = excluded.enterprise_id,
      team_id = excluded.team_id, is_enterprise_install = excluded.is_enterprise_install,
      seen_at = excluded.seen_at`);
  const channel = db.prepare("SELECT * FROM slack_channels WHERE channel_id = ?");

  return {
    async saveInstallation(installation: SlackInstallation) {
      checkInstallation(installation);
      storeWrite(() =>
        upsert.run(
          ...installationKey(installation),
          installation.isEnterpriseInstall ? 1 : 0,
          installation.botToken,
          installation.botUserId,
          installation.botId,
          JSON.stringify(installation.data),
          installation.installedAt,
        ),
      );
    },
    async findInstallation(ref: WorkspaceRef) {
      for (const key of lookupKeys(ref)) {
        const row = byKey.get(...key);
        if (row) return toInstallation(row);
      }
      return null;
    },
    async deleteInstallation(ref: WorkspaceRef) {
      return storeWrite(() => remove.run(...installationKey(ref)).changes > 0);
    },
    async listInstallations() {
      return all.all().map(toInstallation);
    },
    async rememberChannel(channelId: string, ref: WorkspaceRef, now: string) {
      storeWrite(() =>
        remember.run(channelId, ...workspaceColumns(ref), ref.isEnterpriseInstall ? 1 : 0, now),
      );
    },
    async workspaceOfChannel(channelId: string) {
      const row = channel.get(channelId);
      return row ? toWorkspaceRef(row, "slack_channels") : null;
    },
  };
}
