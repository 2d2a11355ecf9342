// Hostile text, shared by the injection tests, the fuzz properties and scripts/fuzz.ts: what anyone
// can put in a document or a chat message to ping people, disguise a link, break a layout or choke
// a parser.
import fc from "fast-check";

/** Mentions and links in every syntax Slack and Discord give a meaning to. */
export const MENTIONS = [
  "@everyone",
  "@here",
  "<@123456789012345678>",
  "<@!123456789012345678>",
  "<@&456789012345678901>",
  "<#987654321098765432>",
  "<!channel>",
  "<!here>",
  "<!everyone>",
  "<!subteam^S123|@team>",
  "<@U123ABC>",
  "<@W123ABC>",
  "<#C1>",
  "<#C123|general>",
  "<https://evil.example|bank.example>",
  "<mailto:x@evil.example|support>",
  "[bank.example](https://evil.example)",
  "[https://bank.example](https://evil.example/login)",
  "![img](https://evil.example/x.png)",
  "<https://evil.example>",
  "</brief:123456789>",
  "<t:1700000000:R>",
  "<:emoji:123456789012345678>",
] as const;

/** Markup that changes a message's layout. */
export const MARKUP = [
  "```\ncode fence\n```",
  "```",
  "`",
  "**bold**",
  "__under__",
  "~~strike~~",
  "||spoiler||",
  "> quote",
  "# Heading",
  "-# subtext",
  "*",
  "_",
  "\\",
  "&amp;",
  "&lt;!channel&gt;",
  "&",
  "<",
  ">",
] as const;

/** Zero-width, bidi-override and control characters. */
export const INVISIBLES = [
  "\u200B",
  "\u200C",
  "\u200D",
  "\u2060",
  "\uFEFF",
  "\u00AD",
  "\u202E",
  "\u202D",
  "\u2066",
  "\u2067",
  "\u2068",
  "\u2069",
  "\u0000",
  "\u0007",
  "\u001B[31m",
  "\r",
  "\u2028",
  "\u2029",
  "\uD800", // a lone surrogate
] as const;

/** Pieces that steer the document loader and the command parser down their edge paths. */
export const STRUCTURE = [
  "---\n",
  "\n---\n",
  "...\n",
  "title: ",
  "date: 2022-09-07\n",
  "date: 2022-02-30\n",
  "date 2022-09-07 ",
  "url: javascript:alert(1)\n",
  "url: https://example.com\n",
  "source: x\n",
  "\n\n",
  "\r\n",
  ": ",
  "- ",
  "&a [*a, *a, *a]",
  "!!js/function 'x'",
  "{",
  "[",
  "speaker:",
  "topic:",
  "since:",
  'speaker:"Bonny Lin"',
  "“",
  "”",
  "„",
  "«",
  "»",
  "‘",
  "’",
  "'",
  '"',
  "7d",
  "2022-09-07",
  "russia-china",
  "*",
  "-",
  "NEAR(",
  "OR",
  "AND NOT",
] as const;

/** A word of `n` characters with no break in it. */
export const longWord = (n: number): string => "W".repeat(n);

/** One paragraph with `n` short quotes in it, each attributed. */
export const manyQuotes = (n: number): string =>
  Array.from({ length: n }, (_, i) => `“Quote number ${i} here,” said Speaker${i % 7}.`).join(" ");

/** Every fixed hostile fragment, for tests that try each one. */
export const ALL_FRAGMENTS: readonly string[] = [...MENTIONS, ...MARKUP, ...INVISIBLES];

/** A hostile fragment or a random string. */
const piece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom<string>(...MENTIONS, ...MARKUP, ...INVISIBLES, ...STRUCTURE) },
  { weight: 3, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 2, arbitrary: fc.string({ unit: "grapheme", maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 8 }) },
  { weight: 1, arbitrary: fc.constantFrom(" ", "\n", "\t", "  ") },
  { weight: 1, arbitrary: fc.integer({ min: 50, max: 3000 }).map(longWord) },
);

/** Text made of hostile fragments and random strings, up to `maxPieces` of them. */
export const hostileText = (maxPieces = 30): fc.Arbitrary<string> =>
  fc.array(piece, { maxLength: maxPieces }).map((parts) => parts.join(""));

/** A sentence-like line with hostile fragments between words (so extraction keeps it as a key point). */
export const hostileSentence: fc.Arbitrary<string> = fc
  .array(fc.constantFrom<string>(...MENTIONS, ...MARKUP, ...INVISIBLES), { minLength: 1, maxLength: 6 })
  .map((parts) => `Officials in Beijing said ${parts.join(" officials ")} was announced on Monday.`);
