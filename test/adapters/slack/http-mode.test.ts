// The real Bolt in HTTP mode against the fake Slack: signed slash commands in, the ack, and the
// Block Kit that reaches the response_url; signatures, timestamps, retries, injection, 429.
import { request as httpRequest } from "node:http";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { limitViolations } from "../../../src/adapters/slack/block-kit.ts";
import { type SlackAdapter, startSlack } from "../../../src/adapters/slack/start-slack.ts";
import { FakeSlack, liveMarkup } from "../../fakes/slack-api.ts";
import {
  interactiveBody,
  messageShortcutPayload,
  nowSeconds,
  postSigned,
  slashCommandBody,
} from "../../fakes/slack-requests.ts";
import {
  BOT_TOKEN,
  blockTexts,
  type Calls,
  captureLogger,
  SIGNING_SECRET,
  testCommands,
  unusedStore,
} from "./support.ts";

let slack: FakeSlack;
let adapter: SlackAdapter;
let endpoint: string;
const calls: Calls = { brief: [], briefMessage: [], digest: [] };
const { logger, lines } = captureLogger();
let responseId = 0;

beforeAll(async () => {
  slack = await FakeSlack.start({ botToken: BOT_TOKEN, admins: ["U_ADMIN"] });
  adapter = await startSlack({
    config: {
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_APP_TOKEN: undefined,
      SLACK_PORT: 0,
      SLACK_API_URL: slack.apiUrl,
      SLACK_DIGEST_ADMINS: ["U_LISTED"],
    },
    deps: { store: unusedStore, clock: () => new Date() },
    commands: testCommands(calls),
    logger,
    host: "127.0.0.1",
  });
  endpoint = `http://127.0.0.1:${adapter.port}/slack/events`;
});

afterAll(async () => {
  await adapter?.stop();
  await slack?.close();
});

beforeEach(() => {
  calls.brief.length = 0;
  calls.briefMessage.length = 0;
  calls.digest.length = 0;
});

/** Posts a signed slash command and waits for `count` messages on its response_url. */
async function slash(command: string, text: string, count = 1, extra: { userId?: string } = {}) {
  const id = `r${++responseId}`;
  const body = slashCommandBody({ command, text, responseUrl: slack.responseUrl(id), ...extra });
  const ack = await postSigned(endpoint, SIGNING_SECRET, body);
  await slack.waitFor(() => slack.responses.filter((r) => r.id === id).length >= count);
  return { ack, id, body, responses: slack.responses.filter((r) => r.id === id) };
}

describe("Slack HTTP mode with the real Bolt", () => {
  it("checks the bot token with auth.test at start", () => {
    const authTests = slack.calls.filter((call) => call.method === "auth.test");
    expect(authTests.length).toBeGreaterThanOrEqual(1);
    expect(authTests[0]?.token).toBe(BOT_TOKEN);
  });

  it("acks /brief with an empty 200 and posts the brief to the channel through response_url", async () => {
    const { ack, responses } = await slash("/brief", "russia-china");
    expect(ack.status).toBe(200);
    expect(ack.text).toBe("");
    const message = responses[0]?.body as Record<string, unknown>;
    expect(message.response_type).toBe("in_channel");
    const blocks = message.blocks as Array<{ type: string; text?: { text: string } }>;
    expect(blocks[0]).toEqual({ type: "header", text: { type: "plain_text", text: "Russia and China" } });
    const text = blockTexts(message);
    // Key points, each linked to its source (& escaped inside the link).
    expect(text).toContain("• Key point 1: China and Russia held joint exercises");
    expect(text).toContain("<https://news.example/story-0?a=1&amp;b=2|Story 0: Moscow &amp; Beijing>");
    // Actors as one compact context line.
    const actorBlock = blocks.find(
      (block) => block.type === "context" && JSON.stringify(block).includes("Bonny Lin (person"),
    );
    expect(actorBlock).toBeDefined();
    // Quotes as block quotes with their speaker and source.
    expect(text).toContain(">“Quote 1: the partnership has limits”\n— *Bonny Lin*");
    expect(text).toContain(">“Quote 2: the partnership has limits”\n— _speaker not stated_");
    expect(limitViolations(message)).toEqual([]);
    expect(calls.brief).toEqual([{ topic: "russia-china", channelId: "C_GENERAL", userId: "U_CALLER" }]);
  });

  it("answers a bad topic privately with the known topics and the usage", async () => {
    const { ack, responses } = await slash("/brief", "russia-chnia");
    expect(ack.status).toBe(200);
    const message = responses[0]?.body as Record<string, unknown>;
    expect(message.response_type).toBe("ephemeral");
    const text = blockTexts(message);
    expect(text).toContain("known topics: russia-china");
    // The error itself is a plain context line, not a header.
    const [first] = message.blocks as Array<{ type: string; elements?: Array<{ text: string }> }>;
    expect(first?.type).toBe("context");
    expect(first?.elements?.[0]?.text).toContain('no topic "russia-chnia"');
  });

  it("decodes the entities Slack escapes in command text before parsing", async () => {
    await slash("/brief", "AT&amp;T&lt;3&gt;");
    expect(calls.brief.map((call) => call.topic)).toEqual(["AT&T<3>"]);
  });

  it("answers a missing argument with the usage, privately", async () => {
    const { responses } = await slash("/brief", "");
    const message = responses[0]?.body as Record<string, unknown>;
    expect(message.response_type).toBe("ephemeral");
    expect(blockTexts(message)).toContain("usage: /brief &lt;topic&gt; [since]");
  });

  it("answers /brief help with every slash command, privately", async () => {
    const { responses } = await slash("/brief", "help");
    const message = responses[0]?.body as Record<string, unknown>;
    expect(message.response_type).toBe("ephemeral");
    const text = blockTexts(message);
    expect(text).toContain("/topics");
    expect(text).toContain("/digest subscribe");
    expect(text).not.toContain("Brief this"); // the shortcut's command is not a slash command
    expect(calls.brief).toHaveLength(0);
  });

  it("turns a crash into plain words: no stack, no token, the code logged", async () => {
    const { responses } = await slash("/brief", "crash");
    const message = responses[0]?.body as Record<string, unknown>;
    const shown = JSON.stringify(message);
    expect(message.response_type).toBe("ephemeral");
    expect(shown).toContain("Something went wrong on our side");
    expect(shown).not.toContain("exploded");
    expect(shown).not.toMatch(/xoxb-|at .*\.ts:\d+/);
    const logged = lines.join("");
    expect(logged).toContain('"code":"INTERNAL"');
    expect(logged).not.toContain(BOT_TOKEN);
    expect(logged).not.toMatch(/\n\s+at /);
  });

  it("cuts a huge reply into messages within Slack's limits and continues in the thread", async () => {
    const before = slack.posts().length;
    const id = `r${++responseId}`;
    const ack = await postSigned(
      endpoint,
      SIGNING_SECRET,
      slashCommandBody({ command: "/brief", text: "huge", responseUrl: slack.responseUrl(id) }),
    );
    expect(ack.status).toBe(200);
    // The first message and four thread messages (the most a reply is cut into).
    await slack.waitFor(() => slack.posts().length >= before + 5);
    const posts = slack.posts().slice(before);
    const [first, ...thread] = posts;
    expect(first?.body.thread_ts).toBeUndefined();
    expect(blockTexts(first?.body ?? {})).toContain("More in thread");
    expect(thread).toHaveLength(4);
    for (const post of posts) {
      expect(limitViolations(post.body)).toEqual([]);
      expect((post.body.blocks as unknown[]).length).toBeLessThanOrEqual(50);
    }
    for (const post of thread) expect(post.body.thread_ts).toBe(first?.result.ts);
    expect(slack.violations).toEqual([]);
    expect(slack.responses.filter((r) => r.id === id)).toHaveLength(0);
  });

  it("continues a huge reply as response_url follow-ups where the bot may not post", async () => {
    slack.setChannel("C_DM", "channel_not_found");
    const id = `r${++responseId}`;
    const body = slashCommandBody({
      command: "/brief",
      text: "huge",
      responseUrl: slack.responseUrl(id),
      channelId: "C_DM",
    });
    expect((await postSigned(endpoint, SIGNING_SECRET, body)).status).toBe(200);
    await slack.waitFor(() => slack.responses.filter((r) => r.id === id).length === 5);
    const answers = slack.responses.filter((r) => r.id === id);
    for (const answer of answers) {
      expect(answer.status).toBe(200);
      expect(answer.body.response_type).toBe("in_channel");
    }
    expect(blockTexts(answers[0]?.body ?? {})).toContain("Continued in the next messages");
    expect(blockTexts(answers[4]?.body ?? {})).toMatch(/more items not shown/);
  });

  it("logs an answer that could not be delivered (response_url failing, retry too) and carries on", async () => {
    // The adapter posts once more after a failure; both fail here.
    slack.failNext("response_url", { status: 500 }, { status: 500 });
    const failed = await slash("/brief", "russia-china");
    expect(failed.responses[0]?.status).toBe(500);
    await slack.waitFor(() => lines.some((line) => line.includes("could not deliver the answer")));
    const { responses } = await slash("/brief", "russia-china");
    expect(responses[0]?.status).toBe(200);
  });

  it("renders document text inert: no mention, no disguised link", async () => {
    const { responses } = await slash("/brief", "hostile");
    const message = responses[0]?.body as Record<string, unknown>;
    const raw = JSON.stringify(message);
    for (const live of [
      "<!channel>",
      "<@U123>",
      "<!here>",
      "<!everyone>",
      "<@U999>",
      "<#C1>",
      "<https://evil",
      "javascript:",
    ]) {
      expect(raw).not.toContain(live);
    }
    expect(raw).not.toContain("\\u202e");
    expect(raw).not.toContain("\u202E");
    const live = liveMarkup(message);
    expect(live.mentions).toEqual([]);
    expect(live.links).toEqual(["<https://ok.example/a%7Cb%3Ec|T>"]);
    const text = blockTexts(message);
    expect(text).toContain("Hello &lt;!channel&gt; and &lt;@U123&gt;");
    expect(text).toContain("<https://ok.example/a%7Cb%3Ec|T>");
    // every mrkdwn text object is verbatim, so Slack does not auto-parse names either
    for (const block of message.blocks as Array<{ text?: { type: string; verbatim?: boolean } }>) {
      if (block.text?.type === "mrkdwn") expect(block.text.verbatim).toBe(true);
    }
  });

  it("answers 401 to a bad signature, a stale timestamp and a future one, and runs nothing", async () => {
    const body = slashCommandBody({
      command: "/brief",
      text: "russia-china",
      responseUrl: slack.responseUrl("never"),
    });
    const bad = await postSigned(endpoint, SIGNING_SECRET, body, { signature: "v0=deadbeef" });
    const wrongSecret = await postSigned(endpoint, "not-the-secret", body);
    const stale = await postSigned(endpoint, SIGNING_SECRET, body, { timestamp: nowSeconds() - 6 * 60 });
    const future = await postSigned(endpoint, SIGNING_SECRET, body, { timestamp: nowSeconds() + 6 * 60 });
    expect([bad.status, wrongSecret.status, stale.status, future.status]).toEqual([401, 401, 401, 401]);
    const nearFuture = await postSigned(endpoint, SIGNING_SECRET, body, { timestamp: nowSeconds() + 60 });
    expect(nearFuture.status).toBe(200); // within five minutes: clock skew is allowed
    await slack.waitFor(() => slack.responses.some((r) => r.id === "never"));
    expect(calls.brief).toHaveLength(1);
  });

  it("runs a retried request once (same body, X-Slack-Retry-Num: 1)", async () => {
    const id = `r${++responseId}`;
    const body = slashCommandBody({
      command: "/brief",
      text: "russia-china",
      responseUrl: slack.responseUrl(id),
    });
    const first = await postSigned(endpoint, SIGNING_SECRET, body);
    const retry = await postSigned(endpoint, SIGNING_SECRET, body, { retryNum: 1 });
    const again = await postSigned(endpoint, SIGNING_SECRET, body, { retryNum: 2 });
    expect([first.status, retry.status, again.status]).toEqual([200, 200, 200]);
    await slack.waitFor(() => slack.responses.some((r) => r.id === id));
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(calls.brief).toHaveLength(1);
    expect(slack.responses.filter((r) => r.id === id)).toHaveLength(1);
  });

  it("refuses a body over 512 kB with 413 before doing anything", async () => {
    const body = slashCommandBody({
      command: "/brief",
      text: "x".repeat(600_000),
      responseUrl: slack.responseUrl("big"),
    });
    const answer = await postSigned(endpoint, SIGNING_SECRET, body);
    expect(answer.status).toBe(413);
    expect(calls.brief).toHaveLength(0);
  });

  it("acks a signed payload it cannot read, answers nothing and logs the code", async () => {
    const body = new URLSearchParams({
      command: "/brief",
      text: "russia-china",
      trigger_id: "t-malformed",
    }).toString();
    const answer = await postSigned(endpoint, SIGNING_SECRET, body);
    expect(answer.status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(calls.brief).toHaveLength(0);
    const logged = lines.filter((line) => line.includes("could not read"));
    expect(logged).toHaveLength(1);
    expect(logged[0]).toContain('"code":"INPUT_INVALID"');
  });

  it("refuses unknown paths and methods with 404", async () => {
    // A connection of its own for each request: a pooled keep-alive socket the server is just
    // closing would fail the request for the test's reasons, not the bot's.
    const status = (url: string, method: string, body?: string) =>
      new Promise<number>((resolve, reject) => {
        const request = httpRequest(url, { method, agent: false }, (response) => {
          response.resume();
          resolve(response.statusCode ?? 0);
        });
        request.on("error", reject);
        request.end(body);
      });
    expect(await status(`http://127.0.0.1:${adapter.port}/other`, "POST", "x")).toBe(404);
    expect(await status(endpoint, "GET")).toBe(404);
  });

  it("lets digest admins manage: SLACK_DIGEST_ADMINS and workspace admins, nobody else", async () => {
    await slash("/digest", "subscribe", 1, { userId: "U_LISTED" });
    await slash("/digest", "subscribe", 1, { userId: "U_ADMIN" });
    const refused = await slash("/digest", "subscribe", 1, { userId: "U_SOMEONE" });
    // The third caller is refused before the command runs (execute() checks the permission).
    expect(calls.digest.map((call) => call.canManage)).toEqual([true, true]);
    expect(blockTexts(refused.responses[0]?.body as Record<string, unknown>)).toContain(
      "manage this channel",
    );
  });

  it("briefs a message from the shortcut in its thread", async () => {
    const before = slack.posts().length;
    const payload = messageShortcutPayload({
      messageText: "Read <https://news.example/a?x=1&amp;y=2|this story> about China &amp; Russia",
      messageTs: "1699999999.000200",
    });
    const ack = await postSigned(endpoint, SIGNING_SECRET, interactiveBody(payload));
    expect(ack.status).toBe(200);
    await slack.waitFor(() => slack.posts().length > before);
    expect(calls.briefMessage).toEqual([
      { text: "Read https://news.example/a?x=1&y=2 about China & Russia" },
    ]);
    const post = slack.posts()[before];
    expect(post?.body.channel).toBe("C_GENERAL");
    expect(post?.body.thread_ts).toBe("1699999999.000200");
    expect(blockTexts(post?.body ?? {})).toContain("Key point 1");
  });

  it("briefs the link preview of a message that has no text", async () => {
    const before = slack.posts().length;
    const payload = messageShortcutPayload({
      messageText: "",
      messageTs: "1699999999.000250",
      attachments: [{ title: "A story", from_url: "https://news.example/preview" }],
    });
    await postSigned(endpoint, SIGNING_SECRET, interactiveBody(payload));
    await slack.waitFor(() => slack.posts().length > before);
    expect(calls.briefMessage).toEqual([{ text: "https://news.example/preview" }]);
  });

  it("answers privately when the message has nothing to brief", async () => {
    const payload = messageShortcutPayload({
      messageText: " ",
      responseUrl: slack.responseUrl("shortcut-empty"),
    });
    await postSigned(endpoint, SIGNING_SECRET, interactiveBody(payload));
    await slack.waitFor(() => slack.responses.some((r) => r.id === "shortcut-empty"));
    const answer = slack.responses.find((r) => r.id === "shortcut-empty");
    expect(answer?.body.response_type).toBe("ephemeral");
    expect(blockTexts(answer?.body ?? {})).toContain("that message has no text or link to brief");
    expect(calls.briefMessage).toHaveLength(0);
  });

  it("answers the shortcut privately when the bot cannot post in that channel", async () => {
    slack.setChannel("C_PRIVATE", "not_in_channel");
    const payload = messageShortcutPayload({
      messageText: "some text",
      channelId: "C_PRIVATE",
      responseUrl: slack.responseUrl("shortcut-private"),
    });
    const ack = await postSigned(endpoint, SIGNING_SECRET, interactiveBody(payload));
    expect(ack.status).toBe(200);
    await slack.waitFor(() => slack.responses.some((r) => r.id === "shortcut-private"));
    const answer = slack.responses.find((r) => r.id === "shortcut-private");
    expect(answer?.body.response_type).toBe("ephemeral");
    expect(blockTexts(answer?.body ?? {})).toContain("Key point 1");
  });

  it("honours 429 Retry-After from the Web API, then posts", async () => {
    const before = slack.calls.filter((call) => call.method === "chat.postMessage").length;
    slack.failNext("chat.postMessage", { status: 429, retryAfter: 1 });
    const payload = messageShortcutPayload({
      messageText: "rate limited text",
      messageTs: "1699999999.000300",
    });
    await postSigned(endpoint, SIGNING_SECRET, interactiveBody(payload));
    await slack.waitFor(
      () => slack.posts().some((post) => post.body.thread_ts === "1699999999.000300"),
      8_000,
    );
    const attempts = slack.calls.filter((call) => call.method === "chat.postMessage").slice(before);
    expect(attempts.map((call) => call.status)).toEqual([429, 200]);
    const waited = (attempts[1]?.at ?? 0) - (attempts[0]?.at ?? 0);
    expect(waited).toBeGreaterThanOrEqual(950); // the Retry-After second was honoured
  });

  it("never logs a token", () => {
    const logged = lines.join("");
    expect(logged.length).toBeGreaterThan(0);
    expect(logged).not.toContain(BOT_TOKEN);
    expect(logged).not.toContain(SIGNING_SECRET);
  });
});
