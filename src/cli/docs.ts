// `briefbot docs <topic> [--json]` and `briefbot docs remove <id> [--json]`: commands/docs.ts through
// the one pipeline (commands/execute.ts). A first word that is not a subcommand is a topic: `list`.
import { docsCommand } from "../../commands/docs.ts";
import { runCommand } from "./command.ts";
import type { CliIo } from "./io.ts";

/** Runs `briefbot docs ...`; resolves to the exit code. */
export async function run(args: string[], io: CliIo): Promise<number> {
  const first = args.find((arg) => !arg.startsWith("-"));
  const named = first === undefined || first === "list" || first === "remove" || first === "help";
  return runCommand("docs", named ? args : ["list", ...args], io, [docsCommand]);
}
