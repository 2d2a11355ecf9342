// Builds what every adapter and CLI command shares: the open Store with the bundled briefs
// loaded, and the CommandDeps. One place, so that Slack, Discord, the terminal and the CLI answer
// from the same data.
import type { CommandDeps } from "../commands/command.ts";
import type { Config } from "./config.ts";
import { BriefbotError, isBriefbotError } from "./core/errors.ts";
import type { Clock } from "./core/ports.ts";
import { loadBundledBriefs } from "./ingest/bundled.ts";
import type { Logger } from "./logger.ts";
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

/** Opens the store, loads the bundled briefs idempotently, returns the deps. */
export async function createApp(config: Config, options: AppOptions): Promise<App> {
  const clock = options.clock ?? (() => new Date());
  let store: ReturnType<typeof openStore>;
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
    if (!options.skipBundled) {
      const { topics, summary } = await loadBundledBriefs(store, config.BRIEFBOT_BRIEFS_DIR, {
        maxBytes: config.BRIEFBOT_MAX_DOCUMENT_BYTES,
      });
      for (const item of summary.items) {
        if (item.status === "skipped") {
          options.logger.warn(
            { source: item.source, code: item.code, reason: item.reason },
            "bundled document skipped",
          );
        }
      }
      if (topics.length === 0) {
        options.logger.warn({ dir: config.BRIEFBOT_BRIEFS_DIR }, "no topics found in BRIEFBOT_BRIEFS_DIR");
      }
      options.logger.info(
        { topics, added: summary.added, duplicates: summary.duplicates, skipped: summary.skipped },
        "bundled briefs loaded",
      );
    }
  } catch (error) {
    store.close();
    throw error;
  }
  let closed = false;
  return {
    deps: { store, clock },
    close() {
      if (closed) return;
      closed = true;
      store.close();
    },
  };
}
