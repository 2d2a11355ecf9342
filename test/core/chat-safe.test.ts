// One sanitiser for every place briefbot shows document text: the same hostile text comes out of
// the Slack, Discord and terminal renderers with the same characters removed.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { renderReply as renderDiscord } from "../../src/adapters/discord/render.ts";
import { renderReply as renderSlack } from "../../src/adapters/slack/render-reply.ts";
import { renderText } from "../../src/adapters/terminal/render-text.ts";
import type { Reply } from "../../src/core/reply.ts";
import { chatSafe, defuseMassMentions, stripInvisible } from "../../src/core/text/chat-safe.ts";
import { INVISIBLES, MENTIONS } from "../reliability/hostile-text.ts";

/** Every character that hides or reorders text or drives a terminal, as a user's screen would suffer it. */
const HIDDEN =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u206F\uFEFF]/;

const replyWith = (text: string): Reply => ({
  title: `Title ${text}`,
  subtitle: `Subtitle ${text}`,
  sections: [
    {
      heading: `Heading ${text}`,
      items: [
        { kind: "point", text: `Point ${text}` },
        { kind: "quote", text: `Quote ${text}`, speaker: `Speaker ${text}` },
        { kind: "actor", text: `Actor ${text}`, detail: `detail ${text}` },
      ],
    },
  ],
  footer: `Footer ${text}`,
  ephemeral: false,
});

/** Every string in a rendered payload, joined. */
const strings = (value: unknown): string =>
  typeof value === "string"
    ? value
    : Array.isArray(value) || (typeof value === "object" && value !== null)
      ? Object.values(value).map(strings).join("\n")
      : "";

/** What each renderer shows of a reply, as one string. */
const shown = {
  slack: (reply: Reply) => strings(renderSlack(reply)),
  discord: (reply: Reply) => strings(renderDiscord(reply)),
  terminal: (reply: Reply) => renderText(reply),
};

describe("chat-safe", () => {
  it("removes every invisible, bidi and control character, and keeps tabs, newlines and visible text", () => {
    const hostile = `a ${INVISIBLES.join(" b ")} c\td\ne`;
    const clean = stripInvisible(hostile);
    expect(clean).not.toMatch(HIDDEN);
    expect(clean.match(/b/g)).toHaveLength(INVISIBLES.length - 1);
    expect(clean).toMatch(/^a .* c\td\ne$/s);
    expect(stripInvisible("x\r\ny\rz\u2028w")).toBe("x\ny\nz\nw");
    // Joiners stay where they join two visible characters (an emoji family), nowhere else.
    expect(stripInvisible("👨\u200D👩 \u200Cx y\u200D\u200C\u200D")).toBe("👨\u200D👩 x y");
  });

  it("breaks mass mentions in both Slack's and Discord's syntax, and nothing else", () => {
    for (const mention of ["@everyone", "@here", "@channel", "<!channel>", "<!here>", "<!everyone>"]) {
      const defused = defuseMassMentions(`hi ${mention}!`);
      expect(defused).not.toContain(mention);
      expect(defused.replace("\u200B", "")).toBe(`hi ${mention}!`);
    }
    expect(defuseMassMentions("mail me@example.com about @heresy")).toBe("mail me@example.com about @heresy");
  });

  it.each(Object.entries(shown))(
    "leaves no hidden character in what %s shows (property)",
    (_name, render) => {
      fc.assert(
        fc.property(
          fc.array(fc.constantFrom(...INVISIBLES, ...MENTIONS, "x", " "), { maxLength: 30 }),
          (parts) => {
            const output = render(replyWith(parts.join("")));
            // Discord and Slack break mentions with a zero-width space of their own; nothing else hides.
            // Joiners between two visible characters are legitimate (emoji families): look at the rest.
            const rest = output
              .replaceAll("\u200B", "")
              .replace(/(?<=[^\s\u200C\u200D])[\u200C\u200D]+(?=[^\s\u200C\u200D])/g, "");
            expect(rest).not.toMatch(HIDDEN);
          },
        ),
        { numRuns: 150 },
      );
    },
  );

  it("is the same sanitiser everywhere: chatSafe is idempotent and keeps plain text as it is", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 40 }), (text) => {
        expect(chatSafe(chatSafe(text))).toBe(chatSafe(text));
      }),
    );
    expect(chatSafe("Bonny Lin said “closer ties” – 7 d")).toBe("Bonny Lin said “closer ties” – 7 d");
  });
});
