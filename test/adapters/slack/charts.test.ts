// `/brief <topic> chart:yes` in Slack, through the real Bolt and WebClient against the fake Slack,
// with the real commands and store (bundled russia-china topic): the brief is answered as before,
// the charts follow as one upload (getUploadURLExternal -> bytes -> completeUploadExternal) of
// valid PNGs with alt text, after the ack; a channel the bot is not in gets a private explanation.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { FakeSlack } from "../../fakes/slack-api.ts";
import { postSigned, slashCommandBody } from "../../fakes/slack-requests.ts";
import { decodePng } from "../../support/png.ts";
import { type RealSlackBot, startRealSlackBot } from "./real-bot.ts";
import { BOT_TOKEN, blockTexts, SIGNING_SECRET } from "./support.ts";

let bot: RealSlackBot;
let slack: FakeSlack;
let endpoint: string;
let responses = 0;

beforeAll(async () => {
  bot = await startRealSlackBot("briefbot-slack-charts-");
  ({ slack, endpoint } = bot);
}, 30_000);

beforeEach(() => slack.reset());

afterAll(async () => {
  await bot?.stop();
});

/** Sends a slash command; resolves when it is acked, with when that was and the response id. */
async function slash(text: string, channelId = "C_GENERAL"): Promise<{ id: string; ackedAt: number }> {
  const id = `charts-${++responses}`;
  const ack = await postSigned(
    endpoint,
    SIGNING_SECRET,
    slashCommandBody({ command: "/brief", text, responseUrl: slack.responseUrl(id), channelId }),
  );
  expect(ack.status).toBe(200);
  return { id, ackedAt: Date.now() };
}

const answers = (id: string) => slack.responses.filter((response) => response.id === id);

describe("Slack: /brief with charts", () => {
  it("answers the brief, then uploads the timeline and the actor graph as valid PNGs with alt text", async () => {
    const { id, ackedAt } = await slash("russia-china chart:yes");
    await slack.waitFor(() => slack.files.shared("C_GENERAL").length === 2, 10_000);
    expect(blockTexts(answers(id)[0]!.body)).toContain("Russia and China");
    const [timeline, actors] = slack.files.shared("C_GENERAL");
    for (const upload of [timeline!, actors!]) {
      expect(upload.problems).toEqual([]);
      const image = decodePng(upload.bytes!);
      expect([image.width, image.height]).toEqual([upload.png!.width, upload.png!.height]);
    }
    expect(timeline).toMatchObject({ filename: "russia-china-coverage.png", png: { width: 800 } });
    expect(timeline!.completed?.title).toBe("Coverage: Russia and China");
    expect(timeline!.altText).toMatch(
      /^Coverage timeline of Russia and China, documents per day: 1 document on 7 Sep 2022\./,
    );
    expect(actors).toMatchObject({ filename: "russia-china-actors.png", png: { width: 800, height: 580 } });
    expect(actors!.altText).toMatch(
      /^Actor graph of Russia and China: the \d+ most mentioned actors in 1 document/,
    );
    // One completeUploadExternal for both: one message in the channel.
    const completes = slack.calls.filter((call) => call.method === "files.completeUploadExternal");
    expect(completes).toHaveLength(1);
    // The upload came after the ack: Slack's 3 s never waits for a chart.
    const first = slack.calls.find((call) => call.method === "files.getUploadURLExternal")!;
    expect(first.at).toBeGreaterThanOrEqual(ackedAt - 5);
    expect(first.token).toBe(BOT_TOKEN);
  });

  it("uploads nothing for a brief without chart:yes", async () => {
    const { id } = await slash("russia-china");
    await slack.waitFor(() => answers(id).length > 0, 10_000);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(slack.calls.filter((call) => call.method.startsWith("files."))).toEqual([]);
  });

  it("still answers the brief where the bot may not share files, and says why privately", async () => {
    slack.setChannel("C_PRIVATE", "not_in_channel");
    const { id } = await slash("russia-china chart:yes", "C_PRIVATE");
    await slack.waitFor(() => answers(id).length >= 2, 10_000);
    const [brief, note] = answers(id);
    expect(brief!.body.response_type).toBe("in_channel");
    expect(note!.body).toMatchObject({ response_type: "ephemeral" });
    expect(String(note!.body.text)).toMatch(/charts could not be posted: briefbot is not in this channel/);
    expect(slack.files.shared()).toEqual([]);
  });

  it("refuses a bad chart value with the usage, privately", async () => {
    const { id } = await slash("russia-china chart:maybe");
    await slack.waitFor(() => answers(id).length > 0, 10_000);
    expect(answers(id)[0]!.body.response_type).toBe("ephemeral");
    expect(blockTexts(answers(id)[0]!.body)).toMatch(/chart must be yes or no/);
  });
});
