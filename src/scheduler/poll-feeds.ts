// Feed polling for the scheduler: what `briefbot poll` does, on the open store, without output.
import type { Config } from "../config.ts";
import type { Store } from "../core/ports.ts";
import { pollTopicFeeds } from "../ingest/setup.ts";
import { SqliteStore } from "../store/sqlite-store.ts";
import type { DigestLogger } from "./digest-runner.ts";

/** A poll function over the store's topics and their feeds, or undefined for another Store. */
export function feedPoller(
  config: Config,
  store: Store,
  logger: DigestLogger,
): (() => Promise<void>) | undefined {
  if (!(store instanceof SqliteStore)) return undefined;
  return async () => {
    const { items, added, duplicates, skipped } = await pollTopicFeeds(config, store);
    if (items.length === 0) return;
    logger.info({ added, duplicates, skipped }, "feeds polled");
  };
}
