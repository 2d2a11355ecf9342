// The real bot in Slack HTTP mode for the tests that drive it end to end: the real command list and
// store (SQLite in a temp folder, bundled russia-china topic) behind the real Bolt, talking to the
// fake Slack on 127.0.0.1.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { COMMANDS } from "../../../commands/index.ts";
import { type SlackAdapter, startSlack } from "../../../src/adapters/slack/start-slack.ts";
import { type App, createApp } from "../../../src/app.ts";
import { loadConfig } from "../../../src/config.ts";
import { FakeSlack } from "../../fakes/slack-api.ts";
import { BOT_TOKEN, captureLogger, SIGNING_SECRET } from "./support.ts";

export interface RealSlackBot {
  slack: FakeSlack;
  adapter: SlackAdapter;
  app: App;
  /** Where Slack sends slash commands, actions and events. */
  endpoint: string;
  stop(): Promise<void>;
}

/** Starts the fake Slack and the bot against it; `stop` closes both and removes the store. */
export async function startRealSlackBot(folderPrefix: string): Promise<RealSlackBot> {
  const dir = mkdtempSync(join(tmpdir(), folderPrefix));
  const slack = await FakeSlack.start({ botToken: BOT_TOKEN });
  const config = loadConfig({
    BRIEFBOT_DB: join(dir, "briefbot.db"),
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_PORT: "0",
    SLACK_API_URL: slack.apiUrl,
  });
  const { logger } = captureLogger();
  const app = await createApp(config, { logger });
  const adapter = await startSlack({ config, deps: app.deps, commands: COMMANDS, logger, host: "127.0.0.1" });
  return {
    slack,
    adapter,
    app,
    endpoint: `http://127.0.0.1:${adapter.port}/slack/events`,
    async stop() {
      await adapter.stop();
      app.close();
      await slack.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
