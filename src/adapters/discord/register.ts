// `briefbot discord register`: PUTs the application commands built from commands/ (guild or
// global) after reading the current ones, so it can say what changed. A PUT replaces the whole
// list, which is what we want: a command removed from commands/ disappears from Discord too.
import { REST, Routes } from "discord.js";
import { z } from "zod";
import type { CommandDefinition } from "../../../commands/command.ts";
import { BriefbotError } from "../../core/errors.ts";
import { type ApplicationCommandJson, buildApplicationCommands } from "./command-json.ts";

/** What registerCommands needs. */
export interface RegisterOptions {
  token: string;
  applicationId: string;
  /** REST base (DISCORD_API_URL); Discord's when absent. */
  apiUrl?: string | undefined;
  /** Register in this guild only (instant, for development); global when absent. */
  guildId?: string | undefined;
  commands: readonly CommandDefinition[];
  /** Read and compare, but do not PUT. */
  dryRun?: boolean;
}

/** What changed, by command name. */
export interface RegisterResult {
  scope: string;
  added: string[];
  updated: string[];
  removed: string[];
  unchanged: string[];
  /** The body that was (or, in a dry run, would be) PUT. */
  body: ApplicationCommandJson[];
}

const RemoteOption: z.ZodType<RemoteOption> = z.lazy(() =>
  z.looseObject({
    type: z.number(),
    name: z.string(),
    description: z.string().optional(),
    required: z.boolean().optional(),
    autocomplete: z.boolean().optional(),
    choices: z
      .array(z.looseObject({ name: z.string(), value: z.union([z.string(), z.number()]) }))
      .optional(),
    options: z.array(RemoteOption).optional(),
  }),
);
interface RemoteOption {
  type: number;
  name: string;
  description?: string | undefined;
  required?: boolean | undefined;
  autocomplete?: boolean | undefined;
  choices?: { name: string; value: string | number }[] | undefined;
  options?: RemoteOption[] | undefined;
}
const RemoteCommand = z.looseObject({
  id: z.string().optional(),
  type: z.number().default(1),
  name: z.string(),
  description: z.string().default(""),
  options: z.array(RemoteOption).optional(),
  default_member_permissions: z.string().nullable().optional(),
});
type RemoteCommand = z.infer<typeof RemoteCommand>;

const optionKey = (option: RemoteOption): unknown => ({
  type: option.type,
  name: option.name,
  description: option.description ?? "",
  required: option.required ?? false,
  autocomplete: option.autocomplete ?? false,
  choices: (option.choices ?? []).map((choice) => [choice.name, choice.value]),
  options: (option.options ?? []).map(optionKey),
});

/** The parts of a command Discord keeps and we set, in a stable form for comparison. */
function comparable(command: RemoteCommand): string {
  return JSON.stringify({
    type: command.type,
    name: command.name,
    description: command.type === 1 ? command.description : "",
    options: (command.options ?? []).map(optionKey),
    permissions: command.default_member_permissions ?? null,
  });
}

const keyOf = (command: { type?: number | undefined; name: string }) =>
  `${command.type ?? 1}:${command.name}`;
const label = (command: { type?: number | undefined; name: string }) =>
  (command.type ?? 1) === 1 ? `/${command.name}` : `"${command.name}" (message menu)`;

/** Registers the commands and reports the difference with what was there. */
export async function registerCommands(options: RegisterOptions): Promise<RegisterResult> {
  const body = buildApplicationCommands(options.commands);
  const rest = new REST({
    retries: 2,
    timeout: 15_000,
    ...(options.apiUrl ? { api: options.apiUrl } : {}),
  }).setToken(options.token);
  const route = options.guildId
    ? Routes.applicationGuildCommands(options.applicationId, options.guildId)
    : Routes.applicationCommands(options.applicationId);
  const scope = options.guildId ? `guild ${options.guildId}` : "global";

  let current: RemoteCommand[];
  try {
    const parsed = z.array(RemoteCommand).safeParse(await rest.get(route));
    if (!parsed.success) {
      throw new BriefbotError(
        "PLATFORM_FAILED",
        `Discord answered an unexpected command list:\n${z.prettifyError(parsed.error)}`,
        {
          cause: parsed.error,
        },
      );
    }
    current = parsed.data;
  } catch (error) {
    throw asPlatformError(error, "reading the registered commands");
  }

  const before = new Map(current.map((command) => [keyOf(command), command]));
  const result: RegisterResult = { scope, added: [], updated: [], removed: [], unchanged: [], body };
  for (const command of body) {
    const old = before.get(keyOf(command));
    before.delete(keyOf(command));
    const fresh = RemoteCommand.parse(command);
    if (!old) result.added.push(label(command));
    else if (comparable(old) !== comparable(fresh)) result.updated.push(label(command));
    else result.unchanged.push(label(command));
  }
  for (const old of before.values()) result.removed.push(label(old));

  if (!options.dryRun) {
    try {
      await rest.put(route, { body });
    } catch (error) {
      throw asPlatformError(error, "registering the commands");
    }
  }
  return result;
}

/** A REST failure as a coded error with a message fit to print (no URL: it can hold ids, never the token). */
function asPlatformError(error: unknown, doing: string): BriefbotError {
  if (error instanceof BriefbotError) return error;
  const status =
    typeof (error as { status?: unknown })?.status === "number" ? (error as { status: number }).status : null;
  const reason = error instanceof Error ? error.message : String(error);
  const hint =
    status === 401
      ? "DISCORD_TOKEN was refused: copy the bot token again from the Developer Portal."
      : status === 403 || status === 404
        ? "check DISCORD_APPLICATION_ID, and that the bot was invited to the guild with the applications.commands scope."
        : null;
  return new BriefbotError(
    "PLATFORM_FAILED",
    `Discord failed while ${doing}: ${reason}${status ? ` (HTTP ${status})` : ""}`,
    {
      cause: error,
      hints: hint ? [hint] : [],
    },
  );
}
