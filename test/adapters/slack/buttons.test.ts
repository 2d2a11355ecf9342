// Buttons, menus and the App Home through the real Bolt (HTTP mode) with the real commands and a
// real SQLite store: More pages through a brief and /quote, In context, Subscribe this channel,
// the topic menu of /topics; a stale press (data changed, adapter restarted) and forged presses.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actionToken } from "../../../commands/action-token.ts";
import { COMMANDS } from "../../../commands/index.ts";
import { briefVersion } from "../../../commands/pages.ts";
import { type SlackAdapter, startSlack } from "../../../src/adapters/slack/start-slack.ts";
import { type App, createApp } from "../../../src/app.ts";
import { type Config, loadConfig } from "../../../src/config.ts";
import { FakeSlack } from "../../fakes/slack-api.ts";
import {
  blockActionsPayload,
  eventBody,
  interactiveBody,
  postSigned,
  slashCommandBody,
} from "../../fakes/slack-requests.ts";
import { numberedDocument } from "../../support/many-documents.ts";
import { BOT_TOKEN, blockTexts, captureLogger, SIGNING_SECRET } from "./support.ts";

const ADMIN = "U_ADMIN";
/** A channel id shaped like Slack's (digests refuse others). */
const CHANNEL = "C0GENERAL1";
let slack: FakeSlack;
let adapter: SlackAdapter;
let app: App;
let config: Config;
let dir: string;
let endpoint: string;
let responses = 0;
let logLines: string[];

async function startAdapter(): Promise<void> {
  const { logger, lines } = captureLogger();
  logLines = lines;
  adapter = await startSlack({ config, deps: app.deps, commands: COMMANDS, logger, host: "127.0.0.1" });
  endpoint = `http://127.0.0.1:${adapter.port}/slack/events`;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "briefbot-slack-buttons-"));
  slack = await FakeSlack.start({ botToken: BOT_TOKEN, admins: [ADMIN] });
  config = loadConfig({
    BRIEFBOT_DB: join(dir, "briefbot.db"),
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_PORT: "0",
    SLACK_API_URL: slack.apiUrl,
    BRIEFBOT_TZ: "Europe/Berlin",
  });
  app = await createApp(config, { logger: captureLogger().logger });
  for (let i = 0; i < 12; i++) {
    const { document, brief } = numberedDocument(i);
    await app.deps.store.addDocument(document, brief, ["russia-china"]);
  }
  await startAdapter();
}, 30_000);

afterAll(async () => {
  await adapter?.stop();
  app?.close();
  await slack?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function answerTo(id: string): Promise<Record<string, unknown>> {
  await slack.waitFor(() => slack.responses.some((response) => response.id === id), 10_000);
  return slack.responses.find((response) => response.id === id)?.body ?? {};
}

async function slash(command: string, text: string): Promise<Record<string, unknown>> {
  const id = `slash-${++responses}`;
  const body = slashCommandBody({ command, text, responseUrl: slack.responseUrl(id) });
  expect((await postSigned(endpoint, SIGNING_SECRET, body)).status).toBe(200);
  return answerTo(id);
}

/** Presses a control as `userId`; resolves with the answer posted to that press's response_url. */
async function press(
  fields: { actionId: string; value?: string; selected?: string },
  userId = "U_CALLER",
): Promise<Record<string, unknown>> {
  const id = `press-${++responses}`;
  const payload = blockActionsPayload({
    ...fields,
    userId,
    channelId: CHANNEL,
    responseUrl: slack.responseUrl(id),
  });
  const ack = await postSigned(endpoint, SIGNING_SECRET, interactiveBody(payload));
  expect(ack.status).toBe(200);
  return answerTo(id);
}

interface Control {
  action_id: string;
  value?: string;
  text?: { text: string };
  options?: { value: string; text: { text: string } }[];
}

/** Every control in a message: accessories and the elements of actions blocks. */
function controls(message: Record<string, unknown>): Control[] {
  const blocks = (message.blocks ?? []) as { type: string; accessory?: Control; elements?: Control[] }[];
  return blocks.flatMap((block) => [
    ...(block.accessory ? [block.accessory] : []),
    ...(block.type === "actions" ? (block.elements ?? []) : []),
  ]);
}
const button = (message: Record<string, unknown>, label: string): Control | undefined =>
  controls(message).find((control) => control.text?.text === label);
const quotesIn = (message: Record<string, unknown>): string[] =>
  [...blockTexts(message).matchAll(/>“([^”]*)”/g)].map((match) => match[1] as string);

describe("Slack buttons and menus", () => {
  it("/brief offers In context on its quotes, More and Subscribe this channel, within Block Kit limits", async () => {
    const message = await slash("/brief", "russia-china");
    expect(message.response_type).toBe("in_channel");
    const all = controls(message);
    expect(all.filter((control) => control.text?.text === "In context").length).toBe(
      quotesIn(message).length,
    );
    expect(button(message, "More")?.value).toMatch(/^more:b:/);
    expect(button(message, "Subscribe this channel")?.value).toBe("sub:russia-china");
    expect(slack.violations).toEqual([]);
  });

  it("More pages through stories, key points and quotes to the presser only, nothing cut or repeated", async () => {
    let message = await slash("/brief", "russia-china");
    const pagesText = [blockTexts(message)];
    let more = button(message, "More");
    while (more) {
      message = await press({ actionId: more.action_id, value: more.value ?? "" });
      expect(message.response_type).toBe("ephemeral");
      expect(blockTexts(message)).toContain(`page ${pagesText.length + 1}`);
      pagesText.push(blockTexts(message));
      more = button(message, "More");
      expect(pagesText.length).toBeLessThan(10);
    }
    expect(pagesText.length).toBeGreaterThanOrEqual(2);
    // Everything the brief holds is on some page, once: the whole brief, fetched without limits.
    const whole = await app.deps.store.topicBrief("russia-china", {
      now: app.deps.clock(),
      limits: { keyPoints: 1000, quotes: 1000, stories: 1000 },
    });
    const all = pagesText.join("\n");
    for (const text of [...whole.keyPoints.map((p) => p.text), ...whole.quotes.map((q) => q.text)]) {
      expect(all).toContain(text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;"));
    }
    for (const story of whole.stories) expect(all).toContain(`story:${story.id}`);
    const laterQuotes = pagesText
      .slice(1)
      .flatMap((text) => [...text.matchAll(/>“([^”]*)”/g)].map((m) => m[1]));
    expect(new Set(laterQuotes).size).toBe(laterQuotes.length);
    expect(slack.violations).toEqual([]);
  });

  it("In context shows the quote's sentence with its neighbours and the source link, privately", async () => {
    const message = await slash("/quote", '"deal number 3"');
    const context = controls(message).find((control) => control.text?.text === "In context");
    expect(context?.value).toBe("ctx:bulk-002|2");
    const answer = await press({ actionId: context?.action_id ?? "", value: context?.value ?? "" });
    expect(answer.response_type).toBe("ephemeral");
    const text = blockTexts(answer);
    expect(text).toContain("Officials in Irkutsk reported");
    expect(text).toContain("The pipeline through Irkutsk");
    expect(text).toContain("Talks resume after round 3.");
    expect(text).toContain("<https://news.example/bulk-002|");
  });

  it("/quote More pages through the hits", async () => {
    const message = await slash("/quote", "pipeline");
    expect(blockTexts(message)).toContain("8 of 12 found");
    const more = button(message, "More");
    const next = await press({ actionId: more?.action_id ?? "", value: more?.value ?? "" });
    expect(next.response_type).toBe("ephemeral");
    expect(blockTexts(next)).toContain("9–12 of 12 found");
    expect(quotesIn(next)).toHaveLength(4);
    expect(button(next, "More")).toBeUndefined();
  });

  it("Subscribe this channel: refused to a member, done for an admin at 08:00 with the next run", async () => {
    const message = await slash("/brief", "russia-china");
    const subscribe = button(message, "Subscribe this channel") as Control;
    const refused = await press({ actionId: subscribe.action_id, value: subscribe.value ?? "" }, "U_MEMBER");
    expect(refused.response_type).toBe("ephemeral");
    expect(blockTexts(refused)).toContain("Only people who can manage this channel");
    const done = await press({ actionId: subscribe.action_id, value: subscribe.value ?? "" }, ADMIN);
    expect(done.response_type).toBe("in_channel");
    const text = blockTexts(done);
    expect(text).toContain("Subscribed: Russia and China");
    expect(text).toMatch(/Next digest: \w{3} \d{1,2} \w{3}, 08:00/);
    const stored = await app.deps.digest?.digests.listSubscriptions({
      platform: "slack",
      channelId: CHANNEL,
    });
    expect(stored?.map((s) => [s.topic, s.cron, s.timeZone, s.createdBy])).toEqual([
      ["russia-china", "0 8 * * *", "Europe/Berlin", ADMIN],
    ]);
  });

  it("the /topics menu shows the picked topic's brief to the presser", async () => {
    const message = await slash("/topics", "");
    const menu = controls(message).find((control) => control.options !== undefined);
    const option = menu?.options?.find((candidate) => candidate.value === "topic:russia-china");
    expect(option?.text.text).toBe("Russia and China (russia-china)");
    const answer = await press({ actionId: menu?.action_id ?? "", selected: option?.value ?? "" });
    expect(answer.response_type).toBe("ephemeral");
    expect(blockTexts(answer)).toMatch(/\*Top stories \(5 of \d+\)\*/);
  });

  it("the story menu opens a story to the presser; a story regrouped since says so", async () => {
    const message = await slash("/brief", "russia-china");
    const menu = controls(message).find((control) => control.action_id === "briefbot:story");
    const first = menu?.options?.[0];
    expect(first?.value).toMatch(/^story:russia-china\|/);
    const story = await press({ actionId: "briefbot:story", selected: first?.value ?? "" });
    expect(story.response_type).toBe("ephemeral");
    const id = (first?.value ?? "").split("|")[1];
    expect(blockTexts(story)).toContain(`Russia and China: story ${id}`);
    const gone = await press({ actionId: "briefbot:story", selected: "story:russia-china|no-such-story" });
    expect(gone.response_type).toBe("ephemeral");
    expect(blockTexts(gone)).toContain("That story is no longer in the brief");
  });

  it("a press after the brief changed and after a restart says so and shows the current page", async () => {
    const message = await slash("/brief", "russia-china");
    const more = button(message, "More") as Control;
    const { document, brief } = numberedDocument(40);
    await app.deps.store.addDocument(document, brief, ["russia-china"]);
    await adapter.stop();
    await startAdapter();
    const answer = await press({ actionId: more.action_id, value: more.value ?? "" });
    expect(answer.response_type).toBe("ephemeral");
    expect(blockTexts(answer)).toContain("That brief has changed since; here is its current page 2");
  });

  it("a page past the end shows the last page and says so", async () => {
    const current = await app.deps.store.topicBrief("russia-china", { now: app.deps.clock() });
    const token = actionToken({
      kind: "brief-page",
      version: briefVersion(current),
      page: 40,
      topic: "russia-china",
    });
    const answer = await press({ actionId: "briefbot:more", value: token ?? "" });
    expect(blockTexts(answer)).toMatch(/There is no page 40: this is the last page \(\d\)/);
  });

  it("forged presses get a clear refusal to the presser, never a trace", async () => {
    const cases: [{ actionId: string; value?: string; selected?: string }, string][] = [
      [{ actionId: "delete_everything", value: "sub:russia-china" }, "unknown action id"],
      [{ actionId: "briefbot:more", value: `more:b:abc|2|${"x".repeat(150)}|` }, "at most 100"],
      [{ actionId: "briefbot:more", value: "more:b:abc|0|russia-china|" }, "bad more:b value"],
      [{ actionId: "briefbot:more", value: "sub:russia-china" }, "a more control does not send subscribe"],
      [{ actionId: "briefbot:context" }, "no value"],
      [{ actionId: "briefbot:menu", selected: "topic:no-such-topic" }, "no-such-topic"],
      [{ actionId: "briefbot:context", value: "ctx:no-such-doc|1" }, "no longer stored"],
    ];
    for (const [fields, expected] of cases) {
      const answer = await press(fields, "U_FORGER");
      expect(answer.response_type).toBe("ephemeral");
      const text = blockTexts(answer);
      expect(text).toContain(expected);
      expect(text).not.toMatch(/\bat \S+\.ts:\d+|Error:/);
    }
    expect(logLines.join("\n")).not.toMatch(/"level":50/);
    expect(slack.posts()).toEqual([]);
  });

  it("App Home lists the topics and this workspace's digests", async () => {
    const body = eventBody("T_FAKE", {
      type: "app_home_opened",
      user: "U_CALLER",
      channel: "D_HOME",
      tab: "home",
    });
    const ack = await postSigned(endpoint, SIGNING_SECRET, body, { contentType: "application/json" });
    expect(ack.status).toBe(200);
    await slack.waitFor(() => slack.homeViews.has("U_CALLER"), 10_000);
    const view = slack.homeViews.get("U_CALLER") as Record<string, unknown>;
    const text = blockTexts(view);
    expect(text).toContain("russia-china: Russia and China");
    expect(text).toContain("Digests in this workspace");
    expect(text).toContain(`russia-china → <#${CHANNEL}>`);
    expect(controls(view)).toEqual([]);
    expect(slack.violations).toEqual([]);
  });
});
