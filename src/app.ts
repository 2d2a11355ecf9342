// Builds what every adapter and CLI command shares: the open Store with the bundled briefs
// loaded, and the CommandDeps. One place, so that Slack, Discord, the terminal and the CLI answer
// from the same data.
import type { CommandDeps } from "../commands/command.ts";
import type { Config } from "./config.ts";
import type { Clock, InstallationStore, Store } from "./core/ports.ts";
import type { InvalidTopic } from "./core/topic.ts";
import { loadDocumentFile } from "./ingest/document-file.ts";
import { readTopicFolders, type TopicFolder, warnInvalidTopics } from "./ingest/topics.ts";
import type { Logger } from "./logger.ts";
import { openStorePorts } from "./store/open-store.ts";

/** The wired application: command dependencies and a close that releases the store. */
export interface App {
  deps: CommandDeps;
  /** Slack installations (OAuth mode): the Slack adapter and digest posters read tokens here. */
  installations: InstallationStore;
  /** Releases the store; a second call does nothing. */
  close(): Promise<void>;
}

/** Options of createApp. */
export interface AppOptions {
  logger: Logger;
  /** Skip loading `briefs/` (tests that seed their own store). */
  skipBundled?: boolean;
  /** Skip the warning about documents of an older engine (`briefbot reindex` itself). */
  skipStaleCheck?: boolean;
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
    for (const folder of folders) await store.upsertTopic(folder.topic);
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
    if (!(await store.getTopic(folder.topic.slug))) return false;
    for (const path of folder.documents) {
      let id: string;
      try {
        id = (await loadDocumentFile(path, { maxBytes })).id;
      } catch {
        // A bad file: the full loader reports it.
        return false;
      }
      const stored = await store.getDocument(id);
      if (!stored?.document.topics.includes(folder.topic.slug)) return false;
    }
  }
  return true;
}

/** Opens the store, loads the bundled briefs idempotently, returns the deps (built once, never changed). */
export async function createApp(config: Config, options: AppOptions): Promise<App> {
  const clock = options.clock ?? (() => new Date());
  // The one place a process opens its storage: every port on one connection.
  const ports = await openStorePorts(config, { clock });
  const { store } = ports;
  let invalidTopics: InvalidTopic[] = [];
  try {
    if (!options.skipBundled) invalidTopics = await loadBundled(store, config, options.logger);
    // Extracts of an older engine still answer, but not as well: say how to refresh them.
    const stale = options.skipStaleCheck ? 0 : (await store.staleDocumentIds()).length;
    if (stale > 0) {
      options.logger.warn({ stale }, "documents were extracted by an older engine: run `briefbot reindex`");
    }
  } catch (error) {
    await ports.close();
    throw error;
  }
  // Metrics only when /metrics is served: prom-client is not loaded for a CLI call.
  const metrics =
    config.BRIEFBOT_HEALTH_PORT === undefined
      ? undefined
      : (await import("./ops/metrics.ts")).createMetrics();
  let closed = false;
  return {
    installations: ports.installations,
    deps: {
      store,
      clock,
      ...(metrics ? { metrics } : {}),
      // brief-message fetches links under the same policy as `briefbot ingest`.
      ingest: {
        allowPrivateUrls: config.BRIEFBOT_ALLOW_PRIVATE_URLS,
        maxDocumentBytes: config.BRIEFBOT_MAX_DOCUMENT_BYTES,
      },
      // Digests in every process: the terminal and the CLI list and preview them as the platforms do.
      digest: {
        digests: ports.digests,
        source: ports.digestSource,
        defaultTimeZone: config.BRIEFBOT_TZ,
        firstWindowMs: config.BRIEFBOT_DIGEST_FIRST_WINDOW,
      },
      invalidTopics,
    },
    async close() {
      if (closed) return;
      closed = true;
      await ports.close();
    },
  };
}
