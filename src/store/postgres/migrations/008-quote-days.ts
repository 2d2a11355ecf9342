// The day of each quote's document on the quote row, so that /brief reads the newest quotes of the
// topic's prominent speakers from an index on (speaker, day) and stops at the few it shows,
// instead of walking every membership of the topic to find them (a topic whose most prominent
// actors are rarely or never quoted read all of its quotes). A document's day never changes.
import type { Migration } from "./index.ts";

/** Version 8: quotes.day (copied from documents.day) and its index by speaker. */
export const quoteDaysMigration: Migration = {
  version: 8,
  name: "quote-days",
  sql: `
ALTER TABLE quotes ADD COLUMN day TEXT COLLATE "C";
UPDATE quotes q SET day = d.day FROM documents d WHERE d.seq = q.doc_seq;
ALTER TABLE quotes ALTER COLUMN day SET NOT NULL;
CREATE INDEX quotes_speaker_day ON quotes(speaker_actor_id, day DESC, id) WHERE speaker_actor_id IS NOT NULL;
`,
};
