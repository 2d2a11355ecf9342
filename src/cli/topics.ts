// `briefbot topics [--json]` is the chat command /topics; `briefbot topics rematch [--json]` matches
// every stored document against the current topics again (commands/topics-rematch.ts).
import { topicsAdminCommand } from "../../commands/topics-rematch.ts";
import { runCommand } from "./command.ts";
import type { CliIo } from "./io.ts";

/** Runs `briefbot topics ...`; resolves to the exit code. */
export async function run(args: string[], io: CliIo): Promise<number> {
  if (args.find((arg) => !arg.startsWith("-")) === "rematch") {
    return runCommand("topics", args, io, [topicsAdminCommand]);
  }
  return runCommand("topics", args, io);
}
