// `briefbot quote <words> [--speaker name] [--topic t] [--limit n] [--json]`.

import { requireTopic } from "../../commands/known-topics.ts";
import { QUOTE_LIMIT, quoteCommand, quoteReply } from "../../commands/quote.ts";
import { renderText } from "../adapters/terminal/render-text.ts";
import { BriefbotError } from "../core/errors.ts";
import type { CliIo } from "./io.ts";
import { parseCliArgs, parseForCli, withApp } from "./with-app.ts";

const USAGE = "briefbot quote <words> [--speaker name] [--topic t] [--limit n] [--json]";

/** Prints the quotes found. */
export async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCliArgs(
    {
      args,
      options: {
        speaker: { type: "string" },
        topic: { type: "string" },
        limit: { type: "string" },
        json: { type: "boolean", default: false },
      },
      allowPositionals: true,
      strict: true,
    },
    USAGE,
  );
  const words = positionals.join(" ");
  const quoted = (value: string) => `"${value.replaceAll('"', "")}"`;
  const text = [
    words === "" ? "" : `words:${quoted(words)}`,
    values.speaker === undefined ? "" : `speaker:${quoted(values.speaker)}`,
    values.topic === undefined ? "" : `topic:${quoted(values.topic)}`,
  ].join(" ");
  const input = parseForCli(quoteCommand, text, USAGE);
  const limit = values.limit === undefined ? QUOTE_LIMIT : Number(values.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > 100) {
    throw new BriefbotError(
      "INPUT_INVALID",
      `--limit must be a whole number from 1 to 100, got "${values.limit}"`,
      {
        hints: [`usage: ${USAGE}`],
      },
    );
  }
  return withApp(async (app) => {
    if (input.topic) await requireTopic(app.deps.store, input.topic);
    const hits = await app.deps.store.searchQuotes({
      words: input.words,
      limit,
      ...(input.speaker ? { speaker: input.speaker } : {}),
      ...(input.topic ? { topic: input.topic } : {}),
    });
    io.stdout(
      values.json
        ? `${JSON.stringify(hits, null, 2)}\n`
        : renderText(quoteReply(hits, input), { color: io.isTTY }),
    );
    return 0;
  });
}
