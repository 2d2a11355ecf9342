// Topics that stay right (issue 14), as on SQLite (its migration 5): pinned memberships survive a
// rematch; store_settings holds the hash of the topic definitions last matched.
import type { Migration } from "./index.ts";

/** Version 5: memberships.pinned and store_settings. */
export const membershipsMigration: Migration = {
  version: 5,
  name: "memberships",
  sql: `
ALTER TABLE memberships ADD COLUMN pinned BOOLEAN NOT NULL DEFAULT false;

CREATE TABLE store_settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
`,
};
