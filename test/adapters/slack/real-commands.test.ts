// The real command list and the real store (bundled russia-china topic, SQLite in a temp dir)
// behind the real Bolt: what a Slack user sees for each command and for "Brief this".
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FakeSlack } from "../../fakes/slack-api.ts";
import {
  interactiveBody,
  messageShortcutPayload,
  postSigned,
  slashCommandBody,
} from "../../fakes/slack-requests.ts";
import { type RealSlackBot, startRealSlackBot } from "./real-bot.ts";
import { blockTexts, SIGNING_SECRET } from "./support.ts";

let bot: RealSlackBot;
let slack: FakeSlack;
let endpoint: string;
let responses = 0;

beforeAll(async () => {
  bot = await startRealSlackBot("briefbot-slack-real-");
  ({ slack, endpoint } = bot);
}, 30_000);

afterAll(async () => {
  await bot?.stop();
});

async function slash(command: string, text: string): Promise<Record<string, unknown>> {
  const id = `real-${++responses}`;
  const ack = await postSigned(
    endpoint,
    SIGNING_SECRET,
    slashCommandBody({ command, text, responseUrl: slack.responseUrl(id) }),
  );
  expect(ack.status).toBe(200);
  await slack.waitFor(() => slack.responses.some((response) => response.id === id), 10_000);
  return slack.responses.find((response) => response.id === id)?.body ?? {};
}

describe("Slack with the real commands and store", () => {
  it("/brief russia-china: key points, actors, quotes with speakers, to the channel", async () => {
    const message = await slash("/brief", "russia-china");
    expect(message.response_type).toBe("in_channel");
    const text = blockTexts(message);
    expect(text).toContain("*Key points*\n• ");
    expect(text).toMatch(/\*Actors:\* .*Bonny Lin/);
    expect(text).toMatch(/>“The Russian Navy and the Chinese Navy[^”]*”\n— \*Russian Ministry of Defense\*/);
  });

  it("/brief with an unknown topic answers privately with the known topics", async () => {
    const message = await slash("/brief", "russia-chinaa");
    expect(message.response_type).toBe("ephemeral");
    expect(blockTexts(message)).toContain("russia-china");
  });

  it("/topics, /quote and /who answer from the store", async () => {
    expect(blockTexts(await slash("/topics", ""))).toContain("russia-china");
    const quote = blockTexts(await slash("/quote", "navy"));
    expect(quote).toContain("The Russian Navy and the Chinese Navy");
    const who = await slash("/who", '"Bonny Lin"');
    expect(blockTexts(who)).toContain("Bonny Lin");
  });

  it("an error is one plain context line with the hints, not a large header", async () => {
    const message = await slash("/brief", "russia-chinaa");
    const blocks = (message.blocks ?? []) as Array<{ type: string; elements?: Array<{ text: string }> }>;
    expect(blocks.map((block) => block.type)).not.toContain("header");
    expect(blocks[0]?.type).toBe("context");
    expect(blocks[0]?.elements?.[0]?.text).toMatch(/^:warning: .*russia-chinaa/);
    expect(blockTexts(message)).toContain("russia-china");
  });

  it("/brief help lists the slash commands only", async () => {
    const message = await slash("/brief", "help");
    const text = blockTexts(message);
    expect(message.response_type).toBe("ephemeral");
    for (const name of ["/brief", "/quote", "/who", "/topics"]) expect(text).toContain(name);
    expect(text).not.toContain("/brief-message");
  });

  it("Brief this: a message's text is ingested and briefed in its thread", async () => {
    const before = slack.posts().length;
    const payload = messageShortcutPayload({
      messageText:
        "Moscow and Beijing signed a new energy agreement on Tuesday, officials said. &lt;!channel&gt; " +
        "“We will build the pipeline together,” said Alexei Miller, the head of Gazprom. " +
        "The deal covers gas deliveries through the Power of Siberia pipeline for thirty years.",
      messageTs: "1700000001.000100",
    });
    const ack = await postSigned(endpoint, SIGNING_SECRET, interactiveBody(payload));
    expect(ack.status).toBe(200);
    await slack.waitFor(() => slack.posts().length > before, 10_000);
    const post = slack.posts()[before];
    expect(post?.body.thread_ts).toBe("1700000001.000100");
    const text = blockTexts(post?.body ?? {});
    expect(text).toContain("Power of Siberia");
    expect(JSON.stringify(post?.body)).not.toContain("<!channel>");
  });
});
