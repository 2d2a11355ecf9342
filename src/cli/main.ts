// The `briefbot` command line: a table of subcommands, each loaded only when called so that a cold
// start pays for one module graph, not all of them. bin/briefbot.js imports this file.
import { pathToFileURL } from "node:url";
import { isBriefbotError } from "../core/errors.ts";
import type { CliIo, CliRun } from "./io.ts";

/** One subcommand: a one-line summary for `briefbot help` and its lazily imported module. */
interface Subcommand {
  summary: string;
  load: () => Promise<{ run: CliRun }>;
}

/** Every subcommand. Others register theirs with one line here. */
export const SUBCOMMANDS: Record<string, Subcommand> = {
  start: {
    summary: "start the bot (Slack, Discord, scheduler; the terminal chat when no token is set)",
    load: () => import("./start.ts"),
  },
  chat: { summary: "chat with briefbot in this terminal", load: () => import("./chat.ts") },
  brief: {
    summary: "brief <topic> [--since 7d|2026-01-01] [--json|--markdown]",
    load: () => import("./brief.ts"),
  },
  quote: {
    summary: "quote <words> [--speaker name] [--topic t] [--limit n] [--json]",
    load: () => import("./quote.ts"),
  },
  who: { summary: "who <name> [--topic t] [--json]", load: () => import("./who.ts") },
  topics: { summary: "topics [--json]: the known topics", load: () => import("./topics.ts") },
  help: { summary: "this list", load: async () => ({ run: helpRun }) },
  version: { summary: "the version", load: () => import("./version.ts") },
  extract: {
    summary: "extract [--json] FILE...: the brief of each document",
    load: () => import("./extract.ts"),
  },
  schema: { summary: "the JSON Schema of a document brief", load: () => import("./schema.ts") },
  ingest: {
    summary: "ingest <file|folder|url|feed-url>... [--topic t] [--json]: add documents",
    load: () => import("./ingest.ts"),
  },
  poll: { summary: "poll [--json]: read the feeds listed in the topics", load: () => import("./poll.ts") },
  reindex: {
    summary: "reindex [--all]: re-extract documents stored by another engine version",
    load: () => import("./reindex.ts"),
  },
  discord: {
    summary: "discord register [--guild ID] [--dry-run]: register the slash commands",
    load: () => import("./discord.ts"),
  },
  digest: {
    summary: "digest subscribe|unsubscribe|list|run-due: scheduled digests (run-due: every due slot once)",
    load: () => import("./digest.ts"),
  },
  "migrate-store": {
    summary: "migrate-store --from sqlite:PATH --to postgres://...: copy into PostgreSQL",
    load: () => import("./migrate-store.ts"),
  },
};

const ALIASES: Record<string, string> = {
  "--help": "help",
  "-h": "help",
  "--version": "version",
  "-v": "version",
  "-V": "version",
};

/** Codes that mean the caller gave bad input (exit 2) rather than that something broke (exit 1). */
const BAD_INPUT = new Set([
  "INPUT_INVALID",
  "COMMAND_NOT_FOUND",
  "TOPIC_NOT_FOUND",
  "ACTOR_NOT_FOUND",
  "CONFIG_INVALID",
  "DOCUMENT_INVALID",
  "DOCUMENT_EMPTY",
  "DOCUMENT_BINARY",
  "DOCUMENT_ENCODING",
  "DOCUMENT_TOO_LARGE",
  "DOCUMENT_UNREADABLE",
  "TOPIC_INVALID",
  "SCHEDULE_INVALID",
  "TIMEZONE_INVALID",
  "SUBSCRIPTION_NOT_FOUND",
]);

/** The text of `briefbot help`. */
export function usage(): string {
  const names = Object.keys(SUBCOMMANDS);
  const width = Math.max(...names.map((name) => name.length));
  const lines = names.map((name) => `  ${name.padEnd(width)}  ${SUBCOMMANDS[name]?.summary ?? ""}`);
  return `usage: briefbot <command> [options]\n\ncommands:\n${lines.join("\n")}\n\n\`npm start\` runs \`briefbot start\`.\n`;
}

async function helpRun(_args: string[], io: CliIo): Promise<number> {
  io.stdout(usage());
  return 0;
}

/** Prints an error the way a user should see it: message, hints, code; never a stack. Returns the exit code. */
export function reportError(error: unknown, io: CliIo): number {
  if (isBriefbotError(error)) {
    const hints = error.hints.length > 0 ? `\n${error.hints.map((hint) => `  ${hint}`).join("\n")}` : "";
    io.stderr(`briefbot: ${error.message} [${error.code}]${hints}\n`);
    return BAD_INPUT.has(error.code) ? 2 : 1;
  }
  const message = error instanceof Error ? error.message : String(error);
  io.stderr(`briefbot: internal error: ${message} [INTERNAL]\n`);
  return 1;
}

/** Runs one command line; resolves to the exit code. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined) {
    io.stdout(usage());
    return 0;
  }
  const name = ALIASES[first] ?? first;
  const subcommand = Object.hasOwn(SUBCOMMANDS, name) ? SUBCOMMANDS[name] : undefined;
  if (!subcommand) {
    io.stderr(`briefbot: unknown command "${first}" [COMMAND_NOT_FOUND]\n\n${usage()}`);
    return 2;
  }
  try {
    const module = await subcommand.load();
    return await module.run(rest, io);
  } catch (error) {
    return reportError(error, io);
  }
}

/** The process's own io. */
export const processIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  isTTY: process.stdout.isTTY === true,
};

// Run only when started as the program (bin/briefbot.js), not when a test imports the table.
const entry = process.argv[1];
const isEntry =
  entry !== undefined && (/briefbot(\.js)?$/.test(entry) || import.meta.url === pathToFileURL(entry).href);
if (isEntry) {
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    // `briefbot topics | head -1`: a closed pipe is not an error worth a stack trace.
    if (error.code === "EPIPE") process.exit(0);
    throw error;
  });
  process.exitCode = await runCli(process.argv.slice(2), processIo);
}
