// What a command is (DESIGN.md, rule 2): written once, served by every adapter.
import type { z } from "zod";
import type { DigestServices } from "../src/core/digest/digest-store.ts";
import type { CommandSource } from "../src/core/platforms.ts";
import type { Clock, Store } from "../src/core/ports.ts";
import type { Reply } from "../src/core/reply.ts";
import type { InvalidTopic } from "../src/core/topic.ts";
import type { Metrics } from "../src/ops/metrics.ts";

/** How an option is typed and offered on the platforms that type options (Discord). */
export interface CommandOption {
  name: string;
  description: string;
  type: "string" | "integer" | "boolean";
  required: boolean;
  /** Text parsing (Slack, terminal): "word" takes one word, "rest" the remaining words; other options are `name:value`. */
  positional?: "word" | "rest";
  /** Where autocomplete suggestions come from, on platforms that offer it. */
  autocomplete?: "topic" | "speaker";
  choices?: readonly string[];
}

/** Where a command was called from, as the adapter knows it. */
export interface CommandContext {
  platform: CommandSource;
  /** The channel (or the terminal session) the command came from. */
  channelId: string;
  userId: string;
  /** Whether the caller may manage the channel (subscribe, unsubscribe); checked by the adapter. */
  canManageChannel: boolean;
}

/** What commands may use; main.ts wires the real ones, tests pass their own. */
export interface CommandDeps {
  store: Store;
  clock: Clock;
  /** Optional: adapters record each command here (metrics.recordCommand); absent in most tests. */
  metrics?: Metrics;
  /** Optional: how commands that read links fetch them (brief-message); from the environment when absent. */
  ingest?: { allowPrivateUrls: boolean; maxDocumentBytes: number };
  /** Subscriptions and the digest ledger (/digest); absent where digests are not wired. */
  digest?: DigestServices;
  /** Topic files skipped at start as invalid (/topics lists them); absent or empty when all loaded. */
  invalidTopics?: readonly InvalidTopic[];
}

/** A command: name, help, typed options and the code that answers it. */
export interface Command<Input = Record<string, unknown>> {
  name: string;
  description: string;
  /** One line per form, e.g. "/quote <words> [speaker:<name>] [topic:<t>]". */
  usage: readonly string[];
  options: readonly CommandOption[];
  /** Validates and normalises the parsed options. */
  input: z.ZodType<Input>;
  /** Needs the Manage Channels right (Discord default_member_permissions; server-side check too). */
  adminOnly?: boolean;
  run(deps: CommandDeps, input: Input, context: CommandContext): Promise<Reply>;
}
