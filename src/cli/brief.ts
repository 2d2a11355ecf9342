// `briefbot brief <topic> [--since 7d|2026-01-01] [--json|--markdown]`.
import { briefCommand, topicBriefReply } from "../../commands/brief.ts";
import { requireTopic } from "../../commands/known-topics.ts";
import { parseSince } from "../../commands/since.ts";
import { renderMarkdown } from "../adapters/terminal/render-markdown.ts";
import { renderText } from "../adapters/terminal/render-text.ts";
import { BriefbotError } from "../core/errors.ts";
import type { CliIo } from "./io.ts";
import { parseCliArgs, parseForCli, withApp } from "./with-app.ts";

const USAGE = "briefbot brief <topic> [--since 7d|2026-01-01] [--json|--markdown]";

/** Prints the brief of a topic. */
export async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCliArgs(
    {
      args,
      options: {
        since: { type: "string" },
        json: { type: "boolean", default: false },
        markdown: { type: "boolean", default: false },
      },
      allowPositionals: true,
      strict: true,
    },
    USAGE,
  );
  if (positionals[0] === "help") {
    io.stdout(`usage: ${USAGE}\n`);
    return 0;
  }
  if (positionals.length !== 1) {
    throw new BriefbotError(
      "INPUT_INVALID",
      positionals.length === 0 ? "a topic is needed" : "give one topic",
      {
        hints: [`usage: ${USAGE}`],
      },
    );
  }
  if (values.json && values.markdown) {
    throw new BriefbotError("INPUT_INVALID", "choose one of --json and --markdown", {
      hints: [`usage: ${USAGE}`],
    });
  }
  // The same validation as /brief, so the CLI and chat accept the same values.
  const input = parseForCli(
    briefCommand,
    [positionals[0] ?? "", values.since ?? ""].map(quoteIfSpaced).join(" "),
    USAGE,
  );
  return withApp(async (app) => {
    const topic = await requireTopic(app.deps.store, input.topic);
    const now = app.deps.clock();
    const since = input.since ? parseSince(input.since, now) : null;
    const brief = await app.deps.store.topicBrief(topic.slug, { now, since });
    if (values.json) io.stdout(`${JSON.stringify(brief, null, 2)}\n`);
    else if (values.markdown) io.stdout(renderMarkdown(topicBriefReply(brief)));
    else io.stdout(renderText(topicBriefReply(brief), { color: io.isTTY }));
    return 0;
  });
}

const quoteIfSpaced = (value: string): string =>
  /\s/.test(value) ? `"${value.replaceAll('"', "")}"` : value;
