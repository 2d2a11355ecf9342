// The Slack libraries' debug lines go through slackLogger: secret fields of the request bodies the
// WebClient prints (oauth.v2.access's client_secret, tokens) are replaced whatever their shape.
import { expect, it } from "vitest";
import { slackLogger } from "../../../src/adapters/slack/slack-logger.ts";
import { createLogger } from "../../../src/logger.ts";

it("replaces client_secret and token values in the lines Slack's libraries log", () => {
  const lines: string[] = [];
  const logger = createLogger(
    {},
    { level: "debug", destination: { write: (line: string) => lines.push(line) } },
  );
  const bolt = slackLogger(logger);
  bolt.debug('http request body: {"code":"c-1","client_id":"11.22","client_secret":"plain_secret_value"}');
  bolt.debug("form: client_secret=other_secret_value&code=c-2");
  bolt.debug('{"ok":true,"access_token":"odd_token_shape","team":{"id":"T1"}}');
  const log = lines.join("\n");
  for (const secret of ["plain_secret_value", "other_secret_value", "odd_token_shape"])
    expect(log).not.toContain(secret);
  // What is not secret stays readable.
  expect(log).toContain("c-1");
  expect(log).toContain("11.22");
  expect(log).toContain("T1");
});
