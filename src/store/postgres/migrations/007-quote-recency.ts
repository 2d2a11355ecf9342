// Quote search ranks a bounded set of the newest matches (src/store/postgres/queries.ts). To find
// the newest matches of a word without fetching every matching row from the heap, each quote's
// search vector also holds the recency buckets its id falls in: `~1.<id / 2^12>`,
// `~2.<id / 2^16>` and `~3.<id / 2^20>`. A search ANDs the user's query with an OR of the buckets
// of one id range, newest range first, so GIN intersects the posting lists and only the rows of
// that range are read. No word of user text can become such a lexeme (the parser reads `~` as a
// separator and tsquery.ts keeps letters and digits only), and ranking uses the user's query
// alone. A trigger keeps the buckets right for every insert (copied vectors get their own).
import type { Migration } from "./index.ts";

/** Version 7: recency buckets in quotes.search. */
export const quoteRecencyMigration: Migration = {
  version: 7,
  name: "quote-recency",
  sql: `
CREATE FUNCTION quote_recency(id BIGINT) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT array_to_tsvector(ARRAY['~1.' || (id >> 12), '~2.' || (id >> 16), '~3.' || (id >> 20)])
$$;

CREATE FUNCTION quotes_recency() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW.search := ts_delete(NEW.search,
      ARRAY(SELECT l FROM unnest(tsvector_to_array(NEW.search)) AS l WHERE l LIKE '~%'))
    || quote_recency(NEW.id);
  RETURN NEW;
END
$$;

CREATE TRIGGER quotes_recency BEFORE INSERT OR UPDATE OF id, search ON quotes
  FOR EACH ROW EXECUTE FUNCTION quotes_recency();

-- Existing quotes get their buckets; the GIN index is rebuilt once rather than updated row by row.
DROP INDEX quotes_search;
UPDATE quotes SET search = search;
CREATE INDEX quotes_search ON quotes USING GIN (search);
`,
};
