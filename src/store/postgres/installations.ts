// The InstallationStore port on PostgreSQL: Slack installations and the workspace of each channel.
// Every replica reads the same rows, so an install or uninstall on one is seen by all at once.
import type { InstallationStore, SlackInstallation, WorkspaceRef } from "../../core/installations.ts";
import {
  checkInstallation,
  installationKey,
  lookupKeys,
  toInstallation,
  toWorkspaceRef,
  workspaceColumns,
} from "../installation-rows.ts";
import { type Pool, rows, run } from "./db.ts";

/** The installation store on a migrated database. */
export function createPostgresInstallationStore(pool: Pool): InstallationStore {
  return {
    async saveInstallation(installation: SlackInstallation) {
      checkInstallation(installation);
      await run(
        pool,
        `INSERT INTO slack_installations
           (enterprise_id, team_id, is_enterprise_install, bot_token, bot_user_id, bot_id, data_json, installed_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
         ON CONFLICT (enterprise_id, team_id) DO UPDATE SET
           is_enterprise_install = excluded.is_enterprise_install, bot_token = excluded.bot_token,
           bot_user_id = excluded.bot_user_id, bot_id = excluded.bot_id, data_json = excluded.data_json,
           installed_at = excluded.installed_at`,
        [
          ...installationKey(installation),
          installation.isEnterpriseInstall,
          installation.botToken,
          installation.botUserId,
          installation.botId,
          JSON.stringify(installation.data),
          installation.installedAt,
        ],
      );
    },
    async findInstallation(ref: WorkspaceRef) {
      for (const key of lookupKeys(ref)) {
        const [row] = await rows(
          pool,
          "SELECT * FROM slack_installations WHERE enterprise_id = $1 AND team_id = $2",
          key,
        );
        if (row) return toInstallation(row);
      }
      return null;
    },
    async deleteInstallation(ref: WorkspaceRef) {
      const key = installationKey(ref);
      return (
        (await run(pool, "DELETE FROM slack_installations WHERE enterprise_id = $1 AND team_id = $2", key)) >
        0
      );
    },
    async listInstallations() {
      const found = await rows(
        pool,
        "SELECT * FROM slack_installations ORDER BY installed_at, enterprise_id, team_id",
      );
      return found.map(toInstallation);
    },
    async rememberChannel(channelId: string, ref: WorkspaceRef, now: string) {
      await run(
        pool,
        `INSERT INTO slack_channels (channel_id, enterprise_id, team_id, is_enterprise_install, seen_at)
         VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (channel_id) DO UPDATE SET enterprise_id = excluded.enterprise_id,
           team_id = excluded.team_id, is_enterprise_install = excluded.is_enterprise_install,
           seen_at = excluded.seen_at`,
        [channelId, ...workspaceColumns(ref), ref.isEnterpriseInstall, now],
      );
    },
    async workspaceOfChannel(channelId: string) {
      const [row] = await rows(pool, "SELECT * FROM slack_channels WHERE channel_id = $1", [channelId]);
      return row ? toWorkspaceRef(row, "slack_channels") : null;
    },
  };
}
