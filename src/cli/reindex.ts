// `briefbot reindex [--all]`: re-extracts the documents whose stored brief came from another
// engine version (or every document with --all), each in its own transaction.
import { loadConfig } from "../config.ts";
import { extractBrief } from "../core/brief/extract-brief.ts";
import { ENGINE_VERSION } from "../core/schemas.ts";
import { type IngestItem, summarise } from "../ingest/ingest.ts";
import { formatSummary, progressBar } from "../ingest/progress.ts";
import { openStore } from "../store/sqlite-store.ts";
import type { CliIo } from "./io.ts";
import { parseCliArgs } from "./with-app.ts";

/** Runs `briefbot reindex`. */
export async function run(args: string[], io: CliIo): Promise<number> {
  const { values } = parseCliArgs(
    { args, options: { all: { type: "boolean" } } },
    "briefbot reindex [--all]",
  );
  const config = loadConfig();
  const store = openStore(config.BRIEFBOT_DB);
  try {
    const ids = store.staleDocumentIds(ENGINE_VERSION, values.all === true);
    const bar = io.isTTY ? progressBar(io.stderr) : null;
    const items: IngestItem[] = [];
    for (const id of ids) {
      const source = store.getSource(id);
      try {
        if (!source) throw new Error("vanished while reindexing");
        store.replaceBrief(id, extractBrief(source));
        items.push({ source: id, status: "added", documentId: id, title: source.title });
      } catch (error) {
        items.push({
          source: id,
          status: "skipped",
          reason: error instanceof Error ? error.message : String(error),
          code: "INTERNAL",
        });
      }
      bar?.update({ done: items.length, total: ids.length, current: source?.title ?? id });
    }
    bar?.finish();
    const summary = summarise(items);
    io.stdout(
      `re-extracted ${summary.added} of ${ids.length} documents with engine version ${ENGINE_VERSION}\n` +
        (summary.skipped > 0 ? formatSummary(summary) : ""),
    );
    return summary.skipped > 0 ? 1 : 0;
  } finally {
    store.close();
  }
}
