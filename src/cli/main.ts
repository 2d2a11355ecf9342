// The `briefbot` command line: a table of subcommands, each loaded only when called so that a cold
// start pays for one module graph, not all of them. bin/briefbot.js imports this file.
import { pathToFileURL } from "node:url";
import { isBriefbotError } from "../core/errors.ts";
import type { CliIo, CliRun } from "./io.ts";
import { SCHEMA_NAMES } from "./schema-names.ts";

/** One subcommand of the command line only: summary, usage (for --help) and its lazily imported module. */
interface Subcommand {
  summary: string;
  usage: string;
  load: () => Promise<{ run: CliRun }>;
}

/**
 * The subcommands that are not chat commands. Chat commands (commands/index.ts: brief, quote, who,
 * topics, digest) are served by src/cli/command.ts with flags generated from their fields; digest
 * is here too for its shell-only `run-due`.
 */
export const SUBCOMMANDS: Record<string, Subcommand> = {
  start: {
    summary: "start the bot (Slack, Discord, scheduler; the terminal chat when no token is set)",
    usage: "briefbot start",
    load: () => import("./start.ts"),
  },
  chat: {
    summary: "chat with briefbot in this terminal",
    usage: "briefbot chat",
    load: () => import("./chat.ts"),
  },
  help: { summary: "this list", usage: "briefbot help", load: async () => ({ run: helpRun }) },
  version: { summary: "the version", usage: "briefbot --version", load: () => import("./version.ts") },
  extract: {
    summary: "the brief of each document file",
    usage: "briefbot extract [--json] FILE...",
    load: () => import("./extract.ts"),
  },
  schema: {
    summary: "the JSON Schema of a command's --json output",
    usage: `briefbot schema [${SCHEMA_NAMES.join("|")}]`,
    load: () => import("./schema.ts"),
  },
  ingest: {
    summary: "add documents from files, folders, URLs or feeds",
    usage: "briefbot ingest <file|folder|url|feed-url>... [--topic t]... [--json]",
    load: () => import("./ingest.ts"),
  },
  poll: {
    summary: "read the feeds listed in the topics",
    usage: "briefbot poll [--json]",
    load: () => import("./poll.ts"),
  },
  topics: {
    summary: "rematch: match every stored document against the current topics again",
    usage: "briefbot topics [--json] | briefbot topics rematch [--json]",
    load: () => import("./topics.ts"),
  },
  docs: {
    summary: "a topic's documents (id, date, title, source); remove: take one out",
    usage: "briefbot docs <topic> [--json] | briefbot docs remove <id> [--json]",
    load: () => import("./docs.ts"),
  },
  reindex: {
    summary: "re-extract documents stored by another engine version",
    usage: "briefbot reindex [--all]",
    load: () => import("./reindex.ts"),
  },
  discord: {
    summary: "register the slash commands with Discord",
    usage: "briefbot discord register [--guild ID | --global] [--dry-run] | briefbot discord commands",
    load: () => import("./discord.ts"),
  },
  digest: {
    summary: "scheduled digests; run-due: every due slot once",
    usage: "briefbot digest run-due [--now ISO] [--json]",
    load: () => import("./digest.ts"),
  },
  "migrate-store": {
    summary: "copy a SQLite store into PostgreSQL (resumable; counts checked)",
    usage: "briefbot migrate-store --from sqlite:PATH --to postgres://user:password@host:5432/db [--json]",
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

/** Subcommands whose module answers --help itself, through the command pipeline's help. */
const DELEGATES_HELP = new Set(["digest", "topics", "docs"]);

/** Codes that mean the caller gave bad input (exit 2) rather than that something broke (exit 1). */
const BAD_INPUT = new Set([
  "INPUT_INVALID",
  "COMMAND_NOT_FOUND",
  "TOPIC_NOT_FOUND",
  "ACTOR_NOT_FOUND",
  "DOCUMENT_NOT_FOUND",
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

/** The text of `briefbot help`: the chat commands (from their definitions) and the shell's own. */
export async function usage(): Promise<string> {
  const { COMMANDS } = await import("../../commands/index.ts");
  const { servedOn } = await import("../../commands/command.ts");
  const rows = new Map<string, string>();
  for (const definition of COMMANDS) {
    if (servedOn(definition, "cli")) rows.set(definition.name, definition.description);
  }
  for (const [name, subcommand] of Object.entries(SUBCOMMANDS)) {
    const known = rows.get(name);
    rows.set(name, known ? `${known} (${subcommand.summary})` : subcommand.summary);
  }
  const width = Math.max(...[...rows.keys()].map((name) => name.length));
  const lines = [...rows].map(([name, summary]) => `  ${name.padEnd(width)}  ${summary}`);
  return `usage: briefbot <command> [options]\n\ncommands:\n${lines.join("\n")}\n\nEach command takes --help. \`npm start\` runs \`briefbot start\`.\n`;
}

async function helpRun(_args: string[], io: CliIo): Promise<number> {
  io.stdout(await usage());
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

/** Whether `briefbot <name>` is a chat command served on the command line. */
async function isChatCommand(name: string): Promise<boolean> {
  const { COMMANDS } = await import("../../commands/index.ts");
  const { servedOn } = await import("../../commands/command.ts");
  return COMMANDS.some((definition) => definition.name === name && servedOn(definition, "cli"));
}

/** Runs one command line; resolves to the exit code. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined) {
    io.stdout(await usage());
    return 0;
  }
  const name = ALIASES[first] ?? first;
  const subcommand = Object.hasOwn(SUBCOMMANDS, name) ? SUBCOMMANDS[name] : undefined;
  try {
    if (subcommand && !DELEGATES_HELP.has(name)) {
      if (rest.includes("--help") || rest.includes("-h")) {
        io.stdout(`usage: ${subcommand.usage}\n${subcommand.summary}\n`);
        return 0;
      }
      const module = await subcommand.load();
      return await module.run(rest, io);
    }
    if (subcommand || (await isChatCommand(name))) {
      if (subcommand && DELEGATES_HELP.has(name)) return await (await subcommand.load()).run(rest, io);
      const { runCommand } = await import("./command.ts");
      return await runCommand(name, rest, io);
    }
  } catch (error) {
    return reportError(error, io);
  }
  io.stderr(`briefbot: unknown command "${first}" [COMMAND_NOT_FOUND]\n\n${await usage()}`);
  return 2;
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
