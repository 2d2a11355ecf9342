// Per-topic summaries that /brief reads instead of every membership of the window: documents per
// day (coverage and the window's count), and each stored story's size and last day with, per day,
// how many stories end there (so the window's story count is a sum over its days, and the
// heaviest stories are found by probing each day for the stories large enough to matter; see
// stories.ts). A trigger on memberships keeps them, so every write path (ingest, migrate-store,
// rule rematches, removals and their cascades, story rebuilds) updates them in its own
// transaction. Rows a removal empties stay at zero and are skipped on read.
import type { Migration } from "./index.ts";

/** Version 9: topic_days, topic_stories and the memberships trigger that keeps them. */
export const topicSummariesMigration: Migration = {
  version: 9,
  name: "topic-summaries",
  sql: `
CREATE TABLE topic_days (
  topic TEXT NOT NULL REFERENCES topics(slug) ON DELETE CASCADE,
  day TEXT COLLATE "C" NOT NULL,
  -- counted memberships of the day; of those, the ones in a story; stories whose last day it is
  documents INTEGER NOT NULL DEFAULT 0,
  story_documents INTEGER NOT NULL DEFAULT 0,
  stories_ending INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (topic, day)
);

CREATE TABLE topic_stories (
  topic TEXT NOT NULL REFERENCES topics(slug) ON DELETE CASCADE,
  story TEXT COLLATE "C" NOT NULL,
  documents INTEGER NOT NULL,
  last_day TEXT COLLATE "C" NOT NULL,
  PRIMARY KEY (topic, story)
);
CREATE INDEX topic_stories_ending ON topic_stories(topic, last_day, documents);

-- The summaries from scratch (this migration, and bulk copies that set the trigger aside).
CREATE FUNCTION briefbot_rebuild_topic_summaries() RETURNS void LANGUAGE sql AS $fn$
DELETE FROM topic_days;
DELETE FROM topic_stories;
INSERT INTO topic_days (topic, day, documents, story_documents)
  SELECT topic, day, count(*), count(story) FROM memberships WHERE counted GROUP BY topic, day;
INSERT INTO topic_stories (topic, story, documents, last_day)
  SELECT topic, story, count(*), max(day) FROM memberships WHERE counted AND story IS NOT NULL
  GROUP BY topic, story;
UPDATE topic_days t SET stories_ending = s.n
  FROM (SELECT topic, last_day, count(*)::int AS n FROM topic_stories GROUP BY topic, last_day) s
  WHERE t.topic = s.topic AND t.day = s.last_day;
$fn$;
SELECT briefbot_rebuild_topic_summaries();

-- Takes a counted membership (and its story) out of the summaries, then puts the new one in.
-- AFTER ROW triggers run at the end of their statement, so a story's new last day is read from
-- memberships as the statement left them.
CREATE FUNCTION briefbot_topic_summaries() RETURNS trigger LANGUAGE plpgsql AS $fn$
DECLARE
  last_before TEXT COLLATE "C";
  last_after TEXT COLLATE "C";
  remaining INTEGER;
BEGIN
  IF TG_OP IN ('DELETE', 'UPDATE') AND OLD.counted THEN
    UPDATE topic_days SET documents = documents - 1,
      story_documents = story_documents - (OLD.story IS NOT NULL)::int
      WHERE topic = OLD.topic AND day = OLD.day;
    IF OLD.story IS NOT NULL THEN
      UPDATE topic_stories SET documents = documents - 1 WHERE topic = OLD.topic AND story = OLD.story
        RETURNING documents, last_day INTO remaining, last_before;
      IF FOUND THEN
        IF remaining <= 0 THEN
          DELETE FROM topic_stories WHERE topic = OLD.topic AND story = OLD.story;
          UPDATE topic_days SET stories_ending = stories_ending - 1 WHERE topic = OLD.topic AND day = last_before;
        ELSIF OLD.day = last_before THEN
          SELECT max(day) INTO last_after FROM memberships
            WHERE topic = OLD.topic AND story = OLD.story AND counted;
          IF last_after IS NOT NULL AND last_after <> last_before THEN
            UPDATE topic_stories SET last_day = last_after WHERE topic = OLD.topic AND story = OLD.story;
            UPDATE topic_days SET stories_ending = stories_ending - 1 WHERE topic = OLD.topic AND day = last_before;
            INSERT INTO topic_days (topic, day, stories_ending) VALUES (OLD.topic, last_after, 1)
              ON CONFLICT (topic, day) DO UPDATE SET stories_ending = topic_days.stories_ending + 1;
          END IF;
        END IF;
      END IF;
    END IF;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.counted THEN
    INSERT INTO topic_days (topic, day, documents, story_documents)
      VALUES (NEW.topic, NEW.day, 1, (NEW.story IS NOT NULL)::int)
      ON CONFLICT (topic, day) DO UPDATE SET documents = topic_days.documents + 1,
        story_documents = topic_days.story_documents + excluded.story_documents;
    IF NEW.story IS NOT NULL THEN
      SELECT last_day INTO last_before FROM topic_stories WHERE topic = NEW.topic AND story = NEW.story;
      IF NOT FOUND THEN
        INSERT INTO topic_stories (topic, story, documents, last_day) VALUES (NEW.topic, NEW.story, 1, NEW.day);
        UPDATE topic_days SET stories_ending = stories_ending + 1 WHERE topic = NEW.topic AND day = NEW.day;
      ELSE
        UPDATE topic_stories SET documents = documents + 1, last_day = greatest(last_day, NEW.day)
          WHERE topic = NEW.topic AND story = NEW.story;
        IF NEW.day > last_before THEN
          UPDATE topic_days SET stories_ending = stories_ending - 1 WHERE topic = NEW.topic AND day = last_before;
          UPDATE topic_days SET stories_ending = stories_ending + 1 WHERE topic = NEW.topic AND day = NEW.day;
        END IF;
      END IF;
    END IF;
  END IF;
  RETURN NULL;
END
$fn$;

CREATE TRIGGER memberships_summaries AFTER INSERT OR DELETE ON memberships
  FOR EACH ROW EXECUTE FUNCTION briefbot_topic_summaries();
CREATE TRIGGER memberships_summaries_update AFTER UPDATE OF topic, day, counted, story ON memberships
  FOR EACH ROW WHEN ((OLD.topic, OLD.day, OLD.counted, OLD.story) IS DISTINCT FROM (NEW.topic, NEW.day, NEW.counted, NEW.story))
  EXECUTE FUNCTION briefbot_topic_summaries();
`,
};
