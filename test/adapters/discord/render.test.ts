// Reply -> embeds: Discord's limits with a huge brief, and document text made inert.
import { describe, expect, it } from "vitest";
import { inertMarkdown, safeUrl, truncate } from "../../../src/adapters/discord/escape.ts";
import { DISCORD_LIMITS, messageSize, renderReply } from "../../../src/adapters/discord/render.ts";
import type { Reply, ReplyItem } from "../../../src/core/reply.ts";

const citation = (n: number) => ({
  documentId: `doc-${n}`,
  title: `Document number ${n} with a long enough title to matter`,
  url: `https://news.example.org/2026/11/${n}/a-fairly-long-article-slug-${n}`,
  date: "2026-11-20",
  sentence: n,
  license: "CC BY 2.5",
});

function hugeReply(items: number, textLength: number): Reply {
  const word = "lorem ipsum dolor sit amet ";
  const long = word.repeat(Math.ceil(textLength / word.length)).slice(0, textLength);
  const points: ReplyItem[] = Array.from({ length: items }, (_, n) => ({
    kind: "point",
    text: `${n}: ${long}`,
    citation: citation(n),
  }));
  const quotes: ReplyItem[] = Array.from({ length: items }, (_, n) => ({
    kind: "quote",
    text: `${n}: ${long}`,
    speaker: `Speaker ${n}`,
    citation: citation(n),
  }));
  return {
    title: "T".repeat(400),
    subtitle: "S".repeat(3000),
    sections: [
      { heading: "Key points", items: points },
      {
        heading: "Actors",
        items: Array.from({ length: items }, (_, n) => ({
          kind: "actor",
          text: `Actor ${n}`,
          detail: "person · 3 mentions",
        })),
      },
      { heading: "Quotes", items: quotes },
    ],
    footer: `Sources: ${"x".repeat(5000)}`,
    ephemeral: false,
  };
}

function checkLimits(messages: ReturnType<typeof renderReply>): void {
  for (const message of messages) {
    expect(message.embeds.length).toBeGreaterThan(0);
    expect(message.embeds.length).toBeLessThanOrEqual(DISCORD_LIMITS.embedsPerMessage);
    expect(messageSize(message)).toBeLessThanOrEqual(DISCORD_LIMITS.charsPerMessage);
    for (const embed of message.embeds) {
      expect(embed.title?.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.title);
      expect(embed.description?.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.description);
      expect(embed.footer?.text.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.footer);
      expect(embed.fields?.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.fields);
    }
  }
}

describe("renderReply", () => {
  it("keeps a huge brief within every limit, continues in follow-ups and says what was left out", () => {
    const messages = renderReply(hugeReply(300, 5000));
    checkLimits(messages);
    expect(messages.length).toBe(5);
    expect(messages[0]?.embeds[0]?.title?.length).toBeLessThanOrEqual(256);
    const last = messages.at(-1)?.embeds.at(-1);
    expect(last?.description).toMatch(/…and \d+ more not shown\./);
    expect(last?.footer?.text.startsWith("Sources:")).toBe(true);
  });

  it("fits a medium brief completely, in order, over several messages", () => {
    const reply = hugeReply(12, 500);
    const messages = renderReply(reply, { maxMessages: 20 });
    checkLimits(messages);
    const all = messages
      .flatMap((message) => message.embeds.map((embed) => embed.description ?? ""))
      .join("\n");
    expect(all).not.toContain("more not shown");
    for (let n = 0; n < 12; n++) expect(all).toContain(`• ${n}: lorem`);
    expect(all.indexOf("**Key points**")).toBeLessThan(all.indexOf("**Actors**"));
    expect(all.indexOf("**Actors**")).toBeLessThan(all.indexOf("**Quotes**"));
    // A section cut between embeds names itself again.
    expect(all).toMatch(/\*\*(Key points|Quotes)\*\* \(continued\)/);
  });

  it("renders an empty reply as a single titled embed", () => {
    const messages = renderReply({ title: "Nothing", sections: [], ephemeral: true });
    expect(messages).toEqual([{ embeds: [{ title: "Nothing", color: 0x99aab5 }] }]);
  });

  it("renders 1,000 quotes in one message budget without breaking a limit", () => {
    const reply: Reply = {
      title: "Quotes",
      sections: [
        {
          heading: "Quotes",
          items: Array.from({ length: 1000 }, (_, n) => ({
            kind: "quote",
            text: `q${n}`,
            speaker: null,
            citation: citation(n),
          })),
        },
      ],
      ephemeral: false,
    };
    checkLimits(renderReply(reply));
  });
});

describe("inert text", () => {
  const hostile =
    "@everyone @here <@123> <@!124> <@&456> <#789> [bank](https://evil.example) **bold** `code` ```fence``` " +
    "||spoiler|| ~~gone~~ > quote # heading \u202Eevil\u202C zero\u200Bwidth";

  it("escapes markdown, breaks mentions and drops invisible characters", () => {
    const out = inertMarkdown(hostile, 1000);
    expect(out).not.toMatch(/@(everyone|here)/);
    expect(out).not.toMatch(/<@!?&?\d+>/);
    expect(out).not.toMatch(/<#\d+>/);
    expect(out).not.toMatch(/(?<!\\)\[bank(?<!\\)\]\(/);
    expect(out).toContain("\\[bank\\]\\(https://evil.example\\)");
    expect(out).toContain("\\*\\*bold\\*\\*");
    expect(out).toContain("\\`code\\`");
    expect(out).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
    expect(out).toContain("zerowidth");
  });

  it("escapes backslashes first, so a pre-escaped link cannot come back to life", () => {
    expect(inertMarkdown("\\[bank](https://evil)")).toBe("\\\\\\[bank\\]\\(https://evil\\)");
  });

  it("cuts a 10,000-character word and never splits a surrogate pair", () => {
    expect(inertMarkdown("a".repeat(10_000), 600).length).toBeLessThanOrEqual(600);
    const emoji = "😀".repeat(10);
    const cut = truncate(emoji, 6);
    expect(cut.endsWith("…")).toBe(true);
    expect(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/.test(cut)).toBe(false);
  });

  it("builds links from http(s) URLs only, with nothing that could end the link target", () => {
    expect(safeUrl("javascript:alert(1)")).toBeNull();
    expect(safeUrl("data:text/html,hi")).toBeNull();
    expect(safeUrl("https://user:pw@example.org/")).toBeNull();
    expect(safeUrl("not a url")).toBeNull();
    expect(safeUrl(null)).toBeNull();
    expect(safeUrl("https://example.org/a_(b) c")).toBe("https://example.org/a_%28b%29%20c");
  });

  it("renders a citation with a javascript: URL as plain text", () => {
    const [message] = renderReply({
      title: "x",
      sections: [
        {
          heading: "Key points",
          items: [
            {
              kind: "point",
              text: "p",
              citation: { ...citation(1), title: "Click me", url: "javascript:alert(1)" },
            },
          ],
        },
      ],
      ephemeral: false,
    });
    const description = message?.embeds[0]?.description ?? "";
    expect(description).toContain("Click me, 2026-11-20");
    expect(description).not.toContain("javascript");
  });
});
