// Buttons and the Home tab in Socket Mode (the real Bolt over the fake's websocket), with the real
// commands and store: a press arrives as an "interactive" envelope, acked over the socket and
// answered on its response_url; app_home_opened arrives as an "events_api" envelope.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { COMMANDS } from "../../../commands/index.ts";
import { type SlackAdapter, startSlack } from "../../../src/adapters/slack/start-slack.ts";
import { type App, createApp } from "../../../src/app.ts";
import { loadConfig } from "../../../src/config.ts";
import { FakeSlack } from "../../fakes/slack-api.ts";
import { blockActionsPayload, slashCommandPayload } from "../../fakes/slack-requests.ts";
import { numberedDocument } from "../../support/many-documents.ts";
import { APP_TOKEN, BOT_TOKEN, blockTexts, captureLogger } from "./support.ts";

let slack: FakeSlack;
let adapter: SlackAdapter;
let app: App;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "briefbot-slack-socket-buttons-"));
  slack = await FakeSlack.start({ botToken: BOT_TOKEN, appToken: APP_TOKEN });
  const config = loadConfig({
    BRIEFBOT_DB: join(dir, "briefbot.db"),
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_APP_TOKEN: APP_TOKEN,
    SLACK_API_URL: slack.apiUrl,
  });
  const { logger } = captureLogger();
  app = await createApp(config, { logger });
  for (let i = 0; i < 12; i++) {
    const { document, brief } = numberedDocument(i);
    await app.deps.store.addDocument(document, brief, ["russia-china"]);
  }
  adapter = await startSlack({ config, deps: app.deps, commands: COMMANDS, logger });
}, 30_000);

afterAll(async () => {
  await adapter?.stop();
  app?.close();
  await slack?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function answered(id: string): Promise<Record<string, unknown>> {
  await slack.waitFor(() => slack.responses.some((response) => response.id === id), 10_000);
  return slack.responses.find((response) => response.id === id)?.body ?? {};
}

describe("Slack buttons in Socket Mode", () => {
  it("More from a /brief is acked over the socket and shows page 2 to the presser", async () => {
    await slack.sendSocketEvent(
      "slash_commands",
      slashCommandPayload({
        command: "/brief",
        text: "russia-china",
        responseUrl: slack.responseUrl("s-brief"),
      }),
    );
    const brief = await answered("s-brief");
    const blocks = brief.blocks as { type: string; elements?: { action_id: string; value?: string }[] }[];
    const more = blocks
      .flatMap((block) => (block.type === "actions" ? (block.elements ?? []) : []))
      .find((element) => element.action_id === "briefbot:more");
    expect(more?.value).toMatch(/^more:b:/);
    const ack = await slack.sendSocketEvent(
      "interactive",
      blockActionsPayload({
        actionId: "briefbot:more",
        value: more?.value ?? "",
        responseUrl: slack.responseUrl("s-more"),
      }),
    );
    expect(ack).toEqual({});
    const page = await answered("s-more");
    expect(page.response_type).toBe("ephemeral");
    expect(blockTexts(page)).toContain("page 2");
  });

  it("a forged press over the socket is refused in words", async () => {
    await slack.sendSocketEvent(
      "interactive",
      blockActionsPayload({
        actionId: "briefbot:subscribe",
        value: "sub:../../x",
        responseUrl: slack.responseUrl("s-x"),
      }),
    );
    const refused = await answered("s-x");
    expect(refused.response_type).toBe("ephemeral");
    expect(blockTexts(refused)).toContain("That button is not one briefbot made (bad sub value)");
  });

  it("publishes the Home tab on app_home_opened", async () => {
    await slack.sendSocketEvent("events_api", {
      type: "event_callback",
      team_id: "T_FAKE",
      api_app_id: "A_FAKE",
      event_id: "Ev0SOCKET1",
      event_time: Math.floor(Date.now() / 1000),
      event: { type: "app_home_opened", user: "U_HOME", channel: "D_HOME", tab: "home" },
    });
    await slack.waitFor(() => slack.homeViews.has("U_HOME"), 10_000);
    expect(blockTexts(slack.homeViews.get("U_HOME") ?? {})).toContain("russia-china: Russia and China");
    expect(slack.violations).toEqual([]);
  });
});
