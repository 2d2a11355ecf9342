// `briefbot chat`: the terminal chat even when platform tokens are set (a local console).
import { runTerminal } from "../adapters/terminal/run-terminal.ts";
import type { CliIo } from "./io.ts";
import { parseCliArgs, withApp } from "./with-app.ts";

/** Runs the terminal chat on stdin and stdout until /quit or end of input. */
export async function run(args: string[], _io: CliIo): Promise<number> {
  parseCliArgs({ args, options: {}, allowPositionals: false, strict: true }, "briefbot chat");
  await withApp((app) => runTerminal({ deps: app.deps, input: process.stdin, output: process.stdout }));
  return 0;
}
