// Bolt, the WebClient and the Socket Mode client log through this adapter into our pino logger:
// one JSON line each, errors as name and message only (no stacks), long payloads cut. The pino
// logger scrubs token-shaped text from every line as well (src/logger.ts).
import { type Logger as BoltLogger, LogLevel } from "@slack/bolt";
import type { Logger } from "../../logger.ts";

const MAX_LENGTH = 2000;

function describe(value: unknown): string {
  if (value instanceof Error) {
    const code = (value as { code?: unknown }).code;
    return `${value.name}${typeof code === "string" ? ` [${code}]` : ""}: ${value.message}`;
  }
  if (typeof value === "string") return value;
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/**
 * Secret fields in the request bodies the WebClient logs at debug level ("client_secret" of
 * oauth.v2.access, tokens): their values are replaced whatever their shape.
 */
const SECRET_FIELD =
  /("?(?:client_secret|token|access_token|refresh_token|bot_token)"?\s*[:=]\s*)"?[^",}&\s]+"?/g;

const line = (parts: unknown[]): string => {
  const text = parts.map(describe).join(" ").replace(SECRET_FIELD, '$1"[redacted]"');
  return text.length > MAX_LENGTH ? `${text.slice(0, MAX_LENGTH)}…` : text;
};

const levelOf = (logger: Logger): LogLevel => {
  if (logger.isLevelEnabled("debug")) return LogLevel.DEBUG;
  if (logger.isLevelEnabled("info")) return LogLevel.INFO;
  if (logger.isLevelEnabled("warn")) return LogLevel.WARN;
  return LogLevel.ERROR;
};

/** A Slack-library logger writing to `logger` under `{ component: "slack" }`. */
export function slackLogger(logger: Logger): BoltLogger {
  let child = logger.child({ component: "slack" });
  let level = levelOf(logger);
  return {
    debug: (...parts: unknown[]) => child.debug(line(parts)),
    info: (...parts: unknown[]) => child.info(line(parts)),
    warn: (...parts: unknown[]) => child.warn(line(parts)),
    error: (...parts: unknown[]) => child.error(line(parts)),
    setLevel: (next: LogLevel) => {
      level = next;
    },
    getLevel: () => level,
    setName: (name: string) => {
      child = logger.child({ component: "slack", name });
    },
  };
}
