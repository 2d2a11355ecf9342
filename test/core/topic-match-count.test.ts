// Topic matching counts a phrase in the whole text without normalising it when a word of the
// phrase is missing from the lower-cased text: the count must be what normalising gives.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { countMentions, normalise, wholeText } from "../../src/core/topic-match.ts";

const pieces = fc.constantFrom(
  "Sino-Russian",
  "sino",
  "casino",
  "Russian",
  "russians",
  "Power of Siberia",
  "İstanbul",
  "STRASSE",
  "straße",
  "U.S.",
  "—",
  "-",
  ",",
  "\n",
  " ",
  "  ",
  "ﬁnance",
  "Ǆ",
);

describe("counting a topic's phrase in a document", () => {
  it("gives the count of the normalised text, whether it normalises or not", () => {
    fc.assert(
      fc.property(
        fc.array(pieces, { maxLength: 40 }),
        fc.array(pieces, { minLength: 1, maxLength: 3 }),
        fc.integer({ min: 1, max: 4 }),
        (words, phraseWords, cap) => {
          const document = { title: words.slice(0, 3).join(""), body: words.slice(3).join(" ") };
          const phrase = phraseWords.join(" ");
          const direct = countMentions(normalise(`${document.title}\n${document.body}`), phrase, cap);
          expect(wholeText(document).count(phrase, cap)).toBe(direct);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("counts whole words only, and none when a word is absent", () => {
    const text = wholeText({ title: "Casino news", body: "Sino-Russian trade; sino russian ties." });
    expect(text.count("Sino-Russian", 5)).toBe(2);
    expect(text.count("Russia", 5)).toBe(0);
    expect(text.count("sino casino", 5)).toBe(0);
  });
});
