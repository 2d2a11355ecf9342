// The numbered migrations, applied in order at start (src/store/sqlite/migrate.ts). A migration is
// plain SQL, so this list imports no driver. Never edit a migration that has shipped: add one.
import { coreMigration } from "./001-core.ts";
import { digestMigration } from "./002-digest.ts";
import { topicActorsMigration } from "./003-topic-actors.ts";
import { slackInstallationsMigration } from "./004-slack-installations.ts";
import { membershipsMigration } from "./005-memberships.ts";

/** One schema change: applied once, in one transaction, recorded in schema_migrations. */
export interface Migration {
  /** 1, 2, 3...: strictly increasing, never reused. */
  version: number;
  name: string;
  sql: string;
}

/**
 * Every migration, in order: 1 the core (STORE), 2 subscriptions and the digest ledger (DIGEST),
 * 3 topic actor tallies and FTS prefix indexes (STORE), 4 Slack installations (OAuth mode), 5 pinned
 * memberships and store settings (topics that stay right). A new
 * migration takes the next number.
 */
export const MIGRATIONS: readonly Migration[] = [
  coreMigration,
  digestMigration,
  topicActorsMigration,
  slackInstallationsMigration,
  membershipsMigration,
];
