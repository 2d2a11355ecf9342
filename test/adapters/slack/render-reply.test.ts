// Reply -> Block Kit, without Slack: content, limits, escaping. Property tests throw arbitrary
// (and hostile) text at the renderer and check every message against Slack's limits and that the
// only live markup in it is links we built to http(s) URLs.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LIMITS, limitViolations, type SlackMessage } from "../../../src/adapters/slack/block-kit.ts";
import { escapeAndFit, escapeText, safeUrl, slackLink } from "../../../src/adapters/slack/escape.ts";
import { renderReply } from "../../../src/adapters/slack/render-reply.ts";
import type { Reply, ReplyItem } from "../../../src/core/reply.ts";
import { blockTexts, hostileReply, sampleReply } from "./support.ts";

/** Every `<...>` in the text: each must be one of our links. */
const liveMarkup = (text: string): string[] => text.match(/<[^>]*>?/g) ?? [];

const allTexts = (messages: SlackMessage[]): string =>
  messages
    .map((message) => `${message.text}\n${blockTexts(message as unknown as Record<string, unknown>)}`)
    .join("\n");

describe("escaping", () => {
  it("escapes the three control characters and drops bidi overrides and zero-width characters", () => {
    expect(escapeText("a & b <!channel> <@U1> > c")).toBe("a &amp; b &lt;!channel&gt; &lt;@U1&gt; &gt; c");
    expect(escapeText("abc\u202Eexe\u200B\u2066x")).toBe("abcexex");
    expect(escapeText("👨\u200D👩")).toBe("👨\u200D👩"); // ZWJ sequences survive
  });

  it("fits escaped text into a budget without cutting an entity or a surrogate pair", () => {
    const fitted = escapeAndFit(`${"&".repeat(10)}😀😀😀`, 12);
    expect(fitted.length).toBeLessThanOrEqual(12);
    expect(fitted).toMatch(/^(&amp;)*…$/);
    const emoji = escapeAndFit("😀".repeat(10), 7);
    expect(emoji.length).toBeLessThanOrEqual(7);
    expect(emoji).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });

  it("links only http(s) URLs, without credentials, with | < > encoded", () => {
    expect(safeUrl("javascript:alert(1)")).toBeNull();
    expect(safeUrl("data:text/html,x")).toBeNull();
    expect(safeUrl("https://bank.example@evil.example/")).toBeNull();
    expect(safeUrl("not a url")).toBeNull();
    expect(safeUrl("https://ok.example/a|b")).toBe("https://ok.example/a%7Cb");
    expect(slackLink("https://x.example/?a=1&b=2", "A & B")).toBe(
      "<https://x.example/?a=1&amp;b=2|A &amp; B>",
    );
    expect(slackLink("ftp://x.example/", "<!channel>")).toBe("&lt;!channel&gt;");
    // A title that shows a URL never becomes the text of a link to somewhere else.
    expect(slackLink("https://evil.example/x", "https://bank.example")).toBe(
      "https://bank.example (<https://evil.example/x|evil.example>)",
    );
  });
});

describe("renderReply", () => {
  it("renders a short reply as one message: header, points with sources, actors, quotes, footer", () => {
    const [message, ...rest] = renderReply(sampleReply({ points: 2, actors: 2, quotes: 1 }));
    expect(rest).toEqual([]);
    const types = message?.blocks.map((block) => block.type);
    expect(types).toEqual(["header", "context", "section", "context", "section", "section", "context"]);
    expect(message?.text).toBe("Russia and China — 3 documents, 2022-09-01 to 2022-09-07");
  });

  it("renders an error as one plain context line, not a header", () => {
    const [message] = renderReply({
      title: 'no topic "x"',
      sections: [],
      ephemeral: true,
      errorCode: "TOPIC_NOT_FOUND",
    });
    expect(message?.blocks).toEqual([
      { type: "context", elements: [{ type: "mrkdwn", text: ':warning: no topic "x"', verbatim: true }] },
    ]);
  });

  it("names a Slack channel as a channel link, and any other id as plain text", () => {
    const [message] = renderReply({
      title: "Digests of this channel",
      sections: [
        {
          heading: "2 subscriptions",
          items: [
            {
              kind: "text",
              text: "russia-china",
              detail: "08:00 daily",
              channel: { platform: "slack", id: "C0123ABC" },
            },
            { kind: "text", text: "eu-energy", channel: { platform: "slack", id: "<!channel>" } },
          ],
        },
      ],
      ephemeral: true,
    });
    const text = JSON.stringify(message);
    expect(text).toContain("russia-china → <#C0123ABC> — 08:00 daily");
    expect(text).toContain("eu-energy → slack &lt;!channel&gt;");
  });

  it("never makes an empty section from an empty heading", () => {
    const messages = renderReply({ title: "T", sections: [{ heading: "  ", items: [] }], ephemeral: false });
    expect(messages.flatMap((message) => limitViolations(message))).toEqual([]);
  });

  it("cuts a huge reply: the first message says more in thread, at most 4 thread messages, then a count", () => {
    const messages = renderReply(sampleReply({ points: 500, actors: 500, quotes: 500, wordLength: 3000 }));
    expect(messages.length).toBe(5);
    for (const message of messages) expect(limitViolations(message)).toEqual([]);
    expect(blockTexts(messages[0] as never)).toContain("More in thread");
    expect(blockTexts(messages[4] as never)).toMatch(/… \d+ more items not shown/);
  });

  it("marks a section that continues in the next message", () => {
    const messages = renderReply(sampleReply({ points: 0, actors: 0, quotes: 80 }));
    expect(messages.length).toBe(2);
    expect(blockTexts(messages[1] as never)).toMatch(/^\*Quotes\* \(continued\)/);
  });

  it("keeps an item with a huge URL, detail and text within one section", () => {
    const url = `https://x.example/?${"a=1&".repeat(450)}`;
    const item: ReplyItem = {
      kind: "point",
      text: "word ".repeat(1000),
      detail: "d".repeat(500),
      citation: { documentId: "d", title: "T".repeat(500), url, date: "2022-09-07", sentence: 0 },
    };
    const quote: ReplyItem = { ...item, kind: "quote", speaker: "S".repeat(500) };
    const messages = renderReply({
      title: "T",
      sections: [{ heading: "H", items: [item, quote] }],
      ephemeral: false,
    });
    for (const message of messages) expect(limitViolations(message)).toEqual([]);
    expect(blockTexts(messages[0] as never)).toContain("(TTTT");
  });

  it("leaves no live mention, broadcast or foreign link in hostile text", () => {
    const text = allTexts(renderReply(hostileReply()));
    for (const markup of liveMarkup(text)) expect(markup).toMatch(/^<https?:\/\/[^|<>\s]+\|[^<>]*>$/);
    expect(text).not.toContain("\u202E");
  });

  const item = fc.record({
    kind: fc.constantFrom("point", "quote", "actor", "text"),
    text: fc.string({ maxLength: 4000, unit: "grapheme" }),
    speaker: fc.option(fc.string({ maxLength: 300 }), { nil: null }),
    detail: fc.option(fc.string({ maxLength: 300 }), { nil: undefined }),
    citation: fc.option(
      fc.record({
        documentId: fc.string({ minLength: 1, maxLength: 20 }),
        title: fc.string({ maxLength: 400 }),
        url: fc.option(
          fc.oneof(
            fc.webUrl(),
            fc.string({ maxLength: 1500 }).map((path) => `https://x.example/${path}&${path}`),
            fc.string({ maxLength: 100 }),
            fc.constant("javascript:x"),
          ),
          {
            nil: null,
          },
        ),
        date: fc.option(fc.string({ maxLength: 12 }), { nil: null }),
        sentence: fc.nat(),
      }),
      { nil: undefined },
    ),
  });
  const hostileWords = fc.constantFrom(
    "<!channel>",
    "<@U123>",
    "<#C1>",
    "<https://evil|bank>",
    "&",
    ">",
    "<",
    "@here",
    "\u202E",
  );
  const reply = fc.record({
    title: fc.oneof(fc.string({ maxLength: 400 }), hostileWords),
    subtitle: fc.option(fc.string({ maxLength: 4000 }), { nil: undefined }),
    sections: fc.array(
      fc.record({
        heading: fc.oneof(fc.string({ maxLength: 300 }), hostileWords),
        items: fc.array(item, { maxLength: 120 }),
      }),
      {
        maxLength: 5,
      },
    ),
    footer: fc.option(fc.string({ maxLength: 4000 }), { nil: undefined }),
    ephemeral: fc.boolean(),
  });

  it("keeps every message of any reply within Slack's limits, with only our links live", () => {
    fc.assert(
      fc.property(reply, (value) => {
        const messages = renderReply(value as Reply);
        expect(messages.length).toBeGreaterThanOrEqual(1);
        expect(messages.length).toBeLessThanOrEqual(5);
        for (const message of messages) {
          expect(limitViolations(message)).toEqual([]);
          expect(message.text.length).toBeLessThanOrEqual(LIMITS.fallbackText);
        }
        for (const markup of liveMarkup(allTexts(messages))) {
          expect(markup).toMatch(/^<https?:\/\/[^|<>\s]+\|[^<>]*>$/);
        }
      }),
      { numRuns: 60 },
    );
  });

  it("keeps hostile words inert wherever they appear", () => {
    fc.assert(
      fc.property(fc.array(hostileWords, { minLength: 1, maxLength: 30 }), (words) => {
        const text = words.join(" ");
        const items: ReplyItem[] = [
          { kind: "point", text },
          { kind: "quote", text, speaker: text },
          { kind: "actor", text, detail: text },
        ];
        const rendered = allTexts(
          renderReply({
            title: text,
            subtitle: text,
            sections: [{ heading: text, items }],
            footer: text,
            ephemeral: false,
          }),
        );
        expect(liveMarkup(rendered)).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });
});
