// `briefbot brief <topic> --chart FILE.png`: where chat attaches the charts, the command line
// writes them: the coverage timeline to FILE.png and the actor graph beside it, FILE-actors.png.
// The brief command itself only knows a yes/no `chart` field; the file name is the CLI's business.
import { writeFileSync } from "node:fs";
import { BriefbotError } from "../core/errors.ts";
import type { ReplyChart } from "../core/reply.ts";

const NEEDS_FILE = "--chart needs a file name ending in .png, e.g. --chart coverage.png";

/** Takes `--chart FILE.png` (or `--chart=FILE.png`) out of `args`: the rest keeps a bare `--chart` for the command. */
export function takeChartFile(args: readonly string[]): { args: string[]; file: string | null } {
  const rest: string[] = [];
  let file: string | null = null;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg !== "--chart" && !arg.startsWith("--chart=")) {
      rest.push(arg);
      continue;
    }
    if (file !== null) throw new BriefbotError("INPUT_INVALID", "--chart is given twice");
    const value = arg === "--chart" ? args[++i] : arg.slice("--chart=".length);
    if (value === undefined || value.trim() === "" || value.startsWith("-")) {
      throw new BriefbotError("INPUT_INVALID", NEEDS_FILE);
    }
    if (!/\.png$/i.test(value)) throw new BriefbotError("INPUT_INVALID", `${NEEDS_FILE} (got "${value}")`);
    file = value;
    rest.push("--chart");
  }
  return { args: rest, file };
}

/** Where each chart goes: the first (the timeline) at `file`, the others at `file` with `-<kind>` before .png. */
export function chartPaths(file: string, charts: readonly ReplyChart[]): string[] {
  const stem = file.replace(/\.png$/i, "");
  return charts.map((chart, i) => {
    if (i === 0) return file;
    const kind = /-([a-z]+)\.png$/.exec(chart.fileName)?.[1] ?? String(i + 1);
    return `${stem}-${kind}.png`;
  });
}

/** Writes the charts; returns one line per file for stderr. */
export function writeCharts(file: string, charts: readonly ReplyChart[]): string[] {
  const paths = chartPaths(file, charts);
  return charts.map((chart, i) => {
    const path = paths[i]!;
    try {
      writeFileSync(path, chart.png);
    } catch (error) {
      const why = error instanceof Error && "code" in error ? String(error.code) : "cannot write";
      throw new BriefbotError("INPUT_INVALID", `cannot write the chart to ${path} (${why})`, {
        cause: error,
      });
    }
    return `wrote ${path}: ${chart.title}, ${chart.width}×${chart.height}, ${Math.ceil(chart.png.length / 1024)} KB`;
  });
}
