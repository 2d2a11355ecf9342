import { describe, expect, it } from "vitest";
import { escapeMarkdown, renderMarkdown } from "../../../src/adapters/terminal/render-markdown.ts";
import { citationText, renderText } from "../../../src/adapters/terminal/render-text.ts";
import { safeText } from "../../../src/adapters/terminal/sanitize.ts";
import type { Reply } from "../../../src/core/reply.ts";

const citation = {
  documentId: "d1",
  title: "A title",
  url: "https://example.org/a",
  date: "2026-01-02",
  sentence: 4,
  license: "CC BY 2.5",
};
const reply: Reply = {
  title: "Topic",
  subtitle: "1 document",
  sections: [
    { heading: "Key points", items: [{ kind: "point", text: "First point.", citation }] },
    { heading: "Actors", items: [{ kind: "actor", text: "Bonny Lin", detail: "person · 3 mentions" }] },
    { heading: "Quotes", items: [{ kind: "quote", text: "Hello there", speaker: null, citation }] },
  ],
  footer: "Sources: Wikinews, CC BY 2.5 (https://example.org/a)",
  ephemeral: false,
};

describe("renderText", () => {
  it("cites the document and the sentence (counted from 1) under each item", () => {
    const out = renderText(reply, { width: 0 });
    expect(out).toBe(
      [
        "Topic",
        "1 document",
        "",
        "Key points",
        "   1. First point.",
        "      [A title, 2026-01-02, sentence 5 · https://example.org/a]",
        "",
        "Actors",
        "  • Bonny Lin (person · 3 mentions)",
        "",
        "Quotes",
        "  “Hello there”",
        "      — speaker unclear",
        "      [A title, 2026-01-02, sentence 5 · https://example.org/a]",
        "",
        "Sources: Wikinews, CC BY 2.5 (https://example.org/a)",
        "",
      ].join("\n"),
    );
  });
  it("wraps long lines at the width", () => {
    const long: Reply = {
      ...reply,
      sections: [{ heading: "Key points", items: [{ kind: "point", text: "word ".repeat(60).trim() }] }],
    };
    for (const line of renderText(long, { width: 60 }).split("\n"))
      expect(line.length).toBeLessThanOrEqual(60);
  });
  it("shows error replies with their code", () => {
    expect(renderText({ title: "bad", sections: [], ephemeral: true, errorCode: "INPUT_INVALID" })).toBe(
      "error [INPUT_INVALID]: bad\n",
    );
  });
  it("strips escape sequences and bidi overrides from document text", () => {
    expect(safeText("a\u001b[2Jb\u202ec\u0007d\n")).toBe("a[2Jbcd\n");
    expect(citationText({ ...citation, title: "x\u001b]0;pwned\u0007y" })).not.toContain("\u001b");
  });
});

describe("renderMarkdown", () => {
  it("renders headings, numbered points, quotes and linked citations", () => {
    const out = renderMarkdown(reply);
    expect(out).toContain("# Topic");
    expect(out).toContain("## Key points");
    expect(out).toContain("1. First point. ([A title](https://example.org/a), 2026-01-02, sentence 5)");
    expect(out).toContain("> “Hello there”\n> — speaker unclear");
  });
  it("escapes document text so it cannot become a link, image or HTML", () => {
    expect(escapeMarkdown("[bank](https://evil) <b>x</b> ![i](y)")).toBe(
      "\\[bank\\]\\(https://evil\\) \\<b\\>x\\</b\\> \\!\\[i\\]\\(y\\)",
    );
    const sneaky: Reply = {
      ...reply,
      sections: [
        {
          heading: "Key points",
          items: [{ kind: "point", text: "x", citation: { ...citation, url: "javascript:alert(1)" } }],
        },
      ],
    };
    expect(renderMarkdown(sneaky)).not.toContain("](javascript:");
  });
  it("never lets a citation's label disguise where its link goes", () => {
    const cited = (title: string, url: string): Reply => ({
      ...reply,
      sections: [
        {
          heading: "Key points",
          items: [{ kind: "point", text: "x", citation: { ...citation, title, url } }],
        },
      ],
    });
    // Credentials before the host make "bank.example" look like the destination: no link at all.
    expect(renderMarkdown(cited("Bank", "https://bank.example@evil.example/login"))).not.toContain(
      "](https://",
    );
    // A title that shows a URL is text; the link is labelled with the real host.
    const out = renderMarkdown(cited("https://bank.example/login", "https://evil.example/phish"));
    expect(out).toContain("([evil.example](https://evil.example/phish))");
    expect(out).not.toMatch(/\[https:\/\/bank[^\]]*\]\(/);
  });
});
