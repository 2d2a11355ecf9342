// `briefbot <command> ...` for every command of commands/ served on the command line: the same
// parse -> validate -> permission -> run as chat (commands/execute.ts), with flags generated from
// the command's fields. Bad input is refused before the store is opened; `--json` prints the
// command's data (its schema: `briefbot schema <command>`), `--markdown` the reply as Markdown.
import type { CommandContext, CommandDefinition } from "../../commands/command.ts";
import { type Executed, perform, prepare } from "../../commands/execute.ts";
import { renderMarkdown } from "../adapters/terminal/render-markdown.ts";
import { renderText } from "../adapters/terminal/render-text.ts";
import { takeChartFile, writeCharts } from "./chart-file.ts";
import type { CliIo } from "./io.ts";
import { withApp } from "./with-app.ts";

/** The context of commands run from the command line: the person at the shell manages everything. */
export const CLI_CONTEXT: CommandContext = {
  platform: "cli",
  channelId: "cli",
  userId: "local",
  canManageChannel: true,
};

/** Prints a result in the format asked for. */
export function printResult(result: Pick<Executed, "data" | "reply" | "format">, io: CliIo): void {
  if (result.format === "json") io.stdout(`${JSON.stringify(result.data, null, 2)}\n`);
  else if (result.format === "markdown") io.stdout(renderMarkdown(result.reply));
  else io.stdout(renderText(result.reply, { color: io.isTTY }));
}

/**
 * Runs the command `name` with the command-line arguments `args` (from `definitions`, the chat
 * commands unless a command-line-only list is given); resolves to the exit code.
 */
export async function runCommand(
  name: string,
  args: readonly string[],
  io: CliIo,
  definitions?: readonly CommandDefinition[],
): Promise<number> {
  // `brief --chart FILE.png`: the command is asked for charts, the CLI writes them to FILE.
  const chart = name === "brief" ? takeChartFile(args) : { args: [...args], file: null };
  const prepared = prepare(name, { argv: chart.args }, "cli", definitions);
  if (prepared.kind === "help") {
    printResult(prepared, io);
    return 0;
  }
  return withApp(async (app) => {
    const result = await perform(prepared, CLI_CONTEXT, app.deps);
    printResult(result, io);
    if (chart.file !== null) {
      const charts = result.reply.charts ?? [];
      for (const line of writeCharts(chart.file, charts)) io.stderr(`briefbot: ${line}\n`);
      if (charts.length === 0) io.stderr("briefbot: no chart written: no documents in this window\n");
    }
    return 0;
  });
}
