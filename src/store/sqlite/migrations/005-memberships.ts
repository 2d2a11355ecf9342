// Topics that stay right (issue 14): a membership given explicitly (`ingest --topic`, a topic's
// bundled folder) is pinned, so that applying the match rules again never takes it away; a small
// settings table holds the hash of the topic definitions last matched against every document.
import type { Migration } from "./index.ts";

/** Version 5: memberships.pinned and store_settings. */
export const membershipsMigration: Migration = {
  version: 5,
  name: "memberships",
  sql: `
ALTER TABLE memberships ADD COLUMN pinned INTEGER NOT NULL DEFAULT 0;

CREATE TABLE store_settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) WITHOUT ROWID;
`,
};
