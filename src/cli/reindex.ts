// `briefbot reindex [--all] [--stories]`: re-extracts the documents whose stored brief came from
// another engine version (or every document with --all), each in its own transaction, then
// regroups the stories from the new extracts (with --stories, also when nothing was stale).
import { extractBrief } from "../core/brief/extract-brief.ts";
import { ENGINE_VERSION } from "../core/schemas.ts";
import { type IngestItem, summarise } from "../ingest/ingest.ts";
import { formatSummary, progressBar } from "../ingest/progress.ts";
import type { CliIo } from "./io.ts";
import { parseCliArgs, withApp } from "./with-app.ts";

/** Runs `briefbot reindex`. */
export async function run(args: string[], io: CliIo): Promise<number> {
  const { values } = parseCliArgs(
    { args, options: { all: { type: "boolean" }, stories: { type: "boolean" } } },
    "briefbot reindex [--all] [--stories]",
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
      // Stories were grouped from the old extracts: group them again from the new ones.
      if (summary.added > 0 || values.stories === true) {
        const regrouped = await store.rebuildStories();
        io.stdout(`regrouped ${regrouped.documents} documents into ${regrouped.stories} stories\n`);
      }
      return summary.skipped > 0 ? 1 : 0;
    },
    { skipBundled: true, skipStaleCheck: true },
  );
}
