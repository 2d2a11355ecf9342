// The one logger (pino, JSON lines on stderr). Tokens must never reach a log: known secret fields
// are censored by path, and every line is scrubbed of anything shaped like a Slack or Discord
// token and of the configured secret values, wherever they hide (error messages, URLs, payloads).
import { type Logger, pino } from "pino";
import type { Config } from "./config.ts";

export type { Logger } from "pino";

const CENSOR = "[redacted]";

/** Shapes of platform tokens: Slack bot/user/app/refresh/config tokens, Discord bot tokens. */
const TOKEN_PATTERNS: readonly RegExp[] = [
  /xox[abposre]-[A-Za-z0-9-]{6,}/g,
  /xapp-[A-Za-z0-9-]{6,}/g,
  /xoxe\.xox[bp]-[A-Za-z0-9-]{6,}/g,
  // Discord: base64 user id . timestamp . HMAC.
  /[MNO][A-Za-z\d_-]{22,27}\.[A-Za-z\d_-]{5,7}\.[A-Za-z\d_-]{25,}/g,
  /\b(Bot|Bearer)\s+[A-Za-z0-9._-]{20,}/g,
];

/** Field names that always hold secrets, at any of the first few levels. */
const SECRET_KEYS = [
  "token",
  "botToken",
  "appToken",
  "signingSecret",
  "authorization",
  "Authorization",
  "SLACK_BOT_TOKEN",
  "SLACK_APP_TOKEN",
  "SLACK_SIGNING_SECRET",
  "SLACK_CLIENT_SECRET",
  "SLACK_STATE_SECRET",
  "clientSecret",
  "client_secret",
  "stateSecret",
  "access_token",
  "refresh_token",
  "refreshToken",
  "DISCORD_TOKEN",
];
const REDACT_PATHS = SECRET_KEYS.flatMap((key) => [key, `*.${key}`, `*.*.${key}`, `headers.${key}`]);

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Returns a function that removes token-shaped text and the given secret values from a string. */
export function makeScrubber(secrets: readonly (string | undefined)[] = []): (text: string) => string {
  const values = secrets.filter((value): value is string => typeof value === "string" && value.length >= 6);
  const exact = values.length > 0 ? new RegExp(values.map(escapeRegExp).join("|"), "g") : null;
  return (text) => {
    let out = exact ? text.replace(exact, CENSOR) : text;
    for (const pattern of TOKEN_PATTERNS) out = out.replace(pattern, CENSOR);
    return out;
  };
}

/** Options of createLogger; `destination` is for tests that capture the lines. */
export interface LoggerOptions {
  level?: string;
  destination?: { write(line: string): unknown };
}

/** The secret values in a configuration, for the scrubber. */
export function configSecrets(config: Partial<Config>): string[] {
  return [
    config.SLACK_BOT_TOKEN,
    config.SLACK_APP_TOKEN,
    config.SLACK_SIGNING_SECRET,
    config.SLACK_CLIENT_SECRET,
    config.SLACK_STATE_SECRET,
    config.DISCORD_TOKEN,
  ].filter((value): value is string => typeof value === "string");
}

/**
 * The level where a person reads the output (terminal chat, CLI): warnings only unless LOG_LEVEL
 * is set, so that info lines on stderr do not interleave with the answers.
 */
export function terminalLogLevel(config: Pick<Config, "LOG_LEVEL">): string {
  return config.LOG_LEVEL ?? "warn";
}

/** Creates the logger: level from LOG_LEVEL (config), secrets scrubbed from every line. */
export function createLogger(config: Partial<Config> = {}, options: LoggerOptions = {}): Logger {
  const scrub = makeScrubber(configSecrets(config));
  const destination = options.destination ?? pino.destination({ fd: 2, sync: true });
  return pino(
    {
      name: "briefbot",
      level: options.level ?? config.LOG_LEVEL ?? "info",
      redact: { paths: REDACT_PATHS, censor: CENSOR },
      hooks: { streamWrite: scrub },
    },
    destination as pino.DestinationStream,
  );
}
