// The numbered PostgreSQL migrations, applied in order under an advisory lock at start
// (src/store/postgres/migrate.ts). Plain SQL; never edit one that has shipped: add the next.
import { coreMigration } from "./001-core.ts";
import { digestMigration } from "./002-digest.ts";
import { replicasMigration } from "./003-replicas.ts";
import { slackInstallationsMigration } from "./004-slack-installations.ts";
import { membershipsMigration } from "./005-memberships.ts";
import { storiesMigration } from "./006-stories.ts";
import { quoteRecencyMigration } from "./007-quote-recency.ts";
import { quoteDaysMigration } from "./008-quote-days.ts";
import { topicSummariesMigration } from "./009-topic-summaries.ts";

/** One schema change: applied once, in one transaction, recorded in schema_migrations. */
export interface Migration {
  /** 1, 2, 3...: strictly increasing, never reused. */
  version: number;
  name: string;
  sql: string;
}

/**
 * Every migration, in order: 1 the core, 2 subscriptions and the digest ledger, 3 replicas' shared
 * state, 4 Slack installations, 5 pinned memberships and store settings, 6 story ids on memberships,
 * 7 recency buckets for quote search, 8 the day on quotes, 9 per-topic summaries of days and
 * stories kept by a trigger.
 */
export const MIGRATIONS: readonly Migration[] = [
  coreMigration,
  digestMigration,
  replicasMigration,
  slackInstallationsMigration,
  membershipsMigration,
  storiesMigration,
  quoteRecencyMigration,
  quoteDaysMigration,
  topicSummariesMigration,
];
