// A change counter for digest subscriptions: every statement that inserts, updates or deletes
// subscriptions (cascaded deletes included) bumps it, in its own transaction. A replica keeps the
// list it read and reads it again only when the counter has moved: a scheduler tick over 100,000
// subscriptions then costs one row read instead of 100,000 rows parsed and validated.
import type { Migration } from "./index.ts";

/** Version 10: subscription_version and the trigger that keeps it. */
export const subscriptionVersionMigration: Migration = {
  version: 10,
  name: "subscription-version",
  sql: `
CREATE TABLE subscription_version (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  version BIGINT NOT NULL
);
INSERT INTO subscription_version (id, version) VALUES (1, 0);

CREATE FUNCTION subscriptions_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  UPDATE subscription_version SET version = version + 1 WHERE id = 1;
  RETURN NULL;
END
$$;

CREATE TRIGGER subscriptions_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON digest_subscriptions
  FOR EACH STATEMENT EXECUTE FUNCTION subscriptions_changed();
`,
};
