// The one command pipeline (DESIGN.md, rule 2): name -> parse -> validate -> permission -> run, for
// every adapter and the CLI. Adapters only turn their payload into a RawInput and render the Reply;
// a failure is thrown as a BriefbotError with the command's usage as hints, for the adapter's one
// top-level catch to answer.
import type { z } from "zod";
import { BriefbotError, isBriefbotError } from "../src/core/errors.ts";
import type { CommandSource } from "../src/core/platforms.ts";
import type { Reply } from "../src/core/reply.ts";
import { outcomeOf } from "../src/ops/metrics.ts";
import {
  type Command,
  type CommandContext,
  type CommandDefinition,
  type CommandDeps,
  type FieldInfo,
  fieldsOf,
  servedOn,
} from "./command.ts";
import { editDistance } from "./edit-distance.ts";
import { commandHelpReply, helpData, leaves, usageOf } from "./help.ts";
import { COMMANDS } from "./index.ts";
import { type OutputFormat, parseArgv } from "./parse-argv.ts";
import { parseText } from "./parse-text.ts";
import { usageLine } from "./usage.ts";

/** What an adapter received, before parsing. */
export type RawInput =
  /** Slack and the terminal: the text typed after `/name`. */
  | { text: string }
  /** The command line: the arguments after `briefbot name`. */
  | { argv: readonly string[] }
  /** Discord options, message shortcuts: values by field name (and the subcommand, for groups). */
  | { values: Record<string, unknown>; subcommand?: string | null };

/** A command parsed and validated, ready to run (or help, which needs nothing more). */
export type Prepared =
  | { kind: "help"; name: string; data: unknown; reply: Reply; format: OutputFormat }
  | { kind: "run"; name: string; path: string; command: Command; input: unknown; format: OutputFormat };

/** What execute() answers. */
export interface Executed {
  /** "brief", or "digest subscribe" for a subcommand. */
  path: string;
  /** What --json prints. */
  data: unknown;
  reply: Reply;
  /** The output the CLI asked for (text elsewhere). */
  format: OutputFormat;
}

const HELP_WORDS = /^(help|-h|--help|\?)$/i;

const invalid = (message: string, usage: readonly string[], cause?: unknown): BriefbotError =>
  new BriefbotError("INPUT_INVALID", message, {
    hints: usage.map((line) => `usage: ${line}`),
    ...(cause === undefined ? {} : { cause }),
  });

/** The definition called `name` on `surface`, or COMMAND_NOT_FOUND with the nearest. */
export function findDefinition(
  name: string,
  surface: CommandSource,
  definitions: readonly CommandDefinition[] = COMMANDS,
): CommandDefinition {
  const bare = name.replace(/^\//, "").toLowerCase();
  const served = definitions.filter((definition) => servedOn(definition, surface));
  const found = served.find((definition) => definition.name === bare);
  if (found) return found;
  const prefix = surface === "cli" ? "briefbot " : "/";
  const near = served.find((candidate) => editDistance(candidate.name, bare) <= 2);
  const hints = [`commands: ${served.map((candidate) => `${prefix}${candidate.name}`).join(", ")}`];
  if (near) hints.unshift(`did you mean ${prefix}${near.name}?`);
  throw new BriefbotError("COMMAND_NOT_FOUND", `there is no command ${prefix}${bare}`, { hints });
}

/** Splits off the first word of a raw input (the subcommand of a group). */
function firstWord(raw: RawInput): { word: string | undefined; rest: RawInput } {
  if ("text" in raw) {
    const match = /^\s*(\S+)\s*([\s\S]*)$/.exec(raw.text);
    return { word: match?.[1], rest: { text: match?.[2] ?? "" } };
  }
  if ("argv" in raw) {
    const index = raw.argv.findIndex((arg) => !arg.startsWith("-"));
    if (index === -1) return { word: undefined, rest: raw };
    return { word: raw.argv[index], rest: { argv: raw.argv.filter((_, i) => i !== index) } };
  }
  return { word: raw.subcommand ?? undefined, rest: { values: raw.values } };
}

const wantsHelp = (raw: RawInput): boolean => {
  if ("text" in raw) return HELP_WORDS.test(raw.text.trim());
  if ("argv" in raw)
    return (
      raw.argv.some((arg) => arg === "--help" || arg === "-h") ||
      (raw.argv.length === 1 && raw.argv[0] === "help")
    );
  return false;
};

/** One zod issue in plain words: "limit must be from 1 to 100", "a topic is needed". */
function describeIssue(issue: z.core.$ZodIssue, fields: readonly FieldInfo[]): string {
  const name = issue.path.length > 0 ? issue.path.join(".") : "";
  const info = fields.find((candidate) => candidate.name === name);
  const what = name === "" ? "the input" : name;
  switch (issue.code) {
    case "too_small":
    case "too_big": {
      const range = issue as { minimum?: unknown; maximum?: unknown; origin?: string };
      if (range.origin === "string") {
        return issue.code === "too_small"
          ? `${what} needs a value`
          : `${what} is too long (at most ${String(range.maximum)} characters)`;
      }
      const bound =
        issue.code === "too_small" ? `at least ${String(range.minimum)}` : `at most ${String(range.maximum)}`;
      return `${what} must be ${bound}`;
    }
    case "invalid_type":
      return info?.type === "integer"
        ? `${what} must be a whole number`
        : `${what} must be ${issue.expected}`;
    case "invalid_value":
      return `${what} must be one of ${issue.values.map(String).join(", ")}`;
    case "unrecognized_keys":
      return `unexpected ${issue.keys.join(", ")}`;
    default:
      // Our own messages (refinements, regexes with a message) are already in plain words.
      return name !== "" && !issue.message.startsWith(name) ? `${name}: ${issue.message}` : issue.message;
  }
}

/** Validates a record with the command's input schema; INPUT_INVALID in plain words otherwise. */
function validate(
  command: Command,
  path: string,
  values: Record<string, unknown>,
  surface: CommandSource,
): unknown {
  const parsed = command.input.safeParse(values);
  if (parsed.success) return parsed.data;
  const fields = fieldsOf(command, surface);
  const usage = [usageLine(path, command, surface)];
  const missing = fields.find((info) => info.required && values[info.name] === undefined);
  // The CLI prints "briefbot: " before every error already.
  const prefix = surface === "cli" ? path : `/${path}`;
  const message = missing
    ? `${prefix} needs ${missing.positional ? missing.name : surface === "cli" ? `--${missing.name}` : `${missing.name}:`}: ${missing.description}`
    : `${prefix}: ${parsed.error.issues.map((issue) => describeIssue(issue, fields)).join("; ")}`;
  throw invalid(message, usage, parsed.error);
}

/** Finds, parses and validates; needs no store, so the CLI can refuse bad input before opening one. */
export function prepare(
  name: string,
  raw: RawInput,
  surface: CommandSource,
  definitions: readonly CommandDefinition[] = COMMANDS,
): Prepared {
  const definition = findDefinition(name, surface, definitions);
  const helpFor = (format: OutputFormat): Prepared => ({
    kind: "help",
    name: definition.name,
    data: [helpData(definition, surface)],
    reply: commandHelpReply(definition, surface, definitions),
    format,
  });
  const jsonWanted = "argv" in raw && raw.argv.includes("--json");
  let command: Command;
  let path = definition.name;
  let rest = raw;
  if (definition.kind === "group") {
    const { word, rest: after } = firstWord(raw);
    if (word === undefined || HELP_WORDS.test(word)) {
      if (word === undefined && !wantsHelp(raw) && !("argv" in raw && raw.argv.length > 0)) {
        throw invalid(
          `${surface === "cli" ? "" : "/"}${definition.name} needs one of: ${leaves(definition, surface)
            .map((leaf) => leaf.command.name)
            .join(", ")}`,
          usageOf(definition, surface),
        );
      }
      return helpFor(jsonWanted ? "json" : "text");
    }
    const sub = leaves(definition, surface).find((leaf) => leaf.command.name === word.toLowerCase());
    if (!sub) {
      throw invalid(
        `${surface === "cli" ? "briefbot " : "/"}${definition.name} has no "${word}"`,
        usageOf(definition, surface),
      );
    }
    command = sub.command;
    path = sub.path;
    rest = after;
  } else {
    command = definition;
  }
  if (wantsHelp(rest)) return helpFor(jsonWanted ? "json" : "text");
  const usage = [usageLine(path, command, surface)];
  const fields = fieldsOf(command, surface);
  let values: Record<string, unknown>;
  let format: OutputFormat = "text";
  try {
    if ("text" in rest) values = parseText(fields, rest.text.trim());
    else if ("argv" in rest) ({ values, format } = parseArgv(fields, rest.argv));
    else {
      const known = new Set(fields.map((info) => info.name));
      values = Object.fromEntries(Object.entries(rest.values).filter(([key]) => known.has(key)));
    }
  } catch (error) {
    if (isBriefbotError(error) && error.code === "INPUT_INVALID") throw invalid(error.message, usage, error);
    throw error;
  }
  const input = validate(command, path, values, surface);
  return { kind: "run", name: definition.name, path, command, input, format };
}

const mayManage = async (context: CommandContext): Promise<boolean> =>
  typeof context.canManageChannel === "function" ? context.canManageChannel() : context.canManageChannel;

/** Checks permission and runs a prepared command. */
export async function perform(
  prepared: Prepared,
  context: CommandContext,
  deps: CommandDeps,
): Promise<Executed> {
  if (prepared.kind === "help") {
    return { path: prepared.name, data: prepared.data, reply: prepared.reply, format: prepared.format };
  }
  const { command, path } = prepared;
  if (command.permission === "manage-channel" && !(await mayManage(context))) {
    throw new BriefbotError(
      "PERMISSION_DENIED",
      "Only people who can manage this channel may change its digests.",
      {
        hints: [
          "On Discord: the Manage Channels permission. On Slack: workspace admins or SLACK_DIGEST_ADMINS.",
        ],
      },
    );
  }
  const { data, reply } = await command.run(deps, prepared.input, context);
  return { path, data, reply, format: prepared.format };
}

/** What execute() needs besides the call: the dependencies and (tests) another command list. */
export interface ExecuteEnv {
  deps: CommandDeps;
  commands?: readonly CommandDefinition[];
}

/** parse -> validate -> permission -> run; records the command in the metrics either way. */
export async function execute(
  commandName: string,
  rawInput: RawInput,
  context: CommandContext,
  env: ExecuteEnv,
): Promise<Executed> {
  const started = performance.now();
  const name = commandName.replace(/^\//, "").toLowerCase();
  try {
    const result = await perform(prepare(name, rawInput, context.platform, env.commands), context, env.deps);
    env.deps.metrics?.recordCommand(name, context.platform, performance.now() - started, "ok");
    return result;
  } catch (error) {
    env.deps.metrics?.recordCommand(name, context.platform, performance.now() - started, outcomeOf(error));
    throw error;
  }
}

/** Splits "/brief russia-china 7d" into the command name and the rest of the text. */
export function splitCommandLine(line: string): { name: string; text: string } {
  const trimmed = line.trim().replace(/^\//, "");
  const match = /^(\S+)\s*([\s\S]*)$/.exec(trimmed);
  return { name: (match?.[1] ?? "").toLowerCase(), text: match?.[2] ?? "" };
}
