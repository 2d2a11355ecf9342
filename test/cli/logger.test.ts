// src/logger.ts: tokens never reach a log line, wherever they hide.
import { describe, expect, it } from "vitest";
import { createLogger, makeScrubber } from "../../src/logger.ts";

const capture = (config: Parameters<typeof createLogger>[0] = {}) => {
  const lines: string[] = [];
  const logger = createLogger(config, {
    level: "debug",
    destination: { write: (line: string) => lines.push(line) },
  });
  return { logger, text: () => lines.join("") };
};

const SLACK_BOT = `xoxb-${"1234567890"}-${"0987654321"}-AbCdEfGhIjKlMnOpQrStUvWx`;
const SLACK_APP = `xapp-1-A0123456789-${"1".repeat(13)}-${"f".repeat(64)}`;
const DISCORD = `${"MTA".padEnd(24, "x")}.GaBcDe.${"y".repeat(38)}`;
const SECRET = "8f14e45fceea167a5a36dedd4bea2543";

describe("the logger", () => {
  it("scrubs token-shaped text from messages, errors and nested fields", () => {
    const { logger, text } = capture();
    logger.info(`connecting with ${SLACK_BOT}`);
    logger.error({ err: new Error(`auth failed for ${SLACK_APP}`) }, "start failed");
    logger.warn({ request: { url: `https://x/api?token=${DISCORD}`, body: { nested: [DISCORD] } } }, "retry");
    logger.debug({ header: `Bot ${DISCORD}` }, "rest");
    const out = text();
    expect(out).not.toContain(SLACK_BOT);
    expect(out).not.toContain(SLACK_APP);
    expect(out).not.toContain(DISCORD);
    expect(out).toContain("[redacted]");
    expect(out.split("\n").filter(Boolean)).toHaveLength(4);
  });

  it("scrubs the configured secret values even when they look like nothing special", () => {
    const { logger, text } = capture({ SLACK_SIGNING_SECRET: SECRET });
    logger.info({ computed: `v0=${SECRET}` }, `secret is ${SECRET}`);
    expect(text()).not.toContain(SECRET);
  });

  it("censors secret fields by name", () => {
    const { logger, text } = capture();
    logger.info(
      { token: "short", config: { signingSecret: "abc" }, headers: { authorization: "Bearer z" } },
      "x",
    );
    const line = JSON.parse(text()) as Record<string, unknown>;
    expect(line.token).toBe("[redacted]");
    expect(JSON.stringify(line)).not.toMatch(/"abc"|Bearer z/);
  });

  it("leaves ordinary text alone", () => {
    expect(makeScrubber()("the report said xox is not a token, nor is MTA alone")).toBe(
      "the report said xox is not a token, nor is MTA alone",
    );
  });
});
