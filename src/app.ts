// Builds what every adapter and CLI command shares: the open Store with the bundled briefs
// loaded, and the CommandDeps. One place, so that Slack, Discord, the terminal and the CLI answer
// from the same data.
import type { CommandDeps } from "../commands/command.ts";
import type { Config } from "./config.ts";
import { BriefbotError, isBriefbotError } from "./core/errors.ts";
import type { Clock, Store } from "./core/ports.ts";
import type { InvalidTopic } from "./core/topic.ts";
import { loadDocumentFile } from "./ingest/document-file.ts";
import { readTopicFolders, type TopicFolder, warnInvalidTopics } from "./ingest/topics.ts";
import type { Logger } from "./logger.ts";
import { createDigestServices } from "./store/sqlite-digest-services.ts";
import { openStore } from "./store/sqlite-store.ts";

/** The wired application: command dependencies and a close that releases the store. */
export interface App {
  deps: CommandDeps;
  close(): void;
}

/** Options of createApp. */
export interface AppOptions {
  logger: Logger;
  /** Skip loading `briefs/` (tests that seed their own store). */
  skipBundled?: boolean;
  clock?: Clock;
}

/**
 * Loads briefs/ into the store. Every start (and every CLI call) does this, so the usual case, where
 * each bundled document is already stored in its topic, takes a fast path that reads the files and
 * upserts the topics without importing the ingest pipeline (HTML, feeds, fetch: most of a cold start).
 */
async function loadBundled(store: Store, config: Config, logger: Logger): Promise<InvalidTopic[]> {
  const { folders, invalid } = await readTopicFolders(config.BRIEFBOT_BRIEFS_DIR);
  warnInvalidTopics(logger, invalid);
  if (folders.length === 0 && invalid.length === 0)
    logger.warn({ dir: config.BRIEFBOT_BRIEFS_DIR }, "no topics found in BRIEFBOT_BRIEFS_DIR");
  if (await allStored(store, folders, config.BRIEFBOT_MAX_DOCUMENT_BYTES)) {
    for (const folder of folders) store.upsertTopic(folder.topic);
    return invalid;
  }
  const { loadBundledBriefs } = await import("./ingest/bundled.ts");
  const { topics, summary } = await loadBundledBriefs(store, config.BRIEFBOT_BRIEFS_DIR, {
    maxBytes: config.BRIEFBOT_MAX_DOCUMENT_BYTES,
  });
  for (const item of summary.items) {
    if (item.status === "skipped") {
      logger.warn({ source: item.source, code: item.code, reason: item.reason }, "bundled document skipped");
    }
  }
  logger.info(
    { topics, added: summary.added, duplicates: summary.duplicates, skipped: summary.skipped },
    "bundled briefs loaded",
  );
  return invalid;
}

/** Whether every bundled document is already stored and in its topic (any doubt: false). */
async function allStored(store: Store, folders: readonly TopicFolder[], maxBytes: number): Promise<boolean> {
  for (const folder of folders) {
    if (!store.getTopic(folder.topic.slug)) return false;
    for (const path of folder.documents) {
      let id: string;
      try {
        id = (await loadDocumentFile(path, { maxBytes })).id;
      } catch {
        // A bad file: the full loader reports it.
        return false;
      }
      const stored = store.getDocument(id);
      if (!stored?.document.topics.includes(folder.topic.slug)) return false;
    }
  }
  return true;
}

/** Opens the store, loads the bundled briefs idempotently, returns the deps. */
export async function createApp(config: Config, options: AppOptions): Promise<App> {
  const clock = options.clock ?? (() => new Date());
  let store: ReturnType<typeof openStore>;
  let invalidTopics: InvalidTopic[] = [];
  try {
    store = openStore(config.BRIEFBOT_DB, { clock });
  } catch (error) {
    if (isBriefbotError(error)) throw error;
    // A path that cannot hold a database (its folder is a file, no permission): say which variable.
    const reason = error instanceof Error ? error.message : String(error);
    throw new BriefbotError(
      "STORE_FAILED",
      `cannot open the database ${config.BRIEFBOT_DB} (BRIEFBOT_DB): ${reason}`,
      {
        cause: error,
      },
    );
  }
  try {
    if (!options.skipBundled) invalidTopics = await loadBundled(store, config, options.logger);
    // Extracts of an older engine still answer, but not as well: say how to refresh them.
    const stale = store.staleDocumentIds().length;
    if (stale > 0) {
      options.logger.warn({ stale }, "documents were extracted by an older engine: run `briefbot reindex`");
    }
  } catch (error) {
    store.close();
    throw error;
  }
  let closed = false;
  return {
    // Digests in every process: the terminal and the CLI list and preview them as the platforms do.
    deps: {
      store,
      clock,
      // brief-message fetches links under the same policy as `briefbot ingest`.
      ingest: {
        allowPrivateUrls: config.BRIEFBOT_ALLOW_PRIVATE_URLS,
        maxDocumentBytes: config.BRIEFBOT_MAX_DOCUMENT_BYTES,
      },
      digest: createDigestServices(store, config),
      invalidTopics,
    },
    close() {
      if (closed) return;
      closed = true;
      store.close();
    },
  };
}
