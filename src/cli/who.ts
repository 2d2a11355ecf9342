// `briefbot who <name> [--topic t] [--json]`.
import { whoCommand } from "../../commands/who.ts";
import { renderText } from "../adapters/terminal/render-text.ts";
import type { CliIo } from "./io.ts";
import { CLI_CONTEXT, parseCliArgs, parseForCli, withApp } from "./with-app.ts";

const USAGE = "briefbot who <name> [--topic t] [--json]";

/** Prints an actor's profile. */
export async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCliArgs(
    {
      args,
      options: { topic: { type: "string" }, json: { type: "boolean", default: false } },
      allowPositionals: true,
      strict: true,
    },
    USAGE,
  );
  const quoted = (value: string) => `"${value.replaceAll('"', "")}"`;
  const name = positionals.join(" ");
  const text = [
    name === "" ? "" : `name:${quoted(name)}`,
    values.topic === undefined ? "" : `topic:${quoted(values.topic)}`,
  ].join(" ");
  const input = parseForCli(whoCommand, text, USAGE);
  return withApp(async (app) => {
    if (values.json) {
      const profile = await app.deps.store.actorProfile(
        input.name,
        input.topic ? { topic: input.topic } : {},
      );
      if (profile) {
        io.stdout(`${JSON.stringify(profile, null, 2)}\n`);
        return 0;
      }
    }
    // Not found (or not --json): the command throws ACTOR_NOT_FOUND with suggestions.
    io.stdout(renderText(await whoCommand.run(app.deps, input, CLI_CONTEXT), { color: io.isTTY }));
    return 0;
  });
}
