// The real discord.js against the fake Discord: slash commands answered directly and after a
// deferral, autocomplete, the message context menu, errors, permissions, 429s and 500s, and a
// failing command that still answers the user.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { COMMANDS } from "../../../commands/index.ts";
import type { RecordedRequest } from "../../fakes/discord-api.ts";
import { autocomplete, chatInput, messageCommand, PERMISSIONS } from "../../fakes/discord-interactions.ts";
import { type Harness, startHarness, TOKEN } from "./harness.ts";
import {
  adminCalls,
  adminCommand,
  briefMessageStandIn,
  failingCommand,
  gate,
  hugeCommand,
  slowCommand,
} from "./test-commands.ts";

const EPHEMERAL = 64;
let h: Harness;
const slow = gate();

beforeAll(async () => {
  const hasMessageCommand = COMMANDS.some((command) => command.name === "brief-message");
  h = await startHarness(
    [
      ...COMMANDS,
      slowCommand(() => slow.wait),
      failingCommand,
      adminCommand,
      hugeCommand,
      ...(hasMessageCommand ? [] : [briefMessageStandIn]),
    ],
    { serveArticle: true },
  );
});
afterAll(async () => {
  await h?.close();
});

/** The type of the first callback (4: message, 5: deferred, 8: autocomplete), or undefined. */
const callbackType = (requests: RecordedRequest[]): number | undefined =>
  (requests.find((request) => request.path.endsWith("/callback"))?.body as { type?: number } | undefined)
    ?.type;
const text = (body: Record<string, unknown>): string => JSON.stringify(body.embeds ?? body.content ?? "");

describe("slash commands", () => {
  it("answers /brief russia-china in public with key points, actors and quotes with speakers", async () => {
    const sent = h.fake.push(chatInput(h.fake, "brief", { topic: "russia-china" }));
    const [first] = await h.fake.waitForAnswer(sent);
    expect(callbackType(h.fake.answersTo(sent))).toBe(4);
    expect(first?.flags ?? 0).not.toBe(EPHEMERAL);
    expect(first?.allowed_mentions).toEqual({ parse: [] });
    const embeds = first?.embeds as Array<{
      title?: string;
      description?: string;
      footer?: { text: string };
    }>;
    expect(embeds[0]?.title).toBe("Russia and China");
    const description = embeds.map((embed) => embed.description).join("\n");
    expect(description).toContain("**Key points**");
    expect(description).toContain("Russia and China signed a new gas supply agreement on Tuesday.");
    expect(description).toContain(
      "[Russia and China sign gas deal, 2026-11-20](https://en.wikinews.org/wiki/doc-1)",
    );
    expect(description).toContain("**Actors**");
    expect(description).toContain("**Vladimir Putin**");
    expect(description).toMatch(/“This partnership has no limits” — \*\*Xi Jinping\*\*/);
    expect(embeds.at(-1)?.footer?.text).toContain("CC BY 2.5");
  });

  it("continues a long brief in follow-up messages, each within Discord's limits", async () => {
    const sent = h.fake.push(chatInput(h.fake, "huge"));
    await h.fake.waitForAnswer(sent);
    // Follow-ups are sent one after another; wait for the last one the renderer announced.
    await h.fake.waitFor(
      () => h.fake.answersTo(sent).filter((request) => request.method === "POST").length >= 5,
    );
    const bodies = await h.fake.waitForAnswer(sent);
    expect(bodies.length).toBe(5);
    for (const body of bodies) {
      expect(body.allowed_mentions).toEqual({ parse: [] });
      const embeds = body.embeds as Array<{ title?: string; description?: string }>;
      expect(embeds.length).toBeLessThanOrEqual(10);
      const size = embeds.reduce(
        (sum, embed) => sum + (embed.title?.length ?? 0) + (embed.description?.length ?? 0),
        0,
      );
      expect(size).toBeLessThanOrEqual(6000);
      expect(JSON.stringify(body)).not.toMatch(/@everyone/);
    }
    expect(JSON.stringify(bodies.at(-1))).toMatch(/more not shown/);
  });

  it("defers a slow command, then edits the original message with the answer", async () => {
    const sent = h.fake.push(chatInput(h.fake, "slow"));
    // The command only finishes after Discord has been told to wait.
    await h.fake.waitFor(
      (request) =>
        request.path === `/interactions/${sent.id}/${sent.token}/callback` &&
        (request.body as { type: number }).type === 5,
    );
    slow.open();
    const [answer] = await h.fake.waitForAnswer(sent);
    const edit = h.fake.answersTo(sent).find((request) => request.method === "PATCH");
    expect(edit?.path).toBe(`/webhooks/${h.fake.applicationId}/${sent.token}/messages/@original`);
    expect(text(answer ?? {})).toContain("Slow answer");
    expect(answer?.allowed_mentions).toEqual({ parse: [] });
  });

  it("answers an unknown topic privately, listing the known topics", async () => {
    const sent = h.fake.push(chatInput(h.fake, "brief", { topic: "atlantis" }));
    const [answer] = await h.fake.waitForAnswer(sent);
    expect(answer?.flags).toBe(EPHEMERAL);
    expect(text(answer ?? {})).toContain('unknown topic \\"atlantis\\"');
    expect(text(answer ?? {})).toContain("russia-china");
  });

  it("answers invalid input privately with the usage", async () => {
    const sent = h.fake.push(chatInput(h.fake, "brief", { topic: "russia-china", since: "yesterday-ish" }));
    const [answer] = await h.fake.waitForAnswer(sent);
    expect(answer?.flags).toBe(EPHEMERAL);
    expect(text(answer ?? {})).toMatch(/usage/);
  });

  it("answers a failing command in plain words, logging its code without stack or token", async () => {
    const sent = h.fake.push(chatInput(h.fake, "boom"));
    const [answer] = await h.fake.waitForAnswer(sent);
    expect(answer?.flags).toBe(EPHEMERAL);
    expect(text(answer ?? {})).toContain("Something went wrong");
    expect(text(answer ?? {})).not.toContain("exploded");
    const line = h.logs.find((entry) => entry.includes("discord: command failed"));
    expect(line).toBeDefined();
    expect(JSON.parse(line as string)).toMatchObject({ code: "INTERNAL", command: "boom" });
    const all = h.logs.join("\n");
    expect(all).not.toContain(TOKEN);
    expect(all).not.toMatch(/\n\s+at /);
    expect(all).not.toContain(sent.token);
  });

  it("tells an admin-only command whether the member may manage the channel, from Discord's permissions", async () => {
    const denied = h.fake.push(
      chatInput(h.fake, "admin-thing", {}, { permissions: PERMISSIONS.sendMessages }),
    );
    const [refusal] = await h.fake.waitForAnswer(denied);
    expect(refusal?.flags).toBe(EPHEMERAL);
    expect(text(refusal ?? {})).toContain("Manage Channels");

    const allowed = h.fake.push(
      chatInput(h.fake, "admin-thing", { count: 3 }, { permissions: PERMISSIONS.manageChannels }),
    );
    const [answer] = await h.fake.waitForAnswer(allowed);
    expect(text(answer ?? {})).toContain("Admin done");

    const admin = h.fake.push(
      chatInput(h.fake, "admin-thing", {}, { permissions: PERMISSIONS.administrator }),
    );
    await h.fake.waitForAnswer(admin);
    // The refused call never reached the command: execute() checked the permission first.
    expect(adminCalls.map((context) => context.canManageChannel)).toEqual([true, true]);
    expect(adminCalls[0]).toEqual({
      platform: "discord",
      channelId: h.fake.channelId,
      userId: "1100000000000000099",
      canManageChannel: true,
    });
  });

  it("answers a command Discord knows but briefbot does not", async () => {
    const sent = h.fake.push(chatInput(h.fake, "retired-command"));
    const [answer] = await h.fake.waitForAnswer(sent);
    expect(answer?.flags).toBe(EPHEMERAL);
    expect(text(answer ?? {})).toContain("register");
  });
});

describe("autocomplete", () => {
  const choicesOf = async (sent: ReturnType<typeof autocomplete>) => {
    const callback = await h.fake.waitFor(
      (request) => request.path === `/interactions/${sent.id}/${sent.token}/callback`,
    );
    const body = callback.body as { type: number; data: { choices: Array<{ name: string; value: string }> } };
    expect(body.type).toBe(8);
    return body.data.choices;
  };

  it("offers russia-china for topic: rus", async () => {
    const choices = await choicesOf(h.fake.push(autocomplete(h.fake, "brief", "topic", "rus")));
    expect(choices.map((choice) => choice.value)).toEqual(["russia-china"]);
    expect(choices[0]?.name).toContain("Russia and China");
  });

  it("offers every topic for an empty topic, and speakers of the topic for speaker", async () => {
    const topics = await choicesOf(h.fake.push(autocomplete(h.fake, "brief", "topic", "")));
    expect(topics.map((choice) => choice.value)).toEqual(["eu-energy", "russia-china"]);
    const speakers = await choicesOf(
      h.fake.push(
        autocomplete(h.fake, "quote", "speaker", "xi", { words: "partnership", topic: "russia-china" }),
      ),
    );
    expect(speakers.map((choice) => choice.value)).toContain("Xi Jinping");
    expect(speakers.length).toBeLessThanOrEqual(25);
  });

  it("answers an empty list, not an error, for a name nobody has", async () => {
    const none = await choicesOf(
      h.fake.push(autocomplete(h.fake, "quote", "speaker", "zzzz", { topic: "no-such-topic" })),
    );
    expect(none).toEqual([]);
  });
});

describe("the message context menu", () => {
  const ARTICLE =
    "Russia and China agreed on Tuesday to build a second gas pipeline across Mongolia. " +
    "The Power of Siberia 2 line would carry 50 billion cubic metres of gas a year to northern China. " +
    "“This is a historic step for both our nations,” said Alexei Miller, the head of Gazprom. " +
    "Analysts in Beijing said the price of the gas had not been settled.";

  it("defers, then briefs the message's text publicly", async () => {
    const sent = h.fake.push(messageCommand(h.fake, "Brief this message", ARTICLE));
    const [answer] = await h.fake.waitForAnswer(sent, 10_000);
    expect(callbackType(h.fake.answersTo(sent))).toBe(5);
    expect(h.fake.answersTo(sent).some((request) => request.method === "PATCH")).toBe(true);
    expect(answer?.flags ?? 0).not.toBe(EPHEMERAL);
    expect(answer?.allowed_mentions).toEqual({ parse: [] });
    expect(text(answer ?? {})).toContain("Power of Siberia 2");
  });

  it("briefs the link in a message", async () => {
    const sent = h.fake.push(
      messageCommand(h.fake, "Brief this message", `Worth reading: ${h.articleUrl} today`),
    );
    const [answer] = await h.fake.waitForAnswer(sent, 10_000);
    expect(answer?.flags ?? 0).not.toBe(EPHEMERAL);
    expect(text(answer ?? {})).toContain("Arctic shipping route");
    expect(h.articleHits()).toBeGreaterThan(0);
  });

  it("answers privately when the message has nothing to brief", async () => {
    const sent = h.fake.push(messageCommand(h.fake, "Brief this message", "   "));
    const [answer] = await h.fake.waitForAnswer(sent);
    expect(answer?.flags).toBe(EPHEMERAL);
    // Deferred in public first, so the "thinking…" message is removed and the error sent privately.
    expect(
      h.fake.answersTo(sent).map((request) => `${request.method} ${request.path.split("/").at(-1)}`),
    ).toEqual(["POST callback", "DELETE @original", `POST ${sent.token}`]);
    expect(text(answer ?? {})).toContain("no text or link");
  });
});

describe("rate limits and server errors on the way back", () => {
  it("waits out a 429 on the callback and answers after Retry-After", async () => {
    const sent = chatInput(h.fake, "topics");
    h.fake.fail({
      method: "POST",
      path: new RegExp(`^/interactions/${sent.id}/`),
      status: 429,
      headers: { "retry-after": "0.2", "x-ratelimit-scope": "user" },
      body: { message: "You are being rate limited.", retry_after: 0.2, global: false },
    });
    h.fake.push(sent);
    const [answer] = await h.fake.waitForAnswer(sent);
    const callbacks = h.fake.answersTo(sent).filter((request) => request.path.endsWith("/callback"));
    expect(callbacks.map((request) => request.status)).toEqual([429, 204]);
    expect(text(answer ?? {})).toContain("russia-china");
  });

  it("retries a 500 on the callback", async () => {
    const sent = chatInput(h.fake, "topics");
    h.fake.fail({ method: "POST", path: new RegExp(`^/interactions/${sent.id}/`), status: 500 });
    h.fake.push(sent);
    await h.fake.waitForAnswer(sent);
    const statuses = h.fake.answersTo(sent).map((request) => request.status);
    expect(statuses).toEqual([500, 204]);
  });
});

describe("the gateway", () => {
  it("resumes after a dropped connection and keeps answering", async () => {
    const identifies = h.fake.gateway.identifyCount;
    expect(h.adapter.connected).toBe(true);
    h.fake.gateway.disconnectAll(4000);
    await h.fake.gateway.ready();
    // Close code 4000 is resumable: discord.js sends RESUME (op 6), not a new IDENTIFY.
    expect(h.fake.gateway.resumeCount).toBe(1);
    expect(h.fake.gateway.identifyCount).toBe(identifies);
    const sent = h.fake.push(chatInput(h.fake, "topics"));
    const [answer] = await h.fake.waitForAnswer(sent);
    expect(text(answer ?? {})).toContain("russia-china");
    expect(h.adapter.connected).toBe(true);
  });
});
