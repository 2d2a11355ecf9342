// `briefbot topics [--json]`.
import { topicsCommand } from "../../commands/topics.ts";
import { renderText } from "../adapters/terminal/render-text.ts";
import type { CliIo } from "./io.ts";
import { CLI_CONTEXT, parseCliArgs, withApp } from "./with-app.ts";

const USAGE = "briefbot topics [--json]";

/** Lists the topics. */
export async function run(args: string[], io: CliIo): Promise<number> {
  const { values } = parseCliArgs(
    { args, options: { json: { type: "boolean", default: false } }, allowPositionals: false, strict: true },
    USAGE,
  );
  return withApp(async (app) => {
    if (values.json) {
      io.stdout(`${JSON.stringify(await app.deps.store.listTopics(), null, 2)}\n`);
    } else {
      io.stdout(renderText(await topicsCommand.run(app.deps, {}, CLI_CONTEXT), { color: io.isTTY }));
    }
    return 0;
  });
}
