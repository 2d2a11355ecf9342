// What the ingest, poll and reindex subcommands (and the scheduler's feed polling) share: the
// configured store with the bundled topics loaded, the ingest options the configuration implies,
// and one poll of the topics' feeds.
import type { Config } from "../config.ts";
import type { Clock } from "../core/ports.ts";
import { createLogger, terminalLogLevel } from "../logger.ts";
import { openStore, type SqliteStore } from "../store/sqlite-store.ts";
import { loadBundledBriefs } from "./bundled.ts";
import {
  type IngestItem,
  type IngestOptions,
  type IngestSummary,
  ingestSources,
  summarise,
} from "./ingest.ts";
import { warnInvalidTopics } from "./topics.ts";

/**
 * Opens BRIEFBOT_DB and loads BRIEFBOT_BRIEFS_DIR into it, warning (on stderr, as every CLI
 * command does) about topic files skipped as invalid; the caller closes the store.
 */
export async function openConfiguredStore(config: Config, clock?: Clock): Promise<SqliteStore> {
  const store = openStore(config.BRIEFBOT_DB, clock ? { clock } : {});
  try {
    const { invalid } = await loadBundledBriefs(store, config.BRIEFBOT_BRIEFS_DIR, {
      maxBytes: config.BRIEFBOT_MAX_DOCUMENT_BYTES,
    });
    warnInvalidTopics(createLogger(config, { level: terminalLogLevel(config) }), invalid);
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

/** Reads the feeds listed in every topic and ingests their new items into that topic. */
export async function pollTopicFeeds(
  config: Config,
  store: SqliteStore,
  onProgress?: IngestOptions["onProgress"],
): Promise<IngestSummary> {
  const items: IngestItem[] = [];
  for (const topic of store.listTopics()) {
    if (topic.feeds.length === 0) continue;
    const summary = await ingestSources(topic.feeds, {
      ...configuredIngestOptions(config, store),
      topics: [topic.slug],
      ...(onProgress ? { onProgress } : {}),
    });
    items.push(...summary.items);
  }
  return summarise(items);
}
