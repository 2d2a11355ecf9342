// In-process CLI runs: a CliIo that keeps what a subcommand printed, and `briefbot ...args` run
// through the dispatcher with the current environment (the spawned binary is test/cli/run-cli.ts).
import type { CliIo } from "../../src/cli/io.ts";
import { runCli } from "../../src/cli/main.ts";

/** What an in-process run printed to each stream. */
export interface CapturedOutput {
  stdout: string;
  stderr: string;
}

/** A CliIo (not a terminal unless a test sets `io.isTTY`) and the text written to it so far. */
export function captureIo(): { io: CliIo; out: CapturedOutput } {
  const out: CapturedOutput = { stdout: "", stderr: "" };
  const io: CliIo = {
    stdout: (text) => {
      out.stdout += text;
    },
    stderr: (text) => {
      out.stderr += text;
    },
    isTTY: false,
  };
  return { io, out };
}

/** Runs `briefbot ...args` in this process: its exit code and what it printed. */
export async function runCliInProcess(...args: string[]): Promise<CapturedOutput & { code: number }> {
  const { io, out } = captureIo();
  const code = await runCli(args, io);
  return { code, ...out };
}
