// What the ingest and poll subcommands (and the scheduler's feed polling) share: the ingest options
// the configuration implies, and one poll of the topics' feeds.
import type { Config } from "../config.ts";
import type { Store } from "../core/ports.ts";
import {
  type IngestItem,
  type IngestOptions,
  type IngestSummary,
  ingestSources,
  summarise,
} from "./ingest.ts";

/** Ingest options from the configuration: size limit, fetch policy, known-URL check. */
export function configuredIngestOptions(config: Config, store: Store): IngestOptions {
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
  store: Store,
  onProgress?: IngestOptions["onProgress"],
): Promise<IngestSummary> {
  const items: IngestItem[] = [];
  for (const topic of await store.listTopics()) {
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
