// Stories kept at ingest: each counted membership of an extracted document carries the story it
// joined in that topic and the number of that assignment within the topic (the order a process
// replays them in after a restart). Documents stored before this version get theirs on the next
// write or brief of their topic (rows with no story yet are found through a partial index).
import type { Migration } from "./index.ts";

/** Version 6: memberships.story and story_seq, with the indexes /brief and ingest read them by. */
export const storiesMigration: Migration = {
  version: 6,
  name: "stories",
  sql: `
ALTER TABLE memberships ADD COLUMN story TEXT;
ALTER TABLE memberships ADD COLUMN story_seq INTEGER;
CREATE INDEX memberships_story_day ON memberships(topic, counted, day, story);
CREATE INDEX memberships_story ON memberships(topic, story, day);
CREATE INDEX memberships_story_seq ON memberships(topic, story_seq) WHERE story_seq IS NOT NULL;
CREATE INDEX memberships_story_pending ON memberships(topic) WHERE story IS NULL AND counted = 1;
`,
};
