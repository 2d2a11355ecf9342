// Property tests over random and hostile text: the brief always validates, every quote part and
// key point is verbatim in the body at its offsets. Runs are bounded so the file stays fast; the
// linear-work check compares counts of produced units, not time (the bench compares time).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractBrief } from "../../src/core/brief/extract-brief.ts";
import { DocumentBrief, type SourceDocument } from "../../src/core/schemas.ts";
import { splitSentences } from "../../src/core/text/sentences.ts";

const doc = (body: string): SourceDocument => ({
  id: "p",
  title: "Property",
  date: null,
  source: null,
  url: null,
  license: null,
  author: null,
  body,
});
const QUOTE_MARKS = [
  '"',
  "'",
  "“",
  "”",
  "‘",
  "’",
  "„",
  "‟",
  "«",
  "»",
  "‹",
  "›",
  "〝",
  "〞",
  "〟",
  "＂",
  "‚",
  "‛",
  "❝",
  "❞",
];

function check(body: string) {
  const brief = extractBrief(doc(body));
  expect(DocumentBrief.safeParse(brief).success).toBe(true);
  const sentences = splitSentences(body);
  for (const k of brief.keyPoints) {
    expect(sentences[k.sentence]?.text).toBe(k.text);
    expect(body.includes(k.text)).toBe(true);
  }
  for (const q of brief.quotes) {
    const span = body.slice(q.start, q.end);
    const parts = q.text.split(" … ");
    expect(span.startsWith(parts[0]!)).toBe(true);
    expect(span.endsWith(parts[parts.length - 1]!)).toBe(true);
    for (const part of parts) expect(span.includes(part)).toBe(true);
  }
  return brief;
}

const newsWords = fc.constantFrom(
  "said",
  "Mr.",
  "Dr.",
  "U.S.",
  "John",
  "Smith",
  "the",
  "Ministry",
  "of",
  "Defence",
  "China",
  "Chinese",
  "(UN)",
  "UN",
  "he",
  "she",
  "company",
  "according",
  "to",
  ",",
  ".",
  "!",
  "?",
  "\n\n",
  "\n",
  ":",
  ";",
  "…",
  "—",
  "'s",
  "’s",
  ...QUOTE_MARKS,
  "\u200f",
  "\u202e",
  "\u0000",
  "\u0007",
  "\t",
  "Łukasz",
  "İstanbul",
  "ß",
  "😀",
  "a",
);

describe("extraction on random and hostile text", () => {
  it("holds its invariants on random news-like text", () => {
    fc.assert(
      fc.property(
        fc.array(newsWords, { maxLength: 300 }),
        fc.array(fc.constantFrom(" ", "", "  "), { maxLength: 300 }),
        (words, gaps) => {
          check(words.map((w, i) => w + (gaps[i] ?? " ")).join(""));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("holds its invariants on arbitrary strings", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 400 }), (s) => void check(s)),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 400 }), (s) => void check(s)),
      { numRuns: 200 },
    );
  });

  it("survives hostile documents", () => {
    const hostile = [
      '"'.repeat(100_000),
      "“".repeat(30_000) + "”".repeat(30_000),
      QUOTE_MARKS.join("x ").repeat(2_000),
      "a".repeat(1_000_000),
      "A.".repeat(200_000),
      'He said "unbalanced “nested ‘quotes” here\' and "more'.repeat(2_000),
      "\u202eRTL\u200f text \u0000 with \u0007 controls. ".repeat(2_000),
      `${"word ".repeat(100_000)}.`,
      "Ab Cd Ef Gh Ij ".repeat(20_000),
    ];
    for (const body of hostile) check(body);
  });

  it("does work in proportion to the input: ten times the text, about ten times the output", () => {
    const unit =
      'Maria Lopez of the World Bank said, "Growth will slow." The U.S. agreed. "It is fine," he said.\n\n';
    const small = extractBrief(doc(unit.repeat(100)));
    const large = extractBrief(doc(unit.repeat(1000)));
    expect(large.quotes.length).toBe(10 * small.quotes.length);
    const mentions = (b: typeof small) => b.actors.reduce((n, a) => n + a.mentions, 0);
    expect(mentions(large)).toBe(10 * mentions(small));
  });

  it("scans the text in proportion to its length when a surname that heads events recurs", () => {
    // "Day" alone may be the surname of someone named in full; looking that up once per
    // occurrence over the whole text made a text full of "Day" quadratic.
    const unit = "It was a long Day for Jane Roe and Day kept on. ";
    const small = scannedChars(unit.repeat(200));
    const large = scannedChars(unit.repeat(2000));
    expect(large / small).toBeLessThan(20);
  });

  it("scans the text in proportion to its length when many surnames follow a party's name", () => {
    // "Republican Quill" asks whether the text names a Quill in full; one scan of the text per
    // distinct surname made a text of many such names quadratic.
    const surname = (i: number): string =>
      `Q${[...i.toString(26)].map((d) => String.fromCharCode(97 + Number.parseInt(d, 26))).join("")}ll`;
    const text = (n: number): string =>
      Array.from({ length: n }, (_, i) => `Jane ${surname(i)} spoke. Republican ${surname(i)} agreed. `).join(
        "",
      );
    const small = scannedChars(text(100));
    const large = scannedChars(text(1000));
    expect(large / small).toBeLessThan(20);
  });
});

/** How many characters `matchAll` scans while extracting the brief of `body`. */
function scannedChars(body: string): number {
  const original = String.prototype.matchAll;
  let chars = 0;
  String.prototype.matchAll = function (this: string, regexp: RegExp) {
    chars += this.length;
    return original.call(this, regexp);
  } as typeof original;
  try {
    extractBrief(doc(body));
  } finally {
    String.prototype.matchAll = original;
  }
  return chars;
}
