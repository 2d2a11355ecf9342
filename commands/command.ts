// What a command is (DESIGN.md, rule 2): written once, served by every adapter and the CLI. The
// input is a zod object whose fields carry what adapters need (field() below); run() returns the
// typed data that `--json` prints and the platform-neutral Reply. commands/execute.ts does the rest.
import { z } from "zod";
import type { DigestServices } from "../src/core/digest/digest-store.ts";
import type { CommandSource } from "../src/core/platforms.ts";
import type { Clock, Store } from "../src/core/ports.ts";
import type { Reply } from "../src/core/reply.ts";
import type { InvalidTopic } from "../src/core/topic.ts";
import type { Metrics } from "../src/ops/metrics.ts";

/** What an input field tells the adapters beyond its zod type. */
export interface FieldMeta {
  description: string;
  /** The Discord option type, and how text and flags are converted (default "string"). */
  type?: "string" | "integer" | "boolean";
  /** In chat text and CLI arguments: "word" takes one word, "rest" the remaining words; others are named. */
  positional?: "word" | "rest";
  /** Where autocomplete suggestions come from, on platforms that offer it (Discord). */
  autocomplete?: "topic" | "speaker";
  /** Shown as required on Discord although zod lets it be absent (a refinement asks for it or another). */
  required?: boolean;
  /** Only offered on these surfaces (default: every surface the command is on). */
  surfaces?: readonly CommandSource[];
  /** How usage lines show the value, e.g. "at 08:00] [tz Europe/Berlin" (default the field name). */
  placeholder?: string;
}

/** The registry of field metadata: commands register their fields with field(). */
export const fieldMeta = z.registry<FieldMeta>();

/** Attaches adapter metadata to a field of a command's input. */
export function field<T extends z.ZodType>(schema: T, meta: FieldMeta): T {
  fieldMeta.add(schema, meta);
  return schema;
}

/** Where a command was called from, as the adapter knows it. */
export interface CommandContext {
  platform: CommandSource;
  /** The channel (or the terminal session) the command came from. */
  channelId: string;
  userId: string;
  /**
   * Whether the caller may manage the channel (digest subscribe, unsubscribe). A function when
   * finding out costs a call (Slack asks users.info): execute() asks only for commands that need it.
   */
  canManageChannel: boolean | (() => Promise<boolean>);
}

/** What commands may use; main.ts wires the real ones, tests pass their own. */
export interface CommandDeps {
  store: Store;
  clock: Clock;
  /** Optional: execute() records each command here; absent in most tests. */
  metrics?: Metrics;
  /** Optional: how commands that read links fetch them (brief-message); from the environment when absent. */
  ingest?: { allowPrivateUrls: boolean; maxDocumentBytes: number };
  /** Subscriptions and the digest ledger (/digest); absent where digests are not wired. */
  digest?: DigestServices;
  /** Topic files skipped at start as invalid (/topics lists them); absent or empty when all loaded. */
  invalidTopics?: readonly InvalidTopic[];
}

/** What a command answers: the data `--json` prints and the Reply chat shows. */
export interface CommandResult<Data> {
  data: Data;
  reply: Reply;
}

/** A command's input schema: a zod object (refinements allowed) of field()-annotated fields. */
export type InputSchema = z.ZodObject<z.ZodRawShape>;

/** A command as written in commands/: typed by its input and output schemas. */
export interface CommandSpec<In extends InputSchema, Out extends z.ZodType> {
  name: string;
  description: string;
  /** Examples in chat form ("/brief russia-china 7d"): shown by help, run by the tests on the bundled topic. */
  examples?: readonly string[];
  input: In;
  /** The schema of `data` (what `--json` prints; `briefbot schema <name>` publishes it). */
  output: Out;
  /** Surfaces that serve the command (default every one). */
  surfaces?: readonly CommandSource[];
  /** Checked by execute() before run: the caller must be able to manage the channel. */
  permission?: "manage-channel";
  /** Also offered in a message's menu (Slack shortcut, Discord context menu) with the message as `text`. */
  messageAction?: { title: string; description: string; slackCallbackId: string };
  /**
   * Reached in chat from buttons only (a quote's "In context"): not a slash command, not in chat
   * help; still typed in a shell (`briefbot context ...`).
   */
  actionOnly?: boolean;
  run(deps: CommandDeps, input: z.output<In>, context: CommandContext): Promise<CommandResult<z.input<Out>>>;
}

/** A command with its types erased, as lists, adapters and execute() hold it. */
export interface Command extends Omit<CommandSpec<InputSchema, z.ZodType>, "run"> {
  kind: "command";
  run(deps: CommandDeps, input: unknown, context: CommandContext): Promise<CommandResult<unknown>>;
}

/** A command of subcommands (`/digest subscribe|list|...`): Discord subcommands, Slack `digest subscribe ...`. */
export interface CommandGroup {
  kind: "group";
  name: string;
  description: string;
  subcommands: readonly Command[];
  surfaces?: readonly CommandSource[];
}

/** Anything in the command list. */
export type CommandDefinition = Command | CommandGroup;

/** Defines a command; the input reaching run() has been validated by execute() with `spec.input`. */
export function defineCommand<In extends InputSchema, Out extends z.ZodType>(
  spec: CommandSpec<In, Out>,
): Command {
  return {
    ...spec,
    kind: "command",
    run: (deps, input, context) => spec.run(deps, input as z.output<In>, context),
  };
}

/** Defines a command of subcommands. */
export function defineGroup(group: Omit<CommandGroup, "kind">): CommandGroup {
  return { ...group, kind: "group" };
}

/** Whether `definition` is served on `surface`. */
export const servedOn = (
  definition: { surfaces?: readonly CommandSource[] },
  surface: CommandSource,
): boolean => definition.surfaces === undefined || definition.surfaces.includes(surface);

/**
 * Whether `definition` is typed as a command on `surface`: served there, and not Slack's message
 * shortcut (Slack offers a command with a message action as a shortcut, never as a slash command).
 */
export const typedOn = (definition: CommandDefinition, surface: CommandSource): boolean =>
  servedOn(definition, surface) &&
  !(surface === "slack" && definition.kind === "command" && definition.messageAction !== undefined) &&
  !(isChat(surface) && definition.kind === "command" && definition.actionOnly === true);

const isChat = (surface: CommandSource): boolean => surface === "slack" || surface === "discord";

/** The command offered in a message's menu (Slack shortcut, Discord context menu), if any. */
export const messageActionOf = (definitions: readonly CommandDefinition[]): Command | undefined =>
  definitions.find(
    (definition): definition is Command =>
      definition.kind === "command" && definition.messageAction !== undefined,
  );

/** One input field as adapters see it. */
export interface FieldInfo extends FieldMeta {
  name: string;
  type: "string" | "integer" | "boolean";
  required: boolean;
}

/** The fields of a command offered on `surface` (every field when surface is undefined), in order. */
export function fieldsOf(command: Command, surface?: CommandSource): FieldInfo[] {
  const fields: FieldInfo[] = [];
  for (const [name, schema] of Object.entries(command.input.shape)) {
    const meta = fieldMeta.get(schema) ?? { description: name };
    if (surface !== undefined && meta.surfaces !== undefined && !meta.surfaces.includes(surface)) continue;
    const optional = z.safeParse(schema, undefined).success;
    fields.push({ ...meta, name, type: meta.type ?? "string", required: meta.required ?? !optional });
  }
  return fields;
}
