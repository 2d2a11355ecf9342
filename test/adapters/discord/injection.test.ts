// Hostile document text through the real discord.js: every payload the fake receives must carry
// allowed_mentions { parse: [] }, and no mention, masked link or markup may survive in it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { COMMANDS } from "../../../commands/index.ts";
import { autocomplete, chatInput, messageCommand } from "../../fakes/discord-interactions.ts";
import { type Harness, seedDocument, seededStore, startHarness } from "./harness.ts";
import { briefMessageStandIn } from "./test-commands.ts";

const HOSTILE =
  "@everyone @here <@123> <@!124> <@&456> <#789> [bank](https://evil.example/login) ```fence``` \u202Eevil";

let h: Harness;

beforeAll(async () => {
  const store = await seededStore();
  const { document, brief } = seedDocument("doc-evil", {
    title: `Breaking [bank](https://evil.example) @everyone`,
    url: "javascript:alert(1)",
    points: [`Russia says ${HOSTILE} in a statement.`, "China answered <@&456> within the hour."],
    quotes: [
      [`We warn ${HOSTILE}`, "<@&456> Spokesman"],
      ["Nobody knows who said this @here", null],
    ],
    actors: ["@everyone", "Russia", "China"],
  });
  await store.addDocument(document, brief, ["russia-china"]);
  const hasMessageCommand = COMMANDS.some((command) => command.name === "brief-message");
  h = await startHarness([...COMMANDS, ...(hasMessageCommand ? [] : [briefMessageStandIn])], { store });
});
afterAll(async () => {
  await h?.close();
});

function expectInert(body: Record<string, unknown>): void {
  // Mentions: nowhere, footers included. JSON keeps U+200B as is, so "@\u200beveryone" passes.
  const serialised = JSON.stringify(body);
  expect(serialised).not.toMatch(/@(everyone|here)/);
  expect(serialised).not.toMatch(/<@[!&]?\d+>/);
  expect(serialised).not.toMatch(/<#\d+>/);
  expect(serialised).not.toMatch(/[\u202A-\u202E]/);
  // Markup: wherever Discord renders markdown (not footers, which show plain text).
  const embeds = (body.embeds ?? []) as Array<{ url?: string; footer?: unknown }>;
  const rendered = JSON.stringify([body.content ?? "", embeds.map((embed) => ({ ...embed, footer: null }))]);
  // A masked link needs an unescaped "[text](": the escaped form is \\[ in JSON.
  expect(rendered).not.toMatch(/(?<!\\\\)\[bank(\\\\)?\]\(/);
  expect(rendered).not.toContain("evil.example/login)");
  expect(rendered).not.toMatch(/(?<!\\\\)```/);
  // Only http(s) link targets: a javascript: URL may show as text (Discord links no such text).
  expect(rendered).not.toMatch(/\]\((?!https?:)/);
  for (const embed of embeds) {
    if (embed.url !== undefined) expect(embed.url).toMatch(/^https?:/);
  }
}

describe("mention and markup injection", () => {
  it("renders hostile documents inert in /brief, /quote and /who, with mentions disabled on every payload", async () => {
    const runs = [
      chatInput(h.fake, "brief", { topic: "russia-china" }),
      chatInput(h.fake, "quote", { words: "warn" }),
      chatInput(h.fake, "quote", { words: "knows" }),
      chatInput(h.fake, "who", { name: "Russia" }),
    ];
    for (const sent of runs) {
      h.fake.push(sent);
      await h.fake.waitForAnswer(sent);
    }
    const briefText = JSON.stringify(
      h.fake.answersTo(runs[0] as (typeof runs)[0]).map((request) => request.body),
    );
    // The hostile text did reach the reply, made harmless.
    expect(briefText).toContain("Russia says @\u200beveryone");
    expect(briefText).toContain("\\\\[bank\\\\]\\\\(https://evil.example/login\\\\)");

    const payloads = h.fake.messagePayloads();
    expect(payloads.length).toBeGreaterThanOrEqual(runs.length);
    for (const { body } of payloads) {
      expect(body.allowed_mentions).toEqual({ parse: [] });
      expectInert(body);
    }
  });

  it("renders a hostile chat message inert in the context-menu answer", async () => {
    const message =
      // No http link: the command would fetch it instead of briefing the text.
      "Officials in Moscow said @everyone @here <@123> <@&456> <#789> [bank](evil) ```fence``` on Monday after the talks. " +
      "“We warn @everyone and <@123> about this,” said Ivan Petrov, a spokesman for the ministry.";
    const sent = h.fake.push(messageCommand(h.fake, "Brief this message", message));
    const answers = await h.fake.waitForAnswer(sent, 10_000);
    expect(answers.length).toBeGreaterThan(0);
    // The message was briefed (not refused), and its hostile text is in the answer, inert.
    expect(answers[0]?.flags ?? 0).not.toBe(64);
    expect(JSON.stringify(answers)).toContain("@\u200beveryone");
    for (const body of answers) {
      expect(body.allowed_mentions).toEqual({ parse: [] });
      expectInert(body);
    }
  });

  it("offers autocomplete choices as plain names", async () => {
    const sent = h.fake.push(autocomplete(h.fake, "quote", "speaker", "", { topic: "russia-china" }));
    const callback = await h.fake.waitFor(
      (request) => request.path === `/interactions/${sent.id}/${sent.token}/callback`,
    );
    const choices = (callback.body as { data: { choices: Array<{ name: string; value: string }> } }).data
      .choices;
    expect(choices.length).toBeGreaterThan(0);
    for (const choice of choices) {
      expect(choice.name.length).toBeLessThanOrEqual(100);
      expect(choice.value.length).toBeLessThanOrEqual(100);
    }
  });
});
