// `briefbot ingest <file|folder|url|feed-url>... [--topic t]... [--json]`: a progress bar on a
// terminal, a summary at the end. Exit 0 when everything went in, 2 when some items were skipped.
import { loadConfig } from "../config.ts";
import { BriefbotError } from "../core/errors.ts";
import { defaultPoolSize } from "../ingest/extract-pool.ts";
import { ingestSources } from "../ingest/ingest.ts";
import { formatSummary, progressBar } from "../ingest/progress.ts";
import { configuredIngestOptions } from "../ingest/setup.ts";
import type { CliIo } from "./io.ts";
import { parseCliArgs, withApp } from "./with-app.ts";

const USAGE = "briefbot ingest <file|folder|url|feed-url>... [--topic t] [--json]";

/** Runs `briefbot ingest`. */
export async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCliArgs(
    {
      args,
      allowPositionals: true,
      options: { topic: { type: "string", short: "t", multiple: true }, json: { type: "boolean" } },
    },
    USAGE,
  );
  if (positionals.length === 0) {
    throw new BriefbotError("INPUT_INVALID", "ingest needs at least one file, folder, URL or feed URL", {
      hints: [`usage: ${USAGE}`],
    });
  }
  const config = loadConfig();
  return withApp(async ({ deps: { store } }) => {
    const topics = values.topic ?? [];
    await store.requireTopics(topics);
    const bar = (io.isTTY || process.stderr.isTTY === true) && !values.json ? progressBar(io.stderr) : null;
    const summary = await ingestSources(positionals, {
      ...configuredIngestOptions(config, store),
      topics,
      workers: defaultPoolSize(),
      ...(bar ? { onProgress: bar.update } : {}),
    });
    bar?.finish();
    io.stdout(values.json ? `${JSON.stringify(summary, null, 2)}\n` : formatSummary(summary));
    return summary.skipped > 0 ? 2 : 0;
  });
}
