// Wires the digest ports onto the open SQLite store: the ledger and subscriptions on the same
// database file as the documents, so a digest and the documents it covers share one transaction log.
import type { DigestServices } from "../core/digest/digest-store.ts";
import { BriefbotError } from "../core/errors.ts";
import type { Store } from "../core/ports.ts";
import { createSqliteDigestSource } from "./sqlite-digest-source.ts";
import { createSqliteDigestStore } from "./sqlite-digest-store.ts";
import { SqliteStore } from "./sqlite-store.ts";

/** The digest settings from the configuration. */
export interface DigestSettings {
  BRIEFBOT_TZ: string;
  BRIEFBOT_DIGEST_FIRST_WINDOW: number;
}

/** Digest services over the SQLite store; throws STORE_FAILED for any other Store. */
export function createDigestServices(store: Store, config: DigestSettings): DigestServices {
  if (!(store instanceof SqliteStore)) {
    throw new BriefbotError("STORE_FAILED", "digests need the SQLite store");
  }
  return {
    digests: createSqliteDigestStore(store.db),
    source: createSqliteDigestSource(store, store.db),
    defaultTimeZone: config.BRIEFBOT_TZ,
    firstWindowMs: config.BRIEFBOT_DIGEST_FIRST_WINDOW,
  };
}
