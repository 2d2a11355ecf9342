// The environment, read once and validated (DESIGN.md, rule 5). Every variable is in .env.example
// and the README's table.
import { z } from "zod";
import { BriefbotError } from "./core/errors.ts";
import { isTimeZone } from "./core/time-zone.ts";

const DURATION = /^(\d+)\s*(ms|s|m|h|d)$/;
const UNIT_MS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 } as const;

/** Parses "90s", "15m", "6h", "7d" into milliseconds. */
export function parseDuration(text: string): number | null {
  const match = DURATION.exec(text.trim());
  if (!match) return null;
  return Number(match[1]) * UNIT_MS[match[2] as keyof typeof UNIT_MS];
}

const duration = (fallback: string) =>
  z
    .string()
    .default(fallback)
    .transform((text, ctx) => {
      const ms = parseDuration(text);
      if (ms === null) {
        ctx.addIssue({ code: "custom", message: `expected a duration such as 30m, 6h or 1d, got "${text}"` });
        return z.NEVER;
      }
      return ms;
    });

const optionalText = z
  .string()
  .optional()
  .transform((value) => (value?.trim() ? value.trim() : undefined));

const flag = z
  .enum(["0", "1", "true", "false", ""])
  .default("0")
  .transform((value) => value === "1" || value === "true");

/** The gateway shards of one process: which of how many. */
export interface ShardPlan {
  shards: number[];
  count: number;
}

/** Discord's gateway allows at most this many shards per bot without a special arrangement (plenty here). */
const MAX_SHARDS = 16_384;

/** Parses DISCORD_SHARDS ("0,1/4", "2-5/8"): the plan, or why the text is not one. */
export function parseShards(text: string): ShardPlan | string {
  const example =
    'expected the shards to run and the total, such as "0,1/4" (shards 0 and 1 of 4) or "0-3/8"';
  const match = /^\s*([\d\s,-]+)\/\s*(\d+)\s*$/.exec(text);
  if (!match) return `${example}, got "${text}"`;
  const count = Number(match[2]);
  if (!Number.isSafeInteger(count) || count < 1 || count > MAX_SHARDS)
    return `the shard total must be 1 to ${MAX_SHARDS}, got ${match[2]}`;
  const shards = new Set<number>();
  for (const part of (match[1] as string).split(",")) {
    const range = /^\s*(\d+)\s*(?:-\s*(\d+)\s*)?$/.exec(part);
    if (!range) return `${example}, got "${text}"`;
    const from = Number(range[1]);
    const to = range[2] === undefined ? from : Number(range[2]);
    if (to < from) return `the shard range "${part.trim()}" runs backwards`;
    if (to >= count) return `shard ${to} does not exist: shards of ${count} are numbered 0 to ${count - 1}`;
    for (let shard = from; shard <= to; shard += 1) shards.add(shard);
  }
  return { shards: [...shards].sort((a, b) => a - b), count };
}

const port = (fallback: number) => z.coerce.number().int().min(0).max(65_535).default(fallback);

const EnvSchema = z.object({
  BRIEFBOT_DB: z.string().min(1).default("./data/briefbot.db"),
  // Set: PostgreSQL (several replicas may share it) instead of the SQLite file of BRIEFBOT_DB.
  BRIEFBOT_DATABASE_URL: z
    .string()
    .trim()
    .regex(/^postgres(ql)?:\/\/\S+$/, "expected a URL such as postgres://user:password@host:5432/briefbot")
    .optional(),
  BRIEFBOT_BRIEFS_DIR: z.string().min(1).default("./briefs"),
  BRIEFBOT_MAX_DOCUMENT_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(5 * 1024 * 1024),
  BRIEFBOT_ALLOW_PRIVATE_URLS: flag,
  BRIEFBOT_TZ: z
    .string()
    .default("UTC")
    .refine(isTimeZone, "expected an IANA time zone such as Europe/Berlin"),
  BRIEFBOT_DIGEST_FIRST_WINDOW: duration("24h"),
  BRIEFBOT_CATCHUP: duration("6h"),
  // How long a digest claim stands without renewal before another replica may take it over.
  BRIEFBOT_DIGEST_LEASE: duration("10m"),
  BRIEFBOT_POLL_CRON: z.string().default("*/15 * * * *"),
  BRIEFBOT_HEALTH_PORT: z.coerce.number().int().min(0).max(65_535).optional(),
  // This replica's name in /healthz and the scheduler's logs (default host:pid).
  BRIEFBOT_REPLICA_ID: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9._-]{1,64}$/, "expected 1 to 64 letters, digits, dots, dashes or underscores")
    .optional(),
  // No default here: unset means "info" on a server and "warn" where a person reads the output.
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).optional(),
  // The common convention (no-color.org): any value turns colours off in the terminal chat.
  NO_COLOR: z
    .string()
    .optional()
    .transform((value) => value !== undefined),
  SLACK_BOT_TOKEN: optionalText,
  SLACK_SIGNING_SECRET: optionalText,
  SLACK_APP_TOKEN: optionalText,
  SLACK_PORT: port(3000),
  SLACK_API_URL: z.url().optional(),
  SLACK_DIGEST_ADMINS: z
    .string()
    .default("")
    .transform((list) => list.split(/[\s,]+/).filter(Boolean)),
  // OAuth (many workspaces, HTTP mode): all three set instead of SLACK_BOT_TOKEN.
  SLACK_CLIENT_ID: optionalText,
  SLACK_CLIENT_SECRET: optionalText,
  SLACK_STATE_SECRET: optionalText,
  // Bot scopes asked for at install; unset: the manifest's (src/adapters/slack/oauth.ts).
  SLACK_SCOPES: z
    .string()
    .optional()
    .transform((list) => (list === undefined ? undefined : list.split(/[\s,]+/).filter(Boolean))),
  DISCORD_TOKEN: optionalText,
  DISCORD_APPLICATION_ID: optionalText,
  DISCORD_API_URL: z.url().optional(),
  DISCORD_GUILD_ID: optionalText,
  // Set: interactions arrive over HTTP (signed with this key) instead of the gateway.
  DISCORD_PUBLIC_KEY: z
    .string()
    .trim()
    .regex(/^[0-9a-fA-F]{64}$/, "expected the application's public key: 64 hexadecimal characters")
    .optional(),
  DISCORD_INTERACTIONS_PORT: port(3001),
  // The gateway shards this process runs: "0,1/4" (shards 0 and 1 of 4); unset: all of them.
  DISCORD_SHARDS: z
    .string()
    .optional()
    .transform((text, ctx) => {
      if (text === undefined || text.trim() === "") return undefined;
      const parsed = parseShards(text);
      if (typeof parsed === "string") {
        ctx.addIssue({ code: "custom", message: parsed });
        return z.NEVER;
      }
      return parsed;
    }),
});

/** The validated configuration. */
export type Config = z.infer<typeof EnvSchema>;

/** Reads the configuration from an environment; throws CONFIG_INVALID naming each bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // Empty strings mean "not set", as in a .env file with `NAME=`.
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ""));
  const parsed = EnvSchema.safeParse(present);
  if (!parsed.success) {
    throw new BriefbotError("CONFIG_INVALID", `invalid configuration:\n${z.prettifyError(parsed.error)}`, {
      cause: parsed.error,
    });
  }
  const config = parsed.data;
  // SLACK_SIGNING_SECRET is not required here: only serving Slack's events needs it (the Slack
  // adapter refuses to start without it or SLACK_APP_TOKEN); posting digests with the bot token
  // (`briefbot digest run-due`) does not.
  checkSlackOAuth(config);
  if (config.DISCORD_SHARDS && config.DISCORD_PUBLIC_KEY) {
    throw new BriefbotError(
      "CONFIG_INVALID",
      "invalid configuration: DISCORD_SHARDS splits the gateway, but with DISCORD_PUBLIC_KEY interactions arrive over HTTP and no gateway is opened; unset one of them",
    );
  }
  if (config.DISCORD_TOKEN && !config.DISCORD_APPLICATION_ID) {
    throw new BriefbotError(
      "CONFIG_INVALID",
      "invalid configuration: DISCORD_APPLICATION_ID is required with DISCORD_TOKEN",
    );
  }
  return config;
}

/** OAuth mode needs all three of its variables, HTTP mode and no fixed bot token. */
function checkSlackOAuth(config: Config): void {
  const names = ["SLACK_CLIENT_ID", "SLACK_CLIENT_SECRET", "SLACK_STATE_SECRET"] as const;
  const set = names.filter((name) => config[name] !== undefined);
  if (set.length === 0) return;
  const fail = (why: string) => {
    throw new BriefbotError("CONFIG_INVALID", `invalid configuration: ${why}`);
  };
  if (set.length < names.length) {
    const missing = names.filter((name) => !set.includes(name));
    fail(`Slack OAuth (many workspaces) needs ${names.join(", ")}; missing ${missing.join(", ")}`);
  }
  if (config.SLACK_BOT_TOKEN) {
    fail(
      "set either SLACK_BOT_TOKEN (one workspace) or SLACK_CLIENT_ID, SLACK_CLIENT_SECRET and SLACK_STATE_SECRET (OAuth, each workspace's token from its install), not both",
    );
  }
  if (config.SLACK_APP_TOKEN) {
    fail("Slack OAuth runs in HTTP mode (/slack/install, /slack/oauth_redirect): unset SLACK_APP_TOKEN");
  }
  if (!config.SLACK_SIGNING_SECRET) fail("Slack OAuth runs in HTTP mode and needs SLACK_SIGNING_SECRET");
}
