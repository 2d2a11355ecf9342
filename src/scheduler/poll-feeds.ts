// Feed polling for the scheduler: what `briefbot poll` does, on the open store, without output.
import type { Config } from "../config.ts";
import type { Store } from "../core/ports.ts";
import { pollTopicFeeds } from "../ingest/setup.ts";
import type { DigestLogger } from "./digest-runner.ts";

/** A poll function over the store's topics and their feeds. */
export function feedPoller(config: Config, store: Store, logger: DigestLogger): () => Promise<void> {
  return async () => {
    const { items, added, duplicates, skipped } = await pollTopicFeeds(config, store);
    if (items.length === 0) return;
    logger.info({ added, duplicates, skipped }, "feeds polled");
  };
}
