// What both backends share about Slack installations: the key columns ("" for none) and a stored
// row checked back into a SlackInstallation (a bad row is STORED_DATA_INVALID, never a crash).
import { BriefbotError } from "../core/errors.ts";
import type { SlackInstallation, WorkspaceRef } from "../core/installations.ts";

/** The primary key of the installation that `ref` names: [enterprise_id, team_id]. */
export function installationKey(ref: WorkspaceRef): [string, string] {
  if (ref.isEnterpriseInstall) return [ref.enterpriseId ?? "", ""];
  return [ref.enterpriseId ?? "", ref.teamId ?? ""];
}

/** How a channel's workspace is stored: [enterprise_id, team_id] as given ("" for none). */
export function workspaceColumns(ref: WorkspaceRef): [string, string] {
  return [ref.enterpriseId ?? "", ref.teamId ?? ""];
}

/**
 * The keys to try, in order, for the installation serving `ref`: its own, then (a workspace inside
 * an org, whose app was installed org-wide) the org's.
 */
export function lookupKeys(ref: WorkspaceRef): Array<[string, string]> {
  const own = installationKey(ref);
  const keys: Array<[string, string]> = [own];
  if (ref.enterpriseId && own[1] !== "") keys.push([ref.enterpriseId, ""]);
  return keys;
}

const invalid = (table: string, column: string): BriefbotError =>
  new BriefbotError("STORED_DATA_INVALID", `a row of ${table} has an invalid ${column}`);

const text = (row: Record<string, unknown>, column: string, table: string): string => {
  const value = row[column];
  if (typeof value !== "string") throw invalid(table, column);
  return value;
};

const optionalText = (row: Record<string, unknown>, column: string, table: string): string | null => {
  const value = row[column];
  if (value === null || value === undefined) return null;
  if (typeof value !== "string") throw invalid(table, column);
  return value;
};

/** SQLite stores 0/1, PostgreSQL a boolean. */
const flag = (row: Record<string, unknown>, column: string, table: string): boolean => {
  const value = row[column];
  if (value === true || value === 1) return true;
  if (value === false || value === 0) return false;
  throw invalid(table, column);
};

/** A stored workspace reference (slack_installations or slack_channels). */
export function toWorkspaceRef(row: unknown, table: string): WorkspaceRef {
  if (typeof row !== "object" || row === null) throw invalid(table, "row");
  const record = row as Record<string, unknown>;
  const enterpriseId = text(record, "enterprise_id", table);
  const teamId = text(record, "team_id", table);
  return {
    enterpriseId: enterpriseId === "" ? null : enterpriseId,
    teamId: teamId === "" ? null : teamId,
    isEnterpriseInstall: flag(record, "is_enterprise_install", table),
  };
}

/** A stored installation; `data_json` may be text (SQLite) or already parsed (PostgreSQL jsonb). */
export function toInstallation(row: unknown): SlackInstallation {
  const table = "slack_installations";
  const ref = toWorkspaceRef(row, table);
  const record = row as Record<string, unknown>;
  let data: unknown = record.data_json;
  if (typeof data === "string") {
    try {
      data = JSON.parse(data);
    } catch {
      throw invalid(table, "data_json");
    }
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) throw invalid(table, "data_json");
  const botToken = text(record, "bot_token", table);
  if (botToken === "") throw invalid(table, "bot_token");
  return {
    ...ref,
    botToken,
    botUserId: optionalText(record, "bot_user_id", table),
    botId: optionalText(record, "bot_id", table),
    data: data as Record<string, unknown>,
    installedAt: text(record, "installed_at", table),
  };
}

/** Refuses an installation that could never serve a request (no token, no workspace). */
export function checkInstallation(installation: SlackInstallation): void {
  const [enterprise, team] = installationKey(installation);
  if (!installation.botToken) {
    throw new BriefbotError("INPUT_INVALID", "a Slack installation without a bot token cannot be stored");
  }
  if (enterprise === "" && team === "") {
    throw new BriefbotError("INPUT_INVALID", "a Slack installation names neither a workspace nor an org");
  }
}
