// What several replicas share besides the data: a version of the store that every write bumps
// (each replica's read cache is good only while the version it read stays current), and the
// outbound pacing (next moment a post may go out, per channel and per platform), so that replicas
// together keep to the platforms' rates.
import type { Migration } from "./index.ts";

/** Version 3: the store version row and the shared outbound pacing. */
export const replicasMigration: Migration = {
  version: 3,
  name: "replicas",
  sql: `
CREATE TABLE store_version (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  version BIGINT NOT NULL
);
INSERT INTO store_version (id, version) VALUES (1, 0);

CREATE TABLE outbound_pacing (
  key TEXT PRIMARY KEY,
  next_at TIMESTAMPTZ NOT NULL
);
`,
};
