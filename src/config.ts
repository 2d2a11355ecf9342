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
  DISCORD_TOKEN: optionalText,
  DISCORD_APPLICATION_ID: optionalText,
  DISCORD_API_URL: z.url().optional(),
  DISCORD_GUILD_ID: optionalText,
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
  if (config.DISCORD_TOKEN && !config.DISCORD_APPLICATION_ID) {
    throw new BriefbotError(
      "CONFIG_INVALID",
      "invalid configuration: DISCORD_APPLICATION_ID is required with DISCORD_TOKEN",
    );
  }
  return config;
}
