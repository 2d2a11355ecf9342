// `briefbot poll [--json]`: reads the feeds listed in every topic.yaml and ingests new items into
// their topic. The digest scheduler runs it on BRIEFBOT_POLL_CRON.
import { loadConfig } from "../config.ts";
import { formatSummary, progressBar } from "../ingest/progress.ts";
import { pollTopicFeeds } from "../ingest/setup.ts";
import type { CliIo } from "./io.ts";
import { parseCliArgs, withApp } from "./with-app.ts";

/** Runs `briefbot poll`. */
export async function run(args: string[], io: CliIo): Promise<number> {
  const { values } = parseCliArgs({ args, options: { json: { type: "boolean" } } }, "briefbot poll [--json]");
  const config = loadConfig();
  return withApp(async ({ deps: { store } }) => {
    const bar = (io.isTTY || process.stderr.isTTY === true) && !values.json ? progressBar(io.stderr) : null;
    const summary = await pollTopicFeeds(config, store, bar?.update);
    bar?.finish();
    io.stdout(values.json ? `${JSON.stringify(summary, null, 2)}\n` : formatSummary(summary));
    return summary.skipped > 0 ? 2 : 0;
  });
}
