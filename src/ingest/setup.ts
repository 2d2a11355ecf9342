// What the ingest, poll and reindex subcommands share: the configured store with the bundled
// topics loaded, and the ingest options the configuration implies.
import type { Config } from "../config.ts";
import type { Clock } from "../core/ports.ts";
import { openStore, type SqliteStore } from "../store/sqlite-store.ts";
import { loadBundledBriefs } from "./bundled.ts";
import type { IngestOptions } from "./ingest.ts";

/** Opens BRIEFBOT_DB and loads BRIEFBOT_BRIEFS_DIR into it; the caller closes the store. */
export async function openConfiguredStore(config: Config, clock?: Clock): Promise<SqliteStore> {
  const store = openStore(config.BRIEFBOT_DB, clock ? { clock } : {});
  try {
    await loadBundledBriefs(store, config.BRIEFBOT_BRIEFS_DIR, {
      maxBytes: config.BRIEFBOT_MAX_DOCUMENT_BYTES,
    });
  } catch (error) {
    store.close();
    throw error;
  }
  return store;
}

/** Ingest options from the configuration: size limit, fetch policy, known-URL check. */
export function configuredIngestOptions(config: Config, store: SqliteStore): IngestOptions {
  return {
    store,
    maxBytes: config.BRIEFBOT_MAX_DOCUMENT_BYTES,
    fetch: { allowPrivate: config.BRIEFBOT_ALLOW_PRIVATE_URLS, maxBytes: config.BRIEFBOT_MAX_DOCUMENT_BYTES },
    knownUrl: (url) => store.hasUrl(url),
  };
}
