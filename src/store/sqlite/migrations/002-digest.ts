// Subscriptions and the digest ledger (issue 7). The ledger's primary key (subscription, slot) is
// what makes a delivery exactly-once: a slot is claimed by inserting its row, and only the process
// whose insert succeeded may post it.
import type { Migration } from "./index.ts";

/** Version 2: digest subscriptions and the delivery ledger. */
export const digestMigration: Migration = {
  version: 2,
  name: "digest",
  sql: `
CREATE TABLE digest_subscriptions (
  id INTEGER PRIMARY KEY,
  platform TEXT NOT NULL CHECK (platform IN ('slack', 'discord')),
  channel_id TEXT NOT NULL,
  topic TEXT NOT NULL,
  cron TEXT NOT NULL,
  time_zone TEXT NOT NULL,
  style TEXT NOT NULL CHECK (style IN ('single', 'thread')),
  when_empty TEXT NOT NULL CHECK (when_empty IN ('silent', 'notice')),
  created_at TEXT NOT NULL,
  created_by TEXT,
  paused_at TEXT,
  paused_reason TEXT,
  UNIQUE (platform, channel_id, topic)
);

CREATE TABLE digest_ledger (
  subscription_id INTEGER NOT NULL REFERENCES digest_subscriptions(id) ON DELETE CASCADE,
  slot TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('claimed', 'sent', 'empty', 'failed', 'skipped')),
  window_from TEXT NOT NULL,
  window_to TEXT NOT NULL,
  owner TEXT,
  lease_until TEXT,
  attempts INTEGER NOT NULL DEFAULT 0,
  message_id TEXT,
  error TEXT,
  claimed_at TEXT NOT NULL,
  finished_at TEXT,
  PRIMARY KEY (subscription_id, slot)
) WITHOUT ROWID;
CREATE INDEX digest_ledger_claimed ON digest_ledger(status) WHERE status = 'claimed';
`,
};
