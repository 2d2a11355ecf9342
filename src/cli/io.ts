// What every CLI subcommand gets: where to write and whether a human is watching. Passed in so that
// tests and the dispatcher can capture output without touching process.stdout.

/** The output side of a CLI subcommand. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Whether stdout is a terminal (colours, progress bars, prompts). */
  isTTY: boolean;
}

/** A CLI subcommand module: `src/cli/<name>.ts` exports `run`, resolving to the exit code. */
export type CliRun = (args: string[], io: CliIo) => Promise<number>;
