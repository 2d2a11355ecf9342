// `briefbot reindex [--all]`: re-extracts the documents whose stored brief came from another
// engine version (or every document with --all), each in its own transaction.
import { extractBrief } from "../core/brief/extract-brief.ts";
import { ENGINE_VERSION } from "../core/schemas.ts";
import { type IngestItem, summarise } from "../ingest/ingest.ts";
import { formatSummary, progressBar } from "../ingest/progress.ts";
import type { CliIo } from "./io.ts";
import { parseCliArgs, withApp } from "./with-app.ts";

/** Runs `briefbot reindex`. */
export async function run(args: string[], io: CliIo): Promise<number> {
  const { values } = parseCliArgs(
    { args, options: { all: { type: "boolean" } } },
    "briefbot reindex [--all]",
  );
  // No bundled briefs loaded first: reindex touches only what is stored.
  return withApp(
    async ({ deps: { store } }) => {
      const ids = await store.staleDocumentIds({ all: values.all === true });
      const bar = io.isTTY ? progressBar(io.stderr) : null;
      const items: IngestItem[] = [];
      for (const id of ids) {
        const source = await store.getSource(id);
        try {
          if (!source) throw new Error("vanished while reindexing");
          await store.replaceBrief(id, extractBrief(source));
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
    },
    { skipBundled: true, skipStaleCheck: true },
  );
}
